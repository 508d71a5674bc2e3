// Subclassing Error and checking errors by type.
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, 404);
  }
}
function handle(fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof NotFound) return `404 handler: ${e.message}`;
    if (e instanceof AppError) return `app handler: ${e.name} ${e.code}`;
    return `generic handler: ${e}`;
  }
}
console.log(handle(() => { throw new NotFound("page"); }));
console.log(handle(() => { throw new AppError("bad", 500); }));
console.log(handle(() => { throw new TypeError("oops"); }));
const nf = new NotFound("user");
console.log(nf.name, nf.code, nf instanceof Error, String(nf));
