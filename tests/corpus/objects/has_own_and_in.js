// Checking for properties: in, hasOwnProperty, Object.hasOwn, undefined checks.
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = undefined;
console.log("own" in obj, "inherited" in obj);
console.log(obj.hasOwnProperty("own"), obj.hasOwnProperty("inherited"));
console.log(Object.hasOwn(obj, "own"), Object.hasOwn(obj, "inherited"));
console.log(obj.own !== undefined, obj.missing === undefined);
const tricky = { hasOwnProperty: () => "overridden" };
console.log(tricky.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(tricky, "x"));
console.log(Object.entries({ a: 1, b: undefined }).filter(([, v]) => v !== undefined));
