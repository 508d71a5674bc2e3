// Fuzz seed 2761: comparing a BigInt with a string reads the string as a BigInt literal
// (StringToBigInt): "Infinity", "1.5", "1e3" or "1.0" are not integers, so the comparison is
// false (undefined); the engine read them as numbers.
console.log("Infinity" > 5n, "Infinity" < 5n, "abc" < 1n, "1.5" < 2n, "0x10" > 15n, " 12 " > 11n, "" < 1n, "1e3" > 1n);
console.log(5n < "Infinity", 1n == "1.0", 1n == "0x1", 2n > "1.5", "-0" < 1n, Infinity > 5n, -Infinity < 5n, NaN < 1n);
console.log(1.5 > 1n, 10n >= "10", "-5" <= -5n, "0b11" == 3n, "0o7" < 8n, "+3" == 3n, "-0x1" == -1n, "1n" == 1n);
if (((Infinity).toFixed(0) > 5n)) {
  console.log("never");
}
