// Template literals interpolate any expression.
const name = "Ada";
const items = 3;
console.log(`Hello, ${name}!`);
console.log(`${items} items cost ${items * 2.5} euros`);
console.log(`nested: ${`inner ${name.toUpperCase()}`}`);
console.log(`ternary: ${items > 1 ? "plural" : "singular"}`);
console.log(`array ${[1, 2, 3]} object ${{}} null ${null} undefined ${undefined}`);
console.log(`call ${(() => "from a function")()}`);
console.log(`${1}${2}` === "12", typeof `${1}`);
