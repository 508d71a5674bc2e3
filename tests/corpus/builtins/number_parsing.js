// parseInt, parseFloat and Number().
console.log(parseInt("42px"), parseInt("px42"), parseInt("  -17.9 "), parseInt("0x1A"));
console.log(parseInt("101", 2), parseInt("ff", 16), parseInt("z", 36), parseInt("08"));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-1e3"), parseFloat("e5"));
console.log(Number(""), Number("  12  "), Number("12px"), Number(null), Number(undefined));
console.log(Number(true), Number([]), Number(["7"]), Number({}), Number("Infinity"));
console.log(Number.parseInt === parseInt, Number.parseFloat("1.50"));
console.log(parseInt(0.0000005), parseInt("123", 0), parseInt("9", 8));
