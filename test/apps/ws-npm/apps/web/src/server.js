const escape = require('escape-html');

require('node:http')
  .createServer((req, res) => res.end(escape(`web ${req.url}`)))
  .listen(Number(process.env.PORT ?? 3000));
