// Destructuring null or undefined throws a TypeError.
const attempts = [
  () => { const { a } = null; },
  () => { const { a } = undefined; },
  () => { const [x] = null; },
  () => { const [x] = {}; },
  () => { const [y] = 5; },
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log("no error");
  } catch (e) {
    console.log(e.name);
  }
}
const { a } = 5;
console.log(a, "primitives other than null/undefined are fine");
