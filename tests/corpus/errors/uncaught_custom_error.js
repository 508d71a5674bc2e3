// An uncaught error of a custom class.
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ValidationError";
  }
}
function validate(age) {
  if (age < 0) throw new ValidationError("age must not be negative");
  return age;
}
console.log(validate(5));
console.log(validate(-1));
