// A small program with nested loops: prime numbers and a multiplication table.
const primes = [];
for (let n = 2; primes.length < 10; n++) {
  let isPrime = true;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      isPrime = false;
      break;
    }
  }
  if (isPrime) primes.push(n);
}
console.log(primes.join(" "));

for (let a = 1; a <= 3; a++) {
  let line = "";
  for (let b = 1; b <= 5; b++) {
    line += String(a * b).padStart(3);
  }
  console.log(line);
}
