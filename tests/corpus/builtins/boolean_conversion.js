// Boolean() and !! follow the same truthiness rules.
const values = [0, -0, 1, "", " ", "false", null, undefined, NaN, [], {}, () => {}];
console.log(values.map(Boolean));
console.log(values.map(v => !!v).every((b, i) => b === Boolean(values[i])));
console.log(Boolean(), new Boolean(false) ? "object is truthy" : "falsy");
console.log(typeof new Boolean(false), typeof Boolean(0));
console.log(true.toString(), String(false), true + "", [true, false].join());
console.log([0, 1, "", "a"].filter(Boolean));
