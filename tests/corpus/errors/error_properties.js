// Error objects: name, message, toString, and which properties are own.
const e = new TypeError("bad value");
console.log(e.name, "|", e.message, "|", e.toString());
console.log(Object.keys(e), e.hasOwnProperty("message"), e.hasOwnProperty("name"));
console.log(typeof e.stack);
const plain = new Error("plain");
plain.name = "Custom";
console.log(String(plain), `${plain}`, "" + plain);
const noMsg = new RangeError();
console.log(String(noMsg), JSON.stringify(noMsg));
console.log(Error("without new").message, Error("x") instanceof Error);
