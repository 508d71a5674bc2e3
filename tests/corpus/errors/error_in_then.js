// A TypeError inside then() with no catch becomes an unhandled rejection.
console.log("start");
Promise.resolve({ items: undefined }).then(data => {
  console.log("in then");
  return data.items.length;
});
setTimeout(() => console.log("never printed"), 50);
