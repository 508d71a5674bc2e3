// How Map and Set print.
console.log(new Map([["a", 1], ["b", { nested: true }]]));
console.log(new Set([1, "two", [3]]));
console.log(new Map(), new Set());
console.log(new Map([[{ key: "obj" }, ["array", "value"]]]));
console.log({ inside: new Set(["x"]) }, [new Map([[1, 2]])]);
const m = new Map([["k", "v"]]);
console.log([m.keys(), m.values()]);
console.log(new WeakMap(), new WeakSet());
