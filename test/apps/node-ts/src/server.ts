// e2e sample: GET /health -> "ok", GET / -> "hello from typescript".
import { createServer } from 'node:http';

const routes: Record<string, string> = { '/health': 'ok', '/': 'hello from typescript' };
const port = Number(process.env.PORT ?? 3000);
createServer((req, res) => {
  const body = routes[(req.url ?? '/').split('?')[0] ?? '/'];
  res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' });
  res.end(body ?? 'not found');
}).listen(port, () => console.log(`listening on ${port}`));
