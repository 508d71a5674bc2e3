// Spreading into array literals: copies, concatenation, conversion.
const a = [1, 2];
const b = [3, 4];
const combined = [...a, ...b, 5];
console.log(combined);
const copy = [...a];
copy.push(99);
console.log(a, copy);
console.log([..."hello"]);
console.log([...new Set([3, 1, 3, 2, 1])]);
console.log([...new Map([["k", 1]])]);
console.log([...[1, 2].keys()], [...[1, 2].entries()]);
const nested = [[1], [2]];
const shallow = [...nested];
shallow[0].push("shared");
console.log(nested);
console.log([...[, "hole"]]);
