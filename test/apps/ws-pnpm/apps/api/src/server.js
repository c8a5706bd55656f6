const { createServer } = require('node:http');
const { greeting } = require('@acme/shared');

const port = Number(process.env.PORT ?? 3000);
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(req.url === '/health' ? 'ok' : greeting('the api'));
}).listen(port, () => console.log(`listening on ${port}`));
