// e2e sample: GET /health -> "ok", GET / -> "hello from plain node". No dependencies at all.
const http = require('node:http');

const routes = { '/health': 'ok', '/': 'hello from plain node' };
const port = Number(process.env.PORT ?? 3000);
http
  .createServer((req, res) => {
    const body = routes[req.url.split('?')[0]];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' });
    res.end(body ?? 'not found');
  })
  .listen(port, () => console.log(`listening on ${port}`));
