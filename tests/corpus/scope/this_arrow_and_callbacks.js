// Arrow functions take this from where they are written; callbacks lose it.
const team = {
  name: "Blue",
  members: ["ann", "bob"],
  withArrow() {
    return this.members.map(m => m + "@" + this.name);
  },
  withFunction() {
    return this.members.map(function (m) {
      return m + "@" + (this === undefined ? "none" : typeof this.name);
    });
  },
  withThisArg() {
    return this.members.map(function (m) {
      return m + "@" + this.name;
    }, this);
  },
};
console.log(team.withArrow());
console.log(team.withFunction());
console.log(team.withThisArg());

const arrowAtTop = () => this === globalThis;
console.log(arrowAtTop());
console.log(this === globalThis);
