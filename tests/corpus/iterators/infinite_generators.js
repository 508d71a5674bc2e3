// Infinite generators with take/map/filter helpers written as generators.
function* naturals() {
  let n = 1;
  while (true) yield n++;
}
function* take(iter, count) {
  if (count <= 0) return;
  for (const x of iter) {
    yield x;
    if (--count === 0) return;
  }
}
function* map(iter, fn) {
  for (const x of iter) yield fn(x);
}
function* filter(iter, pred) {
  for (const x of iter) if (pred(x)) yield x;
}
console.log([...take(naturals(), 5)]);
console.log([...take(filter(map(naturals(), n => n * n), n => n % 2 === 1), 4)]);
function* fibonacci() {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(fibonacci(), 12)].join(" "));
