function mk(){ let secret = 42; return (o) => console.log(secret, o.v); }
function data(){ return { v: 'arg' }; }
setImmediate(mk(), data());
console.log('sync');
