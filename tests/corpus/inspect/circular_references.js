// Circular structures are marked instead of printed forever.
const a = { name: "a" };
a.self = a;
console.log(a);
const list = [1];
list.push(list);
console.log(list);
const parent = { name: "parent", children: [] };
const child = { name: "child", parent };
parent.children.push(child);
console.log(parent);
