// BigInt arithmetic stays exact; mixing with numbers throws.
const big = 2n ** 64n;
console.log(big, big.toString(), typeof big);
console.log(7n / 2n, -7n / 2n, 7n % 3n);
console.log(9007199254740993n + 1n);
console.log(10n > 9, 10n == 10, 10n === 10);
try {
  console.log(1n + 1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(BigInt(42), Number(42n) + 1, String(5n));
