// Arguments are separated by spaces; each is formatted on its own.
console.log("a", 1, [2], { b: 3 }, null, undefined, true);
console.log();
console.log("");
console.log([1, 2], [3, 4]);
console.log("sum:", 1 + 2, "items:", ["x", "y"]);
console.log(" leading and trailing spaces ");
console.log("a\nb", "c");
