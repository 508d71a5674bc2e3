const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
class X extends null {}
t(() => new X());
class Y extends null { constructor() { super(); } }
t(() => new Y());
const Z = class extends null {};
t(() => new Z());
t(() => new (class extends null {})());
class W extends Object {}
Object.setPrototypeOf(W, {});
t(() => new W());
class V extends Object {}
Object.setPrototypeOf(V, Math.max);
t(() => new V());
class U extends Object { constructor() { super(); } }
Object.setPrototypeOf(U, () => 1);
t(() => new U());
class S extends Object {}
Object.setPrototypeOf(S, function named() {}.bind());
t(() => new S());
class N extends null { constructor() { return Object.create(N.prototype); } }
t(() => new N());
