// Generators are lazy: work happens only when values are requested.
const log = [];
function* source() {
  for (let i = 1; i <= 5; i++) {
    log.push("produce " + i);
    yield i;
  }
}
function* doubled(iter) {
  for (const x of iter) {
    log.push("double " + x);
    yield x * 2;
  }
}
const pipeline = doubled(source());
console.log(log.length);
console.log(pipeline.next().value, pipeline.next().value);
console.log(log);
for (const v of pipeline) {
  if (v > 6) break;
}
console.log(log.length, pipeline.next());
