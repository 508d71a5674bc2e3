// Classes are values: expressions, names, and classes returned by functions.
const Anon = class {};
const Named = class Inner {
  who() {
    return Inner.name;
  }
};
console.log(Anon.name, Named.name, new Named().who(), typeof Inner);
function withTimestamp(Base) {
  return class extends Base {
    stamp = "stamped";
  };
}
class Note {
  text = "note";
}
const Stamped = withTimestamp(Note);
const n = new Stamped();
console.log(n.text, n.stamp, n instanceof Note);
const classes = [class A {}, class B {}].map(C => C.name);
console.log(classes);
