// eval inside class methods (private names, this), generators and async functions
class Account {
  #balance = 40;
  static bank = 'B';
  deposit(n) { return eval('this.#balance += n'); }
  static where() { return eval('this.bank + "/" + this.name'); }
}
const acc = new Account();
console.log(acc.deposit(2), Account.where());
function* steps() {
  var a = 1;
  yield eval('a + 1');
  eval('var b = a * 5');
  yield b;
}
console.log([...steps()]);
async function later() {
  var q = 2;
  await null;
  return eval('q * 3');
}
later().then((v) => console.log('async', v));
function shadow() {
  var x = 'function var';
  with ({ x: 'object property' }) {
    var x = 'assigned through with';
  }
  return x;
}
console.log(shadow());
function tdz() {
  try { eval('z'); } catch (e) { console.log(e.name); }
  let z = 1;
  return eval('z');
}
console.log(tdz());
console.log(typeof eval, eval.name, eval.length, [1, 2].map(eval));
