// Passing a method as a timer callback loses its object, just like any
// other detached call; an arrow function or bind keeps it.
var name = "global name";
const user = {
  name: "Ada",
  sayLater() {
    setTimeout(function () {
      console.log("function callback:", this === globalThis, this.name);
    }, 0);
    setTimeout(() => {
      console.log("arrow callback:", this.name);
    }, 0);
    setTimeout(
      function () {
        console.log("bound callback:", this.name);
      }.bind(this),
      0
    );
  },
  greet() {
    console.log("detached method:", this.name);
  },
};
user.sayLater();
setTimeout(user.greet, 0);
setTimeout(() => user.greet(), 0);
