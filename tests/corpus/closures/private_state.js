// Private state through closures: nothing outside can reach `secret`.
function createPerson(name) {
  let secret = name.split("").reverse().join("");
  let age = 0;
  return {
    getName: () => name,
    birthday() {
      age++;
      return age;
    },
    check(guess) {
      return guess === secret;
    },
  };
}
const p = createPerson("alice");
console.log(p.getName());
console.log(p.birthday(), p.birthday());
console.log(p.secret, p.age);
console.log(p.check("alice"), p.check("ecila"));
console.log(JSON.stringify(p));
