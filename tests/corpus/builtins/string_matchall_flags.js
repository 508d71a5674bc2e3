// matchAll and replaceAll read the .flags of a regexp-like argument. V8 words the
// null/undefined case differently for the two methods.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name + ': ' + e.message);
  }
}

function withFlags(flags) {
  const re = /b/g;
  Object.defineProperty(re, 'flags', {value: flags});
  return re;
}

for (const flags of [undefined, null, '', 'i', 'g', 'gi', 0, {toString() { return 'g'; }}]) {
  show('matchAll flags=' + String(flags), () => [...'abcb'.matchAll(withFlags(flags))].map((m) => m.index));
  show('replaceAll flags=' + String(flags), () => 'abcb'.replaceAll(withFlags(flags), 'X'));
}

const likeRegExp = {[Symbol.match]: true, flags: undefined};
show('regexp-like matchAll', () => 'abc'.matchAll(likeRegExp));
show('regexp-like replaceAll', () => 'abc'.replaceAll(likeRegExp, 'x'));
const withMethods = {
  [Symbol.match]: true,
  flags: null,
  [Symbol.replace]() { return 'R'; },
  [Symbol.matchAll]() { return 'M'; },
};
show('null flags, own methods, matchAll', () => 'abc'.matchAll(withMethods));
show('null flags, own methods, replaceAll', () => 'abc'.replaceAll(withMethods, 'x'));
withMethods.flags = 'g';
show('g flags, own methods, matchAll', () => 'abc'.matchAll(withMethods));
show('g flags, own methods, replaceAll', () => 'abc'.replaceAll(withMethods, 'x'));
show('flags getter throws', () => 'abc'.matchAll({[Symbol.match]: true, get flags() { throw new Error('from getter'); }}));
show('no prototype', () => {
  const re = /a/g;
  Object.setPrototypeOf(re, null);
  return 'a'.matchAll(re);
});
show('non-global matchAll', () => 'a'.matchAll(/a/));
show('non-global replaceAll', () => 'a'.replaceAll(/a/, 'b'));
show('matchAll on null', () => String.prototype.matchAll.call(null, /a/g));
