// localeCompare for simple ASCII words and case conversion.
const words = ["pear", "apple", "fig", "banana"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "same".localeCompare("same"));
console.log("hello world".toUpperCase(), "MiXeD".toLowerCase());
const title = "the quick brown fox".split(" ").map(w => w[0].toUpperCase() + w.slice(1)).join(" ");
console.log(title);
console.log("abc" < "abd", "Z" < "a", "10" < "9");
