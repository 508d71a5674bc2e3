// typeof does not protect you inside the dead zone, and an inner let
// shadows the outer one from the start of its block.
let n = "outer";
{
  try {
    console.log(typeof n);
  } catch (e) {
    console.log("caught:", e.message);
  }
  let n = "inner";
  console.log(n);
}
console.log(n);

try {
  let self = self + 1;
} catch (e) {
  console.log("caught:", e.message);
}
