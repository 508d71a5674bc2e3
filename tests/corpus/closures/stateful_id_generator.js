// Independent generators of ids with a shared prefix table.
const makeIdGenerator = (() => {
  const used = {};
  return function (prefix) {
    used[prefix] = used[prefix] || 0;
    return () => prefix + "-" + ++used[prefix];
  };
})();
const user = makeIdGenerator("user");
const order = makeIdGenerator("order");
const user2 = makeIdGenerator("user");
console.log(user(), user(), order(), user2(), order());
