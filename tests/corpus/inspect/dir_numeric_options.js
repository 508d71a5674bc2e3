// console.dir's numeric options as Node uses them: fractional, negative, NaN and
// infinite values, and strings, booleans, null or undefined read as numbers.
// A fractional or NaN maxArrayLength makes Node's new Array(n) for an iterator throw.
function dir(label, value, options) {
  try {
    console.dir(value, options);
  } catch (e) {
    const shown = Object.keys(options).map((k) => k + '=' + (typeof options[k] === 'string' ? `'${options[k]}'` : String(options[k])));
    console.log(label, shown.join(' '), 'threw', e.name + ': ' + e.message);
  }
}

const values = [1.5, -1, -1.5, -0, NaN, Infinity, -Infinity, 0.5, 1e300, -1e300, '2', null, true, undefined];

console.log('-- maxArrayLength');
for (const v of values) {
  const set = new Set([1, 2, 3, 4]);
  const map = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
  dir('array', [1, 2, 3, 4], {maxArrayLength: v});
  dir('sparse', [1, , 3, , 5], {maxArrayLength: v});
  dir('set', set, {maxArrayLength: v});
  dir('map', map, {maxArrayLength: v});
  dir('set.values()', set.values(), {maxArrayLength: v});
  dir('set.entries()', set.entries(), {maxArrayLength: v});
  dir('map.keys()', map.keys(), {maxArrayLength: v});
  dir('map.entries()', map.entries(), {maxArrayLength: v});
  dir('empty set.values()', new Set().values(), {maxArrayLength: v});
}
dir('long array', Array.from({length: 30}, (_, i) => i), {maxArrayLength: 20.5});

console.log('-- maxStringLength');
for (const v of values) {
  dir('string', 'abcdefgh', {maxStringLength: v});
}
dir('string', 'abcdefgh', {maxStringLength: -(2 ** 53)});
dir('in object', {s: 'line one\nline two\nline three, long enough to be split up'}, {maxStringLength: 12.5});

console.log('-- depth');
const nested = {a: {b: {c: {d: [1, 2, {e: 1}]}}}};
for (const v of values) {
  dir('nested', nested, {depth: v});
}
const custom = {
  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    return {depth, optsDepth: opts.depth, maxArrayLength: opts.maxArrayLength, breakLength: opts.breakLength};
  },
};
for (const v of [Infinity, null, 1.5, -1, NaN]) {
  dir('custom', {inner: custom}, {depth: v});
}

console.log('-- breakLength');
const wide = {aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 'xxxxxxxxxxxxxxxxxxxx', d: [1, 2, 3]};
const numbers = Array.from({length: 26}, (_, i) => i * 7);
for (const v of values) {
  dir('wide', wide, {breakLength: v});
  dir('numbers', numbers, {breakLength: v});
}
dir('multi-line string', 'one\ntwo\nthree and a bit more text to pass sixteen', {breakLength: Infinity});

console.log('-- compact');
const words = Array.from({length: 26}, (_, i) => 'w' + i);
for (const v of [1.3, 1.5, 2.75, Infinity, -Infinity, NaN, 0.5, '3', null, undefined]) {
  dir('numbers', numbers, {compact: v});
  dir('words', words, {compact: v});
  dir('nested', nested, {compact: v});
}
