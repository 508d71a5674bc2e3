// String.raw and the raw property keep backslashes as written.
console.log(String.raw`C:\new\table`);
console.log(`C:\\new\\table`);
console.log(String.raw`a\tb`.length, `a\tb`.length);
function showRaw(strings) {
  return [strings[0], strings.raw[0]];
}
console.log(showRaw`line\nbreak`);
console.log(String.raw`${1 + 1}\n${"x"}`);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
