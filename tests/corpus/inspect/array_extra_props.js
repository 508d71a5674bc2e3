// Arrays with extra properties, and array-likes.
const arr = [1, 2];
arr.label = "tagged";
console.log(arr);
console.log({ length: 2, 0: "a", 1: "b" });
function args() {
  return arguments;
}
console.log(args(1, "x"));
console.log([[]], [{}], {});
