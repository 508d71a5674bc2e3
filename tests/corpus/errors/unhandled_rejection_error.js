// Rejecting with an Error and never handling it.
console.log("before");
function load() {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("network down")), 5);
  });
}
load();
console.log("after");
