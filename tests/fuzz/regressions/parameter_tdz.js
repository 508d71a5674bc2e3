// Found writing the semantics tests: parameters with defaults or patterns are bound left
// to right, so a default that reads a later parameter throws (TDZ); it read undefined.
function probe(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); } }
function f1(a = b, b = 2) { return [a, b]; }
function f2(a = 1, b = a + 1) { return [a, b]; }
function f3(a = () => b, b = 3) { return a(); }
function f4({ x } = { x: 1 }, y = x) { return [x, y]; }
function f5(a, b = a, ...rest) { return [a, b, rest]; }
function f6(a = (b = 1), b) { return [a, b]; }
function f7(a = typeof b, b) { return a; }
function f9(a, b = 2) { var a; var b; return [a, b]; }
function f10(a = 1) { a = 5; return a; }
function f11([a, b] = [1, 2], c = a + b) { return c; }
probe("f1", () => f1()); probe("f1 given", () => f1(0)); probe("f2", () => f2()); probe("f3", () => f3());
probe("f4", () => f4()); probe("f5", () => f5(1)); probe("f6", () => f6()); probe("f7", () => f7());
probe("f9", () => f9(7)); probe("f10", () => f10()); probe("f11", () => f11()); probe("f11b", () => f11([3, 4]));
