// Class declarations are not usable before they are defined.
try {
  const x = new Later();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
class Later {
  constructor() {
    this.ok = true;
  }
}
console.log(new Later().ok);
function makeEarly() {
  return new Early();
}
class Early {}
console.log(makeEarly() instanceof Early);
