// const forbids reassignment, not mutation.
const list = [1, 2];
list.push(3);
console.log(list);

const user = { name: "Ada" };
user.name = "Grace";
console.log(user.name);

try {
  list = [];
} catch (e) {
  console.log(e.name + ": " + e.message);
}

for (const n of [1, 2]) {
  console.log("const in for-of", n);
}

try {
  for (const i = 0; i < 2; i++) {
    console.log("first pass", i);
  }
} catch (e) {
  console.log(e.message);
}
