// replace and replaceAll with strings, regexes and functions.
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"));
console.log("aaa".replace(/a/g, "c"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("price: 10".replace(/\d+/, m => m * 2));
console.log("a-b-c".replace(/-(\w)/g, (match, letter, offset) => letter.toUpperCase() + offset));
console.log("2020-05-17".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"));
console.log("cost $5".replace("$5", "$$10"), "x".replace("x", "[$&]"));
try {
  "aaa".replaceAll(/a/, "b");
} catch (e) {
  console.log(e.name);
}
console.log("Hello".replace(/l/gi, "L"));
