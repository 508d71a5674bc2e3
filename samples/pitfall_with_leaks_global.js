// Title: with leaks a global
// Group: Pitfalls
// Summary: Inside with (obj), a name is looked up on obj first; assigning a name obj does not have creates an implicit global instead of a property.
// Watch: the with statement adds a box to the scope chain whose rows are the object's properties: names are looked up there before Local or Global Memory.
// Watch: `color = 'red'` finds color on the object and changes it; `size = 3` does not find size on the object, so it is created in Global Memory.
// Watch: after setup() returns, size is still in Global Memory: the leak survives the call (strict mode forbids with altogether).
// Try: size
// Try: settings

function setup(options) {
  with (options) {
    color = 'red';
    size = 3;
  }
  return options;
}

var settings = setup({ color: 'blue' });
console.log(settings);
console.log(size);
