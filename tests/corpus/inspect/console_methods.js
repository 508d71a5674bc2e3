// console.info goes to stdout; console.warn and console.error go to stderr.
console.log("log goes to stdout");
console.info("info goes to stdout");
console.warn("warn goes to stderr and should not appear below");
console.error("error goes to stderr too");
console.debug("debug goes to stdout");
console.info({ info: ["object"] });
console.error({ err: true });
console.log("done");
