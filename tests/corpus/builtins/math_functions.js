// Deterministic Math functions.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(2.4), Math.round(-0.4));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.trunc(1.9));
console.log(Math.abs(-7), Math.sign(-3), Math.sign(0), Math.sign(4));
console.log(Math.max(), Math.min(), Math.max(1, "5", 3), Math.max(1, NaN));
console.log(Math.sqrt(16), Math.cbrt(27), Math.hypot(3, 4), Math.pow(2, 10));
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2);
console.log(Math.log(Math.E), Math.log10(1000), Math.log2(8), Math.exp(0));
console.log(Math.sin(0), Math.cos(0), Math.atan2(1, 1) === Math.PI / 4);
console.log(Math.min(...[4, 2, 8]), Math.fround(5.5), Math.clz32(1));
