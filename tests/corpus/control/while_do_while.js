// while checks first; do-while runs the body at least once.
let n = 0;
while (n < 3) {
  console.log("while", n);
  n++;
}

let m = 10;
do {
  console.log("do-while", m);
  m++;
} while (m < 3);

let collatz = 6;
const steps = [collatz];
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  steps.push(collatz);
}
console.log(steps.join(" -> "));
