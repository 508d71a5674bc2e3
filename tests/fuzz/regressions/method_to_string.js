// Fuzz seed 14: a method's toString() starts at its name (V8 keeps the source text of the
// whole method definition, without "static"), not at its parameter list.
const k = "dyn";
const o = {
  method() { return 1; }, get sum() { return 2; }, set sum(v) {}, async am() {}, *gm() {}, async *agm() {},
  [k]() {}, "quoted key"() {}, 42() {}, arrow: () => 1, fn: function () {}, named: function nm() {},
};
const d = Object.getOwnPropertyDescriptor(o, "sum");
console.log([o.method, d.get, d.set, o.am, o.gm, o.agm, o.dyn, o["quoted key"], o[42], o.arrow, o.fn, o.named]
  .map(String).join("\n"));
class A { m() {} static s() {} get g() { return 1; } static async *sag() {} #p() {} callP() { return this.#p; } }
console.log([A.prototype.m, A.s, Object.getOwnPropertyDescriptor(A.prototype, "g").get, A.sag, new A().callP()]
  .map(String).join("\n"));
console.log(`${{ toString() { return "custom"; } }}`, String(Object.entries({ f() {} })[0][1]));
