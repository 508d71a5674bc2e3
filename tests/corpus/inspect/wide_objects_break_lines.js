// Short objects stay on one line; wide ones break across lines.
console.log({ a: 1, b: 2 });
console.log({ firstName: "Ada", lastName: "Lovelace", born: 1815, died: 1852 });
console.log({ firstName: "Ada", lastName: "Lovelace", born: 1815, died: 1852, field: "math" });
console.log({ description: "a fairly long string value that goes on and on", id: 1 });
console.log({ nested: { alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc" }, top: true });
console.log(["short", "strings", "in", "an", "array"]);
console.log(["a somewhat longer string", "another somewhat longer one", "and a third one here"]);
