// The whole switch body is one block for let/const.
function pick(x) {
  switch (x) {
    case "a": {
      const msg = "braced a";
      return msg;
    }
    case "b": {
      const msg = "braced b";
      return msg;
    }
  }
  return "none";
}
console.log(pick("a"), pick("b"), pick("c"));

function tdz(x) {
  switch (x) {
    case 1:
      let shared = "set in case 1";
      return shared;
    case 2:
      try {
        return shared;
      } catch (e) {
        return e.name;
      }
  }
}
console.log(tdz(1), tdz(2));
