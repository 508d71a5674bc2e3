// promise combinators with timers, async iteration
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.all([wait(30, 'a'), wait(10, 'b'), 3]).then(v => console.log('all', v));
Promise.allSettled([wait(5, 'ok'), wait(15, 'bad', true), Promise.reject(0)]).then(r => console.log('settled', r.map(x => x.status + ':' + (x.status === 'fulfilled' ? x.value : x.reason instanceof Error ? x.reason.message : x.reason))));
Promise.race([wait(20, 'slow'), wait(8, 'fast')]).then(v => console.log('race', v));
Promise.any([wait(12, 'x', true), wait(25, 'y')]).then(v => console.log('any', v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log('any fail', e.constructor.name, e.message, e.errors, e.name));
Promise.all([]).then(v => console.log('empty all', v));
Promise.race([]).then(() => console.log('never'));
Promise.all([wait(3, 'bad', true), wait(50, 'late')]).catch(e => console.log('all fail', e.message));
async function* ticker(n) { for (let i = 0; i < n; i++) { await wait(7, i); yield i; } }
(async () => {
  for await (const t of ticker(3)) console.log('tick', t);
  const it = ticker(2);
  console.log(await it.next(), await it.return('done'), await it.next());
  for await (const v of [wait(4, 'p1'), 'plain', wait(1, 'p2')]) console.log('arr', v);
})();
queueMicrotask(() => console.log('micro'));
setTimeout(() => console.log('timeout 0'), 0);
(async () => { console.log('sync part'); await null; console.log('after await'); })();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
const thenable = { then(r) { console.log('thenable called'); r('T'); } };
Promise.resolve(thenable).then(v => console.log('thenable', v));
(async () => { try { await wait(2, 'boom', true); } catch (e) { console.log('caught', e.message); } finally { console.log('finally'); } })();
console.log(Promise.resolve(1), Promise.reject(new Error('r')).catch(() => {}), new Promise(() => {}));
