// freeze, seal and preventExtensions, and their checks.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 100;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 200;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));

const sealed = Object.seal({ a: 1 });
sealed.a = 2;
sealed.b = 3;
delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));

const closed = Object.preventExtensions({ a: 1 });
closed.b = 2;
delete closed.a;
console.log(closed, Object.isExtensible(closed));

console.log(Object.isFrozen(1), Object.isFrozen({}), Object.isFrozen(Object.freeze([])));
const arr = Object.freeze([1, 2]);
try {
  arr.push(3);
} catch (e) {
  console.log(e.name);
}
console.log(arr);
