// includes, indexOf, lastIndexOf.
const xs = [1, 2, 3, NaN, 2, "2"];
console.log(xs.includes(2), xs.includes("3"), xs.includes(NaN));
console.log(xs.indexOf(2), xs.lastIndexOf(2), xs.indexOf("2"), xs.indexOf(NaN));
console.log(xs.indexOf(2, 2), xs.includes(1, 1), xs.indexOf(3, -4));
console.log([[1]].includes([1]), [undefined].includes(), [, ].includes(undefined));
console.log("abc".includes("b"), "abcabc".indexOf("c"), "abcabc".lastIndexOf("c"));
