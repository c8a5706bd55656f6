// e2e sample: GET /health -> "ok", GET / -> "hello from express in src".
const express = require('express');

const app = express();
app.get('/health', (_req, res) => res.type('text').send('ok'));
app.get('/', (_req, res) => res.type('text').send('hello from express in src'));
const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`listening on ${port}`));
