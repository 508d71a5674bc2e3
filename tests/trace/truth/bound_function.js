function mk(){ let n = 0; return function(){ return ++n + this.k } }
const b = mk().bind({k: 1});
console.log(b(), b());
