// The g and y flags make a regex remember lastIndex.
const re = /o/g;
const s = "foo boo";
let m;
while ((m = re.exec(s)) !== null) {
  console.log("found at", m.index, "lastIndex now", re.lastIndex);
}
console.log(re.lastIndex);
const g = /a/g;
console.log(g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex);
const sticky = /\d/y;
console.log(sticky.test("1a2"), sticky.lastIndex, sticky.test("1a2"), sticky.lastIndex);
sticky.lastIndex = 2;
console.log(sticky.exec("1a2")[0]);
