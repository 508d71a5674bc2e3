// slice, substring, substr, at, charAt.
const s = "JavaScript";
console.log(s.slice(0, 4), s.slice(4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2));
console.log(s.substring(0, 4), s.substring(4, 0), s.substring(-3, 2));
console.log(s.substr(4, 3), s.substr(-6, 2));
console.log(s.at(0), s.at(-1), s.charAt(4), s.charAt(99) === "", s[99]);
console.log(s.length, s.toUpperCase(), s.toLowerCase());
