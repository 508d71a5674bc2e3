// Awaiting in sequence versus starting everything at once.
const events = [];
const task = (name, ms) =>
  new Promise(resolve =>
    setTimeout(() => {
      events.push(name);
      resolve(name);
    }, ms)
  );
async function sequential() {
  const a = await task("seq-A(30)", 30);
  const b = await task("seq-B(10)", 10);
  return [a, b];
}
async function parallel() {
  const [a, b] = await Promise.all([task("par-A(30)", 30), task("par-B(10)", 10)]);
  return [a, b];
}
async function main() {
  console.log("sequential result:", await sequential());
  console.log("parallel result:", await parallel());
  console.log("completion order:", events);
}
main();
