// The module pattern: an IIFE returns a public API over private state.
const bank = (function () {
  let balance = 0;
  const history = [];
  function record(kind, amount) {
    history.push(kind + ":" + amount);
  }
  return {
    deposit(amount) {
      balance += amount;
      record("in", amount);
      return balance;
    },
    withdraw(amount) {
      if (amount > balance) return "insufficient funds";
      balance -= amount;
      record("out", amount);
      return balance;
    },
    statement() {
      return history.join(", ");
    },
  };
})();
console.log(bank.deposit(100));
console.log(bank.withdraw(30));
console.log(bank.withdraw(500));
console.log(bank.statement());
console.log(bank.balance, typeof record);
