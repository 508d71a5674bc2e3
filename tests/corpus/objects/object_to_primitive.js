// How objects turn into primitives: valueOf, toString, Symbol.toPrimitive.
const money = {
  amount: 5,
  valueOf() { return this.amount; },
  toString() { return "$" + this.amount; },
};
console.log(money + 1, `${money}`, money * 2, money > 4, String(money));
const smart = {
  [Symbol.toPrimitive](hint) {
    return hint === "number" ? 42 : hint === "string" ? "forty-two" : "default";
  },
};
console.log(+smart, `${smart}`, smart + "", smart * 1);
const plain = {};
console.log(String(plain), plain + "", [1, [2, 3]].toString(), String([]));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null));
