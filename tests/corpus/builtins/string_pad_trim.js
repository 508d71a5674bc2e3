// padStart, padEnd and the trim family.
console.log("5".padStart(3, "0"), "5".padEnd(3, "*"), "abc".padStart(2), "ab".padStart(7, "xyz"));
console.log("[" + "  spaced  ".trim() + "]");
console.log("[" + "  spaced  ".trimStart() + "]");
console.log("[" + "  spaced  ".trimEnd() + "]");
console.log("[" + "\t\n both \n".trim() + "]");
const rows = [["apple", 1.5], ["kiwi", 12], ["banana", 0.25]];
for (const [name, price] of rows) {
  console.log(name.padEnd(8, ".") + price.toFixed(2).padStart(7));
}
