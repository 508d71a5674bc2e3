// BigInts of thousands of digits print, parse and compare as in Node
const big = BigInt("9".repeat(5000));
console.log(String(big).length, String(big).slice(0, 10));
const pow = 2n ** 20000n;
console.log(`${pow}`.length, pow.toString().slice(-8));
console.log(BigInt("1" + "0".repeat(4400)) > 10n ** 4399n, (10n ** 4500n).toString(16).length);
console.log(Number(big), typeof big);
