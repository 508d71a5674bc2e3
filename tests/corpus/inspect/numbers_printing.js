// Numbers, special values and negative zero.
console.log(-0, 0, +0, [-0], { z: -0 });
console.log(NaN, Infinity, -Infinity, [NaN]);
console.log(1e21, 1e-7, 0.1, 123456789.123, -5.5e-10);
console.log(10n, [10n], { big: -3n });
console.log(0x10, 0o10, 0b10, 1_000_000);
console.log(Number.MAX_SAFE_INTEGER, 2 ** 64);
