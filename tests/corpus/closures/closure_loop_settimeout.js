// The interview classic: setTimeout in a loop with var and with let.
for (var i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log("var i:", i);
  }, 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(function () {
    console.log("let j:", j);
  }, 0);
}
console.log("loops done");
