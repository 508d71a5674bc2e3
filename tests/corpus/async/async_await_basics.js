// async functions return promises; await pauses only the function.
async function getNumber() {
  return 7;
}
async function main() {
  console.log("main starts");
  const n = await getNumber();
  console.log("awaited", n);
  const m = await 5;
  console.log("awaited a plain value", m);
  return n + m;
}
const result = main();
console.log("main returned a", Object.prototype.toString.call(result));
result.then(v => console.log("final", v));
console.log("script end");
const arrow = async () => "arrow";
arrow().then(console.log);
