// Classes can extend built-ins such as Array and Error.
class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, Array.isArray(s), s instanceof Stack);
const mapped = s.map(x => x * 10);
console.log(mapped instanceof Stack, mapped.peek());

class ValidationError extends Error {
  constructor(field) {
    super(`${field} is invalid`);
    this.name = "ValidationError";
    this.field = field;
  }
}
try {
  throw new ValidationError("email");
} catch (e) {
  console.log(e.name, e.message, e.field, e instanceof Error, String(e));
}
