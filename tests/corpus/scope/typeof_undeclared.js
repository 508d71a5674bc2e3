// typeof is the one safe way to look at a name that was never declared.
console.log(typeof neverDeclared);
console.log(typeof neverDeclared === "undefined");
try {
  console.log(neverDeclared);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(typeof null, typeof undefined, typeof 1, typeof "s", typeof true);
console.log(typeof {}, typeof [], typeof function () {}, typeof Symbol(), typeof 10n);
console.log(typeof class {}, typeof Math, typeof JSON);
