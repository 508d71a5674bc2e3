// Fuzz seed 122: new Set(iterable) kept -0 as an element; Set.prototype.add (which the
// constructor calls) normalises -0 to +0.
console.log(new Set([-0]), [...new Set([-0])], Object.is([...new Set([-0])][0], -0));
for (const e of new Set(Array.from({ length: 2 }, (_, i) => i * -1))) console.log("e", e, Object.is(e, -0));
const m = new Map([[-0, "a"]]);
console.log([...m.keys()], Object.is([...m.keys()][0], -0), m.get(0), m.get(-0));
const s = new Set([0, -0, 0]);
console.log(s.size, s.has(-0), s.has(0));
