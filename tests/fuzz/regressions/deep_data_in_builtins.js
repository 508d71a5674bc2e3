// Found by the reliability probes: a built-in recursing on deeply nested data (Array
// join/toString) ended the run with an uncatchable error; JSON.stringify on
// deep nesting took quadratic time (its cycle check scanned the whole stack). V8 throws a
// catchable RangeError (at a smaller depth than we do, so the depths here are past both).
// (V8's JSON.parse is iterative and parses any depth; ours recurses and gives up past about
// 100,000 levels with the same catchable RangeError.)
let a = [];
for (let i = 0; i < 200000; i++) a = [a];
for (const t of [() => String(a).length, () => JSON.stringify(a).length, () => JSON.parse("[".repeat(20000) + "]".repeat(20000)).length]) {
  try { console.log(t()); } catch (e) { console.log(e.name, e.message); }
}
const shallow = [[[1, [2]]]];
console.log(String(shallow), JSON.stringify(shallow));
const cyc = { name: "c" }; cyc.self = { back: cyc };
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split("\n")[0]); }
