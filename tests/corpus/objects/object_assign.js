// Object.assign copies own enumerable properties and returns the target.
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 });
console.log(result, result === target);
const clone = Object.assign({}, { x: [1, 2] });
clone.x.push(3);
console.log(clone.x);
const log = [];
const source = {
  get value() {
    log.push("getter ran");
    return "from getter";
  },
};
const copy = Object.assign({}, source);
console.log(copy, log, Object.getOwnPropertyDescriptor(copy, "value").writable);
console.log(Object.assign([1, 2, 3], [9]));
console.log(Object.assign({}, "ab"));
