// #private fields and methods are only reachable inside the class body.
class BankAccount {
  #balance = 0;
  #log = [];
  constructor(owner) {
    this.owner = owner;
  }
  #record(kind, amount) {
    this.#log.push(`${kind} ${amount}`);
  }
  deposit(amount) {
    this.#balance += amount;
    this.#record("deposit", amount);
    return this;
  }
  get balance() {
    return this.#balance;
  }
  history() {
    return this.#log.join("; ");
  }
  static isAccount(obj) {
    return #balance in obj;
  }
}
const acct = new BankAccount("ada").deposit(10).deposit(5);
console.log(acct.balance, acct.history());
console.log(acct);
console.log(Object.keys(acct), acct["#balance"]);
console.log(BankAccount.isAccount(acct), BankAccount.isAccount({}));
