// Reading a private field from the wrong object throws a TypeError.
class Secret {
  #value = 42;
  static read(obj) {
    return obj.#value;
  }
  #hidden() {
    return "hidden";
  }
  callHidden(other) {
    return other.#hidden();
  }
}
console.log(Secret.read(new Secret()));
try {
  Secret.read({});
} catch (e) {
  console.log(e.name);
}
try {
  new Secret().callHidden({});
} catch (e) {
  console.log(e.name);
}
console.log(new Secret().callHidden(new Secret()));
