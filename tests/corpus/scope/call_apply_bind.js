// call, apply and bind, including partial application with bind.
function introduce(greeting, punctuation) {
  return greeting + ", I am " + this.name + punctuation;
}
const ada = { name: "Ada" };
console.log(introduce.call(ada, "Hi", "!"));
console.log(introduce.apply(ada, ["Hello", "."]));

const bound = introduce.bind(ada, "Hey");
console.log(bound("?"));
console.log(bound.name, bound.length);

// A bound function ignores a later call/bind this.
const rebound = bound.bind({ name: "Bob" });
console.log(rebound("!!"));
console.log(bound.call({ name: "Cy" }, "..."));

console.log(Math.max.apply(null, [3, 9, 2]));
const add = (a, b) => a + b;
console.log(add.call(null, 2, 3));
