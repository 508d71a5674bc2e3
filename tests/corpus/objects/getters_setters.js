// Getters and setters in object literals.
const temperature = {
  celsius: 20,
  get fahrenheit() {
    return this.celsius * 9 / 5 + 32;
  },
  set fahrenheit(f) {
    this.celsius = (f - 32) * 5 / 9;
  },
};
console.log(temperature.fahrenheit);
temperature.fahrenheit = 212;
console.log(temperature.celsius);

const log = [];
const account = {
  _balance: 0,
  get balance() {
    log.push("read");
    return this._balance;
  },
  set balance(v) {
    if (v < 0) throw new RangeError("negative balance");
    log.push("write " + v);
    this._balance = v;
  },
};
account.balance = 50;
account.balance += 25;
try {
  account.balance = -1;
} catch (e) {
  console.log(e.message);
}
console.log(account.balance, log);

const onlyGetter = { get x() { return 1; } };
onlyGetter.x = 2;
console.log(onlyGetter.x);
