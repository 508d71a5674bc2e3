const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
class F extends Promise {}
t(() => F.resolve(1)); t(() => F.reject(2).catch(() => {})); t(() => new F(r => r(3)));
t(() => F.resolve(1).then(x => x)); t(() => F.all([1])); t(() => F.race([1]));
t(() => F.allSettled([1])); t(() => F.any([1])); t(() => Promise.resolve(1).then(x => x) instanceof F);
t(() => F.resolve(1) instanceof F); t(() => F.resolve(1).finally(() => 1));
t(() => Promise.resolve.call(Math.max, 1)); t(() => Promise.resolve.call(1, 1)); t(() => Promise.reject.call(Math.max, 1));
t(() => Promise.all.call(Math.max, [])); t(() => Promise.resolve.call({}, 1));
t(() => Promise.resolve.call(function (ex) { ex(() => {}, () => {}); this.q = 1; }, 1));
t(() => Promise.resolve.call(function (ex) { }, 1));
const p = Promise.resolve(5); t(() => F.resolve(p) === p); const fp = F.resolve(5); t(() => F.resolve(fp) === fp); t(() => Promise.resolve(fp) === fp);
class G extends Promise { static get [Symbol.species]() { return Promise; } }
t(() => G.resolve(1).then(x => x));
const Anon = class extends Promise {};
t(() => Anon.resolve(1));
t(() => new (class extends Promise {})(r => r(1)));
F.resolve(7).then(v => console.log('then', v));
