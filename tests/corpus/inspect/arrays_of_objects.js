// Arrays of objects and of short strings.
console.log([{ id: 1 }, { id: 2 }, { id: 3 }]);
console.log([{ id: 1, name: "first item" }, { id: 2, name: "second item" }, { id: 3, name: "third" }]);
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
console.log([[1, 2], [3, 4], [5, 6]]);
console.log([["a", 1], ["b", 2], ["c", 3], ["d", 4], ["e", 5], ["f", 6], ["g", 7]]);
