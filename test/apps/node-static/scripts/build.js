'use strict';
// "Build": src/index.html -> dist/index.html. Needs the devDependency is-odd, so it
// fails unless devDependencies were installed.
const fs = require('fs');
const path = require('path');
require('is-odd');

const root = path.join(__dirname, '..');
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.copyFileSync(path.join(root, 'src', 'index.html'), path.join(root, 'dist', 'index.html'));
console.log('built dist/index.html');
