// Closures inside array callbacks and event-like handlers.
function countWords(words) {
  const counts = {};
  words.forEach(w => {
    counts[w] = (counts[w] || 0) + 1;
  });
  return counts;
}
console.log(countWords(["a", "b", "a", "c", "a"]));

function makeEmitter() {
  const handlers = [];
  return {
    on(fn) { handlers.push(fn); },
    emit(value) { handlers.forEach(h => h(value)); },
  };
}
const em = makeEmitter();
let total = 0;
em.on(v => { total += v; });
em.on(v => console.log("got", v, "total", total));
em.emit(5);
em.emit(7);
