// An immediately invoked function expression makes a private scope.
var result = (function () {
  var hidden = "secret";
  return hidden.length;
})();
console.log(result, typeof hidden);

(() => {
  let local = "arrow iife";
  console.log(local);
})();

!function () {
  console.log("bang iife");
}();

const config = (function (base) {
  return { url: base + "/api" };
})("https://example.test");
console.log(config.url);
