// Title: var vs let in a loop with setTimeout
// Group: Pitfalls
// Summary: With var, every timer callback shares one i and prints 3; with let, each loop iteration has its own i in its own backpack.
// Watch: The var loop: i lives in Global Memory. The three callbacks all look it up there, and by the time they run the loop has finished and i is 3.
// Watch: The let loop: every iteration creates a new block Local Memory holding its own i; each callback's backpack ([[scope]]) is a different one (0, 1, 2).
// Watch: The IIFE fix gives each callback a backpack with its own copy, kCopy, even with var.

// The pitfall: one shared i.
for (var i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log('var: i = ' + i);
  }, 0);
}

// The fix: let makes a new i for every iteration.
for (let i = 0; i < 3; i++) {
  setTimeout(function () {
    console.log('let: i = ' + i);
  }, 0);
}

// The old fix, before let: an IIFE call per iteration, each with its own Local Memory.
for (var k = 0; k < 3; k++) {
  (function (kCopy) {
    setTimeout(function () {
      console.log('IIFE: k = ' + kCopy);
    }, 0);
  })(k);
}

console.log('loops finished: i = ' + i + ', k = ' + k);
