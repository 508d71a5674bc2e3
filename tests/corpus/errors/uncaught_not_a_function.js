// Calling something that is not a function.
const config = { name: "app", start: "not callable" };
console.log("calling start...");
config.start();
console.log("never printed");
