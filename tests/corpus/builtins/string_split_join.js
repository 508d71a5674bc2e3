// split with strings, limits and regular expressions.
console.log("a,b,,c".split(","));
console.log("a,b,c".split(",", 2));
console.log("hello".split(""));
console.log("one  two   three".split(/\s+/));
console.log("2024-01-15".split("-").map(Number));
console.log("a1b2c3".split(/\d/));
console.log("a1b2c3".split(/(\d)/));
console.log("".split(","), "".split(""));
console.log("no separator".split());
