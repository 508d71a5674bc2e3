// Static methods are inherited and `this` in them is the class they were called on.
class Model {
  static create(...args) {
    return new this(...args);
  }
  static describe() {
    return "I am " + this.name;
  }
}
class User extends Model {
  constructor(name) {
    super();
    this.name = name;
  }
  static describe() {
    return super.describe() + " (a User)";
  }
}
const u = User.create("ada");
console.log(u instanceof User, u.name);
console.log(Model.describe());
console.log(User.describe());
