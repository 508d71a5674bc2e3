// Floating point facts every JavaScript programmer meets.
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3);
console.log(Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(1 / 3, 2 / 3, 10 / 3);
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2);
console.log(0 / 0, 1 / 0, -1 / 0, Infinity - Infinity);
console.log(9007199254740993, 2 ** 53 + 1 === 2 ** 53);
console.log(1e21, 1e-7, 123456789012345680000, 0.000001);
console.log(-0, 0 * -1, -0 + 0, [-0], String(-0), `${-0}`);
console.log(100 / 3 * 3, 3 * 1.1);
