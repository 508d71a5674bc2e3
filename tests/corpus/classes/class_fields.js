// Public class fields are created per instance, before the constructor body.
let counter = 0;
class Widget {
  id = ++counter;
  tags = [];
  label = "widget-" + this.id;
  onClick = () => this.label;
  constructor(extra) {
    console.log("constructor sees id", this.id);
    if (extra) this.tags.push(extra);
  }
}
const a = new Widget("x");
const b = new Widget();
console.log(a, b.label);
console.log(a.tags === b.tags);
const click = a.onClick;
console.log(click());
console.log(Object.keys(a));
