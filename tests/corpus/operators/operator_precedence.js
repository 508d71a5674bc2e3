// Precedence and associativity examples.
console.log(2 + 3 * 4, (2 + 3) * 4);
console.log(10 - 4 - 3, 2 * 3 % 4, 100 / 10 / 5);
console.log(1 + 2 > 2, !true === false, typeof 1 + 1);
console.log(1 || 0 && 0, (1 || 0) && 0);
console.log(-(2 ** 2), (-2) ** 2, 2 ** -2);
let a, b;
a = b = 7;
console.log(a, b);
console.log(true ? false ? 1 : 2 : 3);
console.log(3 > 2 && 2 > 1, "a" + 1 + 2, 1 + 2 + "a");
