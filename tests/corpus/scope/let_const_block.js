// let and const live in the nearest block.
let x = "global x";
{
  let x = "block x";
  const y = "block y";
  console.log(x, y);
}
console.log(x, typeof y);

for (let i = 0; i < 2; i++) {
  const doubled = i * 2;
  console.log(i, doubled);
}
console.log(typeof i, typeof doubled);

if (true) {
  const inIf = 1;
  console.log("inIf", inIf);
}
console.log(typeof inIf);
