// A return in finally wins over a return or throw in try/catch.
function f1() {
  try {
    return "from try";
  } finally {
    console.log("finally ran before the return");
  }
}
console.log(f1());

function f2() {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
console.log(f2());

function f3() {
  try {
    throw new Error("lost");
  } finally {
    return "finally swallowed the error";
  }
}
console.log(f3());

function f4() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(f4());
