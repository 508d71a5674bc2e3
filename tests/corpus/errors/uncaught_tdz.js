// Using a let binding before its declaration runs.
console.log("start");
function show() {
  console.log(total);
}
show();
let total = 5;
