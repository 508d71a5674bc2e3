// return() and throw() from outside, with finally blocks inside.
function* guarded() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log("  finally in generator");
  }
}
const g1 = guarded();
console.log(g1.next());
console.log(g1.return("early"));
console.log(g1.next());

function* catcher() {
  while (true) {
    try {
      yield "waiting";
    } catch (e) {
      console.log("  caught inside:", e.message);
      yield "recovered";
    }
  }
}
const g2 = catcher();
g2.next();
console.log(g2.throw(new Error("boom")));
console.log(g2.next());

const g3 = guarded();
try {
  g3.throw(new Error("not started"));
} catch (e) {
  console.log("thrown out of a fresh generator:", e.message);
}
console.log(g3.next());
