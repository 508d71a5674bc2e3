// flat and flatMap.
const nested = [1, [2, [3, [4, [5]]]]];
console.log(nested.flat());
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log([1, , 3].flat());
const sentences = ["hello world", "closures are fun"];
console.log(sentences.flatMap(s => s.split(" ")));
console.log([1, 2, 3].flatMap(n => [n, n * 10]));
console.log([1, 2, 3].flatMap(n => (n === 2 ? [] : [[n]])));
