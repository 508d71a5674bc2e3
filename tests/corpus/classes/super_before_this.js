// A derived constructor must call super() before using `this`.
class Base {
  constructor() {
    this.ready = true;
  }
}
class Broken extends Base {
  constructor() {
    try {
      this.early = 1;
    } catch (e) {
      console.log("before super:", e.name);
    }
    super();
    this.late = 2;
  }
}
console.log(new Broken());
class Forgot extends Base {
  constructor() {}
}
try {
  new Forgot();
} catch (e) {
  console.log("no super:", e.name);
}
class Implicit extends Base {}
console.log(new Implicit());
