const o = { [Symbol.for('nodejs.util.inspect.custom')]() { while (true) {} } };
throw o;
