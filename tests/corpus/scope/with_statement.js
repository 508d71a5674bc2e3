// with (obj): names are looked up on obj first
var point = { x: 1, y: 2 };
with (point) {
  x = 10;
  z = 30;
  var fromWith = x + y;
}
console.log(point, z, fromWith, typeof point.z);
function area(rect) {
  with (rect) {
    return width * height;
  }
}
console.log(area({ width: 3, height: 4 }));
with ([1, 2, 3]) {
  console.log(length, typeof push, typeof values, typeof keys);
}
with (Math) {
  console.log(max(PI, E) === PI, floor(2.7));
}
var greeter = {
  name: 'g',
  hello() { return 'hello from ' + this.name; },
};
with (greeter) {
  console.log(hello());
}
function makeGetter(o) {
  with (o) {
    return function () { return value; };
  }
}
var holder = { value: 1 };
var get = makeGetter(holder);
holder.value = 2;
console.log(get());
delete holder.value;
var value = 'global value';
console.log(get());
var unscoped = { a: 1, b: 2, [Symbol.unscopables]: { b: true } };
var b = 'outer b';
with (unscoped) {
  console.log(a, b);
}
with ('str') {
  console.log(length, charAt(1));
}
try {
  with (null) {}
} catch (e) {
  console.log(e.name, e.message);
}
for (var k = 0; k < 2; k++) {
  with ({ k2: k * 2 }) {
    console.log(k2);
  }
}
