const o = { a: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
throw o;
