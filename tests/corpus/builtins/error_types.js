// Built-in error types: name, message, instanceof and String().
const errors = [
  new Error("generic"),
  new TypeError("wrong type"),
  new RangeError("too big"),
  new ReferenceError("missing"),
  new SyntaxError("bad syntax"),
  new EvalError("eval"),
  new URIError("uri"),
];
for (const e of errors) {
  console.log(e.name, "|", e.message, "|", String(e), "|", e instanceof Error);
}
const noMessage = new Error();
console.log(JSON.stringify(noMessage.message), String(noMessage));
const withCause = new Error("outer", { cause: "inner reason" });
console.log(withCause.cause);
console.log(Object.prototype.toString.call(new TypeError("x")));
const custom = new Error("custom");
custom.name = "MyError";
console.log(String(custom));
