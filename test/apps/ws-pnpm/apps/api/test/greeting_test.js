const test = require('node:test');
const assert = require('node:assert');
const { greeting } = require('@acme/shared/src/index.js');

test('greets', () => assert.match(greeting('x'), /^hello from x/));
