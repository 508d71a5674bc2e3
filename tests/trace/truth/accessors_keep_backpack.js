const counter = (function(){ let count = 0; return { get value(){ return count }, set value(v){ count = v } } })();
counter.value = 5;
console.log(counter.value);
class Temp { #c = 3; get c(){ return this.#c } }
const t = new Temp();
console.log(t.c, t.c);
