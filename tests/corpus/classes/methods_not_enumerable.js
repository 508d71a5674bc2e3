// Class methods are non-enumerable, unlike methods added by assignment.
class Modern {
  method() {}
}
function Old() {}
Old.prototype.method = function () {};
const seen = [];
for (const k in new Modern()) seen.push("modern:" + k);
for (const k in new Old()) seen.push("old:" + k);
console.log(seen);
console.log(Object.keys(Modern.prototype), Object.keys(Old.prototype));
console.log(Object.getOwnPropertyNames(Modern.prototype));
