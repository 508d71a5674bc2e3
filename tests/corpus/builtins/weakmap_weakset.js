// WeakMap and WeakSet only accept objects as keys.
const wm = new WeakMap();
const key = {};
wm.set(key, "metadata");
console.log(wm.get(key), wm.has(key), wm.has({}));
wm.delete(key);
console.log(wm.has(key));
try {
  wm.set("string", 1);
} catch (e) {
  console.log(e.name);
}
const ws = new WeakSet();
const item = { name: "x" };
ws.add(item);
console.log(ws.has(item), ws.has({ name: "x" }));
const privateData = new WeakMap();
class Person {
  constructor(name) {
    privateData.set(this, { name });
  }
  get name() {
    return privateData.get(this).name;
  }
}
console.log(new Person("Ada").name, typeof wm.size);
