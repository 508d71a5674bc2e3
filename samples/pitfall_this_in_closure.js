// Title: this inside a closure: arrow vs function
// Group: Pitfalls
// Summary: A closure remembers variables, not this: a plain inner function gets its own this, while an arrow function uses the this of the method around it.
// Watch: team.listWithFunction() runs with this = team, but each inner function call gets a new execution context whose this is the global object, so this.owner is undefined.
// Watch: The arrow function has no this of its own: it finds this in the method's execution context, like a variable from its backpack ([[scope]]).
// Watch: The older fix, const self = this, puts the object into Local Memory, where the inner function's backpack can reach it.

const team = {
  owner: 'Ada',
  members: ['Bo', 'Cy'],

  listWithFunction: function () {
    return this.members.map(function (member) {
      return member + ' works for ' + this.owner; // the pitfall: this is not team
    });
  },

  listWithArrow: function () {
    return this.members.map((member) => {
      return member + ' works for ' + this.owner; // the fix: this comes from listWithArrow
    });
  },

  listWithSelf: function () {
    const self = this; // the old fix: a normal variable, kept in the backpack
    return this.members.map(function (member) {
      return member + ' works for ' + self.owner;
    });
  }
};

console.log(team.listWithFunction()); // [ 'Bo works for undefined', 'Cy works for undefined' ]
console.log(team.listWithArrow());    // [ 'Bo works for Ada', 'Cy works for Ada' ]
console.log(team.listWithSelf());     // [ 'Bo works for Ada', 'Cy works for Ada' ]
