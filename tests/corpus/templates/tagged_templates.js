// A tag function receives the string pieces and the values separately.
function tag(strings, ...values) {
  console.log("strings:", strings);
  console.log("values:", values);
  console.log("frozen:", Object.isFrozen(strings), Array.isArray(strings));
  return strings.length + ":" + values.length;
}
const a = 1;
const b = "two";
console.log(tag`first ${a} then ${b} end`);
console.log(tag`${a}${b}`);
console.log(tag`no substitutions`);
