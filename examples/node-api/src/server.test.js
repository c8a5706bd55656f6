import assert from 'node:assert/strict';
import { test } from 'node:test';
import { server } from './server.js';

test('answers on /health', async () => {
  await new Promise((r) => server.listen(0, r));
  const res = await fetch(`http://127.0.0.1:${server.address().port}/health`);
  assert.equal(await res.text(), 'ok');
  server.close();
});
