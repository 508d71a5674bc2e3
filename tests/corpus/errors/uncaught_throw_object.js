// Throwing a plain object that nobody catches.
function request(path) {
  if (path === "/fail") throw { code: 500, reason: "server" };
  return "200 " + path;
}
console.log(request("/home"));
console.log("about to throw an object");
request("/fail");
