// finally also runs when break or continue leaves the try block.
function loop() {
  const log = [];
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      log.push("body " + i);
    } finally {
      log.push("finally " + i);
    }
  }
  return log;
}
console.log(loop());

function breakOverridden() {
  for (;;) {
    try {
      return "return from try";
    } finally {
      break;
    }
  }
  return "after the loop: break in finally cancelled the return";
}
console.log(breakOverridden());
