// Objects with many short properties.
const obj = {};
for (let i = 0; i < 30; i++) obj["k" + i] = i;
console.log(obj);
const letters = {};
for (const c of "abcdefghij") letters[c] = c.toUpperCase();
console.log(letters);
