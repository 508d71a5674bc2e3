// switch compares with ===, and default can sit anywhere.
function kind(x) {
  switch (x) {
    case 1:
      return "number one";
    case "1":
      return "string one";
    default:
      return "something else";
    case true:
      return "true";
  }
}
console.log(kind(1), "|", kind("1"), "|", kind(true), "|", kind(null));

function day(n) {
  let name;
  switch (n) {
    case 0: name = "Sun"; break;
    case 6: name = "Sat"; break;
    default: name = "weekday";
  }
  return name;
}
console.log([0, 3, 6].map(day));
