// An array pipeline: map, filter and reduce over 10,000 items, each callback a closure call.
var items = [];
for (var i = 0; i < 10000; i++) {
  items.push(i);
}
var total = items
  .map(function (x) { return x * 2; })
  .filter(function (x) { return x % 3 === 0; })
  .reduce(function (sum, x) { return sum + x; }, 0);
console.log(total);
