// GeneratorFunction, AsyncFunction and AsyncGeneratorFunction: not globals, reached through functions
function* gen() { yield 1; }
async function af() {}
const aa = async () => {};
async function* ag() { yield 1; }
const GF = Object.getPrototypeOf(gen).constructor;
const AF = aa.constructor;
const AGF = Object.getPrototypeOf(ag).constructor;
console.log(GF.name, AF.name, AGF.name, GF.length, AF.length);
console.log(Object.getPrototypeOf(function* () {}).constructor.name);
console.log((async () => {}).constructor.name);
console.log(typeof GeneratorFunction, typeof AsyncFunction);
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(af), Object.prototype.toString.call(ag));
console.log(Object.prototype.toString.call(gen()), Object.prototype.toString.call(ag()));
console.log(gen instanceof GF, gen instanceof Function, af instanceof AF, ag instanceof AGF, af instanceof GF);
console.log(Object.getPrototypeOf(af) === Function.prototype, Object.getPrototypeOf(gen) === Function.prototype);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(af)) === Function.prototype);
console.log(Object.getPrototypeOf(GF) === Function, Object.getPrototypeOf(AF) === Function);

// the chain of a generator object: gen.prototype -> %GeneratorPrototype% -> %IteratorPrototype%
const g = gen();
console.log(Object.getPrototypeOf(g) === gen.prototype, gen.prototype);
console.log(Object.getPrototypeOf(gen.prototype) === GF.prototype.prototype);
console.log(typeof Object.getPrototypeOf(GF.prototype.prototype)[Symbol.iterator]);
console.log(g[Symbol.toStringTag], GF.prototype[Symbol.toStringTag], AF.prototype[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(ag.prototype).constructor === AGF.prototype);
console.log(gen.hasOwnProperty('prototype'), af.hasOwnProperty('prototype'), aa.prototype);
console.log(Object.getOwnPropertyNames(GF.prototype), Object.getOwnPropertyNames(AF.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(gen.prototype)));

// how console.log shows them
console.log(gen, af, aa, ag, [gen, af, ag]);
console.log(GF, AF, GF.prototype, AF.prototype, AGF.prototype);
console.log(g, ag(), af());
console.log({ gen, m: { *m() {}, async n() {}, async *o() {} } });
class K { *it() {} async run() {} static async *s() {} }
console.log(new K().it, K.prototype.run, K.s);
try { new gen(); } catch (e) { console.log(e.message); }
try { new af(); } catch (e) { console.log(e.message); }
Object.setPrototypeOf(gen, Function.prototype);
Object.setPrototypeOf(af, null);
console.log(gen, af);

// the constructors compile source text, as Function does
const twice = new GF('a', 'yield a; yield a * 2;');
console.log([...twice(3)], twice.name, String(twice), twice);
const later = AF('x', 'return await x;');
later(5).then(v => console.log('async', v, String(later)));
const counting = new AGF('yield 1; yield 2;');
(async () => { for await (const v of counting()) console.log('for await', v); })();
try { GF('yield'); } catch (e) { console.log(e.name, e.message); }
