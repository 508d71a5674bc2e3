// Integer-like keys come first in ascending order, then strings in insertion order.
const obj = {};
obj.z = 1;
obj["10"] = "ten";
obj.a = 2;
obj["2"] = "two";
obj["-1"] = "minus one";
obj["1.5"] = "one and a half";
obj["01"] = "leading zero";
obj[1] = "one";
console.log(Object.keys(obj));
console.log(JSON.stringify(obj));
console.log(obj);
const sym = Symbol("s");
const withSym = { b: 1, [sym]: 2, 3: 3 };
console.log(Reflect.ownKeys(withSym));
for (const k in { b: 1, a: 2, 1: 3, 0: 4 }) console.log(k);
