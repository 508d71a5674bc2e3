// Objects without a prototype are labelled.
const dict = Object.create(null);
dict.a = 1;
dict.b = "two";
console.log(dict);
console.log(Object.create(null));
console.log([Object.create(null)]);
console.log({ inner: dict });
console.log(Object.getPrototypeOf(dict));
