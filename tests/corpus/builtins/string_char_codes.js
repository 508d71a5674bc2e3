// Character codes: charCodeAt, fromCharCode, codePointAt, fromCodePoint.
console.log("A".charCodeAt(0), "a".charCodeAt(0), "abc".charCodeAt(5));
console.log(String.fromCharCode(72, 105), String.fromCharCode(0x263a));
const smile = "😀";
console.log(smile.length, smile.charCodeAt(0), smile.codePointAt(0), [...smile].length);
console.log(String.fromCodePoint(128512) === smile);
const caesar = (text, k) =>
  text.replace(/[a-z]/g, c => String.fromCharCode(((c.charCodeAt(0) - 97 + k) % 26) + 97));
console.log(caesar("hello zebra", 3));
console.log("é".normalize("NFD").length, "é".length);
