// Labels let break and continue target an outer loop.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log("pair", i, j);
  }
}

let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v > 3) {
      found = v;
      break search;
    }
  }
}
console.log("found", found);

block: {
  console.log("in block");
  if (found) break block;
  console.log("not printed");
}
console.log("after block");
