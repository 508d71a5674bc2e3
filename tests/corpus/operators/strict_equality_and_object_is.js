// === versus Object.is for NaN and signed zero.
console.log(NaN === NaN, Object.is(NaN, NaN));
console.log(0 === -0, Object.is(0, -0));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN));
console.log("abc" === "abc", "abc" === new String("abc").valueOf());
const a = [1];
const b = [1];
console.log(a === b, a === a, String(a) === String(b));
console.log(1 / 0, -1 / 0, 1 / -0);
