// Rest in object and array patterns.
const { id, ...others } = { id: 1, name: "Ada", lang: "en" };
console.log(id, others);
const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail);
const [...copy] = "abc";
console.log(copy);
const { a, ...empty } = { a: 1 };
console.log(empty, Object.keys(empty).length);
const [only, ...none] = [1];
console.log(only, none);
const proto = { inherited: true };
const obj = Object.create(proto);
obj.own = 1;
const { ...ownOnly } = obj;
console.log(ownOnly);
