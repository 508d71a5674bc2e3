// Classic for loops: counting, two variables, and empty parts.
let out = "";
for (let i = 0; i < 5; i++) {
  out += i;
}
console.log(out);

for (let i = 0, j = 10; i < j; i += 3, j -= 3) {
  console.log(i, j);
}

let k = 0;
for (;;) {
  if (k++ >= 3) break;
}
console.log("k =", k);

const grid = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 3; c++) row.push(r * c);
  grid.push(row.join(" "));
}
console.log(grid.join(" | "));
