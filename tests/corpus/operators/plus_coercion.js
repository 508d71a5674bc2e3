// + adds numbers but concatenates as soon as a string shows up.
console.log(1 + 2);
console.log("1" + 2);
console.log(1 + "2");
console.log(1 + 2 + "3");
console.log("1" + 2 + 3);
console.log(true + 1, true + true, null + 1, undefined + 1);
console.log([] + [], JSON.stringify([] + {}), [1, 2] + [3]);
console.log({} + "x", "x" + null, "x" + undefined);
console.log(+"42", +"", +" 7 ", +"4px", +true, +[], +[5], +[1, 2], +null, +undefined);
console.log(-"3", "5" - 2, "5" * "2", "10" / "4", "7" % "4");
const withValueOf = { valueOf() { return 10; }, toString() { return "obj"; } };
console.log(withValueOf + 1, `${withValueOf}`, withValueOf * 2, String(withValueOf));
