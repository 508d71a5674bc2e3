// Symbols as values and as keys.
const s = Symbol("token");
console.log(s, [s], { value: s });
console.log({ [s]: "symbol keyed", normal: 1 });
console.log(Symbol(), Symbol.iterator, Symbol.for("registered"));
console.log(String(s), s.toString(), s.description);
