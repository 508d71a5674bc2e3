// Relational comparisons for numbers, strings and mixed values.
console.log(2 < 10, "2" < "10", "2" < 10, "a" < "b", "B" < "a");
console.log("apple" < "apples", "Zebra" < "apple", "abc" >= "abd");
console.log(null >= 0, null > 0, null == 0);
console.log(undefined < 1, undefined > 1, NaN < 1, NaN >= NaN);
console.log([2] > 1, "10" > "9", 10 > "9");
console.log(1 < 2 < 3, 3 > 2 > 1);
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
