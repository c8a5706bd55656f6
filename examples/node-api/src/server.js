import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);

export const server = createServer((req, res) => {
  if (req.url === '/health') return res.end('ok');
  res.end('hello from the example');
});

if (import.meta.url === `file://${process.argv[1]}`) server.listen(port, () => console.log(`listening on ${port}`));
