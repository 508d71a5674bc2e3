// A closure sees the variable itself, so later changes are visible.
let message = "first";
const show = () => message;
console.log(show());
message = "second";
console.log(show());

function make() {
  let x = 1;
  const get = () => x;
  x = 2;
  return get;
}
console.log(make()());

function setup() {
  const fns = {};
  let value = "a";
  fns.get = () => value;
  fns.set = v => {
    value = v;
  };
  return fns;
}
const s = setup();
s.set("b");
console.log(s.get());
