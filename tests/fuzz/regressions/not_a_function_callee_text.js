// Fuzz seeds 14, 22, 83, 95: "X is not a function" names the callee as V8's CallPrinter
// prints it: literals by value (numbers folded as V8's parser folds them), operators in
// parentheses, member access on literals, optional chains with "?.".
const n3 = 5, o = { a: { b: 1 } }, arr = [1];
const tests = [
  () => "ÄÖü".foo(), () => (1 / 3)(), () => (n3 / 255)(), () => (!n3)(), () => true.map(), () => (-n3)(),
  () => (typeof n3)(), () => 5(), () => "s"(), () => null(), () => undefined(), () => (1 + 2)(),
  () => (n3 + 1)(), () => o.a.b(), () => o["a"]["b"](), () => o[n3](), () => arr[0](), () => (n3 ? 1 : 2)(),
  () => [1, 2](), () => ({})(), () => o.a.b.c(), () => (void 0)(), () => `t`(), () => 1n(),
  () => (n3, 1)(), () => (n3 && 1)(), () => (n3 ?? 1)(), () => (n3 == 1)(), () => new Number(1)(),
  () => 0.1.toFixed.x(), () => (1e21)(), () => (-0)(), () => (2 ** 53)(), () => Math.PI(), () => o?.a.b(),
  () => n3.toString().x(), () => (function () {})()(), () => /re/(), () => (-1)(), () => (+"2")(),
  () => (~1)(), () => ("a" + "b")(), () => ("a" + n3)(), () => (n3 instanceof Object)(), () => ("a" in o)(),
  () => (0.1 + 0.2)(), () => (3 % 2)(), () => (0xff)(), () => (1 << 3)(),
];
for (const t of tests) {
  try { t(); } catch (e) { console.log(e.message); }
}
// Fuzz seed 138: spread elements print as "(...x)".
for (const t of [() => ([...[1]].reverse())(), () => [1, ...[2]].x(), () => [...[1]]()]) {
  try { t(); } catch (e) { console.log(e.message); }
}
// Fuzz seeds 399, 1125, 1474: "!" on a literal is folded; a template prints its substitutions.
const a2 = "a2", s10 = "s10";
for (const t of [() => ((!"a,b,c"))(), () => (!1)(), () => (!0)(), () => (`${"  pad  "}${"  pad  "}`).map(),
                 () => (`${a2}!${s10}`)(), () => (!(a2 === ""))()]) {
  try { t(); } catch (e) { console.log(e.message); }
}

// seed 2459: "!" folds through "!!"
try { (!!"")(); } catch (e) { console.log(e.message); }
// Fuzz seeds 2081, 2581: V8 prints a != b as (!(a == b)) and a !== b as (!(a === b)).
const na = 1;
for (const t of [() => (na != 3)(), () => (na !== 3)(), () => (!(na !== 3))(), () => (na !== 3).x(), () => (!(5 == -2.5)).map()]) {
  try { t(); } catch (e) { console.log(e.message); }
}
