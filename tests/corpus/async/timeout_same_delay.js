// Timers with the same delay run in the order they were created.
for (const name of ["first", "second", "third"]) {
  setTimeout(() => console.log(name), 50);
}
setTimeout(() => {
  console.log("outer");
  setTimeout(() => console.log("scheduled from outer"), 0);
}, 0);
setTimeout(() => console.log("sibling of outer"), 0);
