// Partial application and function composition.
function partial(fn, ...preset) {
  return (...rest) => fn(...preset, ...rest);
}
function describe(animal, sound, times) {
  return animal + " says " + Array(times).fill(sound).join(" ");
}
const dog = partial(describe, "dog");
const loudDog = partial(describe, "dog", "WOOF");
console.log(dog("woof", 2));
console.log(loudDog(3));

const compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
const inc = x => x + 1;
const sq = x => x * x;
console.log(compose(inc, sq)(3), compose(sq, inc)(3));
