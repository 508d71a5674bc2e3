// ||=, &&= and ??= only assign when they need to.
const config = { retries: 0, name: "", timeout: null, debug: true };
config.retries ||= 3;
config.name ||= "default";
config.timeout ??= 1000;
config.debug &&= "verbose";
config.missing ??= "filled";
console.log(config);

let count = 0;
const obj = {
  get value() { count++; return 5; },
  set value(v) { console.log("setter called with", v); },
};
obj.value ||= 10;
obj.value &&= 7;
obj.value ??= 99;
console.log("getter calls:", count);

let a = null;
console.log((a ??= "first"), (a ??= "second"));
