// err.stack inside async functions: the frame that threw, then "at async f" for each awaiting caller
function frames(e) {
  return e.stack.split('\n').slice(1).filter(s => s.includes('async_stack_traces.js'))
    .map(s => s.trim().replace(/[^ (]*[\/\\]/g, '')).join(' | ');
}
async function load(x) { await null; return x.data.value; }
async function main() { return await load(undefined); }
main().catch(e => console.log('1', frames(e)));

const wait = ms => new Promise(r => setTimeout(r, ms));
async function inner() { await wait(5); throw new TypeError('late failure'); }
async function middle() { const v = await inner(); return v; }
async function outer() { try { await middle(); } catch (e) { console.log('2', frames(e)); } }
outer();

const api = {
  async fetchUser(id) { await wait(1); if (id < 0) throw new RangeError('bad id'); return { id }; },
  async run() { return this.fetchUser(-1); },
};
api.run().catch(e => console.log('3', frames(e)));

async function first() { helper(); }
function helper() { throw new Error('sync part'); }
first().catch(e => console.log('4', frames(e)));

(async () => {
  await wait(10);
  try { await api.fetchUser(-2); } catch (e) { console.log('5', frames(e)); }
})();
