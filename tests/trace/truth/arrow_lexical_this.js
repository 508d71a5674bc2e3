function outer(){ return () => arguments[0] + this.v }
const f = outer.call({v: 10}, 5);
console.log(f(), f());
class Counter { count = 0; inc = () => ++this.count }
const c = new Counter();
const inc = c.inc;
inc(); inc();
console.log(c.count);
