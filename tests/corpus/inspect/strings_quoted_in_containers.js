// Top-level strings print bare; strings inside arrays and objects are quoted.
console.log("plain string");
console.log(["a", "b"]);
console.log({ s: "text", n: 1 });
console.log(["it's"], ['say "hi"'], ["both ' and \""]);
console.log(["line\nbreak", "tab\there", "back\\slash"]);
console.log([""], { empty: "" });
console.log("multiple", "args", 1, true, null, undefined);
