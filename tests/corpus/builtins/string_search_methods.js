// startsWith, endsWith, includes, repeat, indexOf, search.
const file = "report-final.pdf";
console.log(file.startsWith("report"), file.startsWith("final", 7), file.endsWith(".pdf"), file.endsWith("report", 6));
console.log(file.includes("final"), file.includes("Final"), file.search(/\d/), file.search(/f/));
console.log("ab".repeat(3), "-".repeat(0) === "", "=".repeat(10));
try {
  "x".repeat(-1);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("Hello".indexOf("l"), "Hello".indexOf("z"), "Hello".indexOf(""));
