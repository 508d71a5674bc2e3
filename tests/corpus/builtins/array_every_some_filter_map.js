// every, some, filter, map, forEach.
const xs = [2, 4, 6, 7];
console.log(xs.every(n => n % 2 === 0), xs.some(n => n % 2 === 1));
console.log([].every(() => false), [].some(() => true));
console.log(xs.filter(n => n > 3), xs.map((n, i, arr) => n * i + arr.length));
let visited = [];
[1, , 3].forEach((v, i) => visited.push(i + "=" + v));
console.log(visited.join(" "));
console.log([1, , 3].map(x => x * 2));
let checks = 0;
[1, 2, 3, 4].some(n => {
  checks++;
  return n === 2;
});
console.log("some stopped after", checks);
console.log(["1", "2", "3"].map(Number), ["1", "2", "3"].map(parseInt));
