'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { createServer } = require('../src/server.js');

test('serves /health and /', async () => {
  const server = createServer().listen(0);
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const health = await fetch(`${base}/health`);
    assert.strictEqual(health.status, 200);
    assert.strictEqual(await health.text(), 'ok');
    assert.strictEqual(await (await fetch(`${base}/`)).text(), 'hello from node');
  } finally {
    server.close();
  }
});
