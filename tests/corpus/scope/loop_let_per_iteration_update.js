// Each iteration of a for-let loop copies the binding, even when it changes.
const fns = [];
for (let i = 0; i < 6; i += 2) {
  fns.push(() => i);
  i++;
}
console.log(fns.map(f => f()));

const fromForOf = [];
for (const word of ["a", "b", "c"]) {
  fromForOf.push(() => word.toUpperCase());
}
console.log(fromForOf.map(f => f()).join(""));

const fromForIn = [];
for (const key in { x: 1, y: 2 }) {
  fromForIn.push(() => key);
}
console.log(fromForIn.map(f => f()));
