// Objects nested deeper than two levels are abbreviated.
const deep = { level1: { level2: { level3: { level4: "hidden" } } } };
console.log(deep);
console.log([[[["deep array"]]]]);
console.log({ a: [{ b: { c: 1 } }] });
console.log([{ x: { y: { z: {} } } }]);
console.log({ a: { b: { c: [] } }, d: { e: { f: [1] } } });
console.log({ a: { b: { c: {} } } });
