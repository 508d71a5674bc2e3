// at, find, findIndex, findLast, findLastIndex.
const xs = [5, 12, 8, 130, 44];
console.log(xs.at(0), xs.at(-1), xs.at(-2), xs.at(10));
console.log(xs.find(x => x > 10), xs.findIndex(x => x > 10));
console.log(xs.findLast(x => x > 10), xs.findLastIndex(x => x > 10));
console.log(xs.find(x => x > 1000), xs.findIndex(x => x > 1000));
console.log("hello".at(-1), [].at(0));
const users = [{ id: 1, name: "a" }, { id: 2, name: "b" }];
console.log(users.find(u => u.id === 2));
