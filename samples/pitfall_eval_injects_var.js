// Title: eval adds a variable to the function that calls it
// Group: Pitfalls
// Summary: Code given to eval runs in the scope of its caller: its var lands in that function's Local Memory, and a closure made there keeps it in its backpack.
// Watch: makeGreeter() starts with only greeting and arguments in its Local Memory: nothing declares name.
// Watch: while eval runs, its code is shown under the editor: `var name` is added to makeGreeter()'s Local Memory at that step (eval "cheats" lexical scope).
// Watch: greet keeps makeGreeter()'s memory as its backpack, and name is in it; with "use strict" the var would stay inside eval's own memory instead.
// Try: greet()
// Try: typeof name

function makeGreeter(code) {
  var greeting = 'Hello';
  eval(code);
  function greet() {
    return greeting + ', ' + name + '!';
  }
  return greet;
}

var greet = makeGreeter("var name = 'Ada';");
console.log(greet());
console.log(typeof name);
