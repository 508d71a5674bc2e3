const s = '😀😀😀';
console.log(s);
function f() { return 1; }
console.log(String(f), f());
const o = { m() { return '🎉'; }, get g() { return 2; } };
class K { static s() {} }
console.log(String(o.m), String(Object.getOwnPropertyDescriptor(o, 'g').get), String(K), String(K.s));
console.log(new Function('a', "return a + '🙂'").toString());
