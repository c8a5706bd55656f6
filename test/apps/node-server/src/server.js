'use strict';
// GET /health -> 200 "ok", GET / -> "hello from node". `ms` is the runtime dependency:
// a production image without node_modules/ms fails at startup.
const http = require('http');
const ms = require('ms');

function createServer() {
  return http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/health') return send(res, 200, 'ok');
    if (path === '/') return send(res, 200, 'hello from node');
    return send(res, 404, 'not found');
  });
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  const server = createServer().listen(port, () => console.log(`listening on ${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.keepAliveTimeout = ms('5s');
}

module.exports = { createServer };
