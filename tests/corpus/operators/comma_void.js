// The comma operator returns its last operand; void always gives undefined.
let a = (1, 2, 3);
console.log(a);
let log = [];
const r = (log.push("x"), log.push("y"), log.length);
console.log(r, log);
for (let i = 0, j = 5; i < j; i++, j--) log.push(i + ":" + j);
console.log(log.join(" "));
console.log(void 0, void "ignored", typeof void 0);
const f = () => void log.push("side effect");
console.log(f(), log.length);
