// Number predicates and constants.
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger("5"));
console.log(Number.isNaN(NaN), Number.isNaN("abc"), isNaN("abc"), isNaN("12"));
console.log(Number.isFinite(1 / 0), Number.isFinite("5"), isFinite("5"));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.EPSILON, Number.EPSILON > 0, 1 + Number.EPSILON > 1);
console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
