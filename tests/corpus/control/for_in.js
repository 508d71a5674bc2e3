// for-in walks enumerable string keys, own and inherited.
const base = { inherited: true };
const obj = Object.create(base);
obj.b = 2;
obj.a = 1;
obj[2] = "two";
obj[1] = "one";
Object.defineProperty(obj, "hidden", { value: 1, enumerable: false });
for (const key in obj) {
  console.log(key, Object.prototype.hasOwnProperty.call(obj, key));
}

const arr = ["x", "y"];
for (const i in arr) {
  console.log(typeof i, i, arr[i]);
}

for (const k in "hi") console.log("string index", k);
for (const k in null) console.log("never");
console.log("done");
