// Values passed to next() become the result of the paused yield.
function* conversation() {
  const name = yield "What is your name?";
  const hobby = yield `Hello ${name}! What do you like?`;
  return `${name} likes ${hobby}`;
}
const talk = conversation();
console.log(talk.next("ignored").value);
console.log(talk.next("Ada").value);
console.log(talk.next("maths"));
console.log(talk.next());

function* accumulator() {
  let total = 0;
  while (true) {
    const n = yield total;
    total += n;
  }
}
const acc = accumulator();
acc.next();
acc.next(5);
acc.next(10);
console.log(acc.next(1).value);
