const ms = require('ms');

exports.greeting = (name) => `hello from ${name}, up for ${ms(60000)}`;
