// Inner names hide outer ones; the outer binding is untouched.
const name = "global";
function level1() {
  const name = "level1";
  function level2() {
    const name = "level2";
    return name;
  }
  return [name, level2()];
}
console.log(level1(), name);

function param(name) {
  return name;
}
console.log(param("parameter"));

let count = 1;
{
  let count = 2;
  {
    let count = 3;
    console.log("innermost", count);
  }
  console.log("middle", count);
}
console.log("outer", count);
