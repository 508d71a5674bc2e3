class A {}
const Anon = class extends (class {}) {};
class B extends (A) {}
class C /* ( */ extends A {}
class D extends Object { m() {} }
console.log(A, Anon, B, C, D, class {}, class extends A {});
console.log([Anon, B]);
