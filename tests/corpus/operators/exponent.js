// The ** operator: right associative, with parentheses for negative bases.
console.log(2 ** 10, 2 ** 0.5, 2 ** -1);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log((-2) ** 2, (-2) ** 3);
let x = 3;
x **= 2;
console.log(x);
console.log(10 ** 21, 10 ** -7, 0 ** 0, NaN ** 0);
console.log(Math.pow(2, 53) === 2 ** 53);
