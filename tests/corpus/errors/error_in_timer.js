// An error thrown inside a timer callback is uncaught: the program stops.
setTimeout(() => console.log("first timer runs"), 0);
setTimeout(() => {
  console.log("second timer throws");
  null.property;
}, 10);
setTimeout(() => console.log("never printed"), 50);
console.log("timers scheduled");
