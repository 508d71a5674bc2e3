class C { #count = 2; static { } get count(){ return this.#count } }
const c = new C();
console.log(c.count);
