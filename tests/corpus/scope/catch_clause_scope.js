// The catch parameter is scoped to the catch block.
var e = "outer e";
try {
  throw new Error("inner");
} catch (e) {
  console.log("in catch:", e.message);
  var e = "assigned in catch";
  console.log("after var in catch:", e);
}
console.log("after:", e);

try {
  throw { code: 42 };
} catch ({ code }) {
  console.log("destructured code", code);
}
console.log(typeof code);

try {
  JSON.parse("{bad");
} catch {
  console.log("optional catch binding works");
}
