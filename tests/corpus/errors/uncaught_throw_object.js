// Throwing a plain object that nobody catches.
console.log("about to throw an object");
throw { code: 500, reason: "server" };
