// break leaves the loop; continue skips to the next iteration.
const odds = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  odds.push(i);
}
console.log(odds);

let i = 0;
const seen = [];
while (true) {
  i++;
  if (i === 2) continue;
  if (i > 4) break;
  seen.push(i);
}
console.log(seen);

let d = 0;
do {
  d++;
  if (d < 3) continue;
  console.log("do-while reached", d);
} while (d < 4);
