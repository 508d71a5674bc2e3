const o = { [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('inspect failed'); } };
throw o;
