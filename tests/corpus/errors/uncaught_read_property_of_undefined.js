// Reading a property of undefined.
const user = { name: "Ada", profile: undefined };
console.log("user exists:", user !== undefined);
console.log("name:", user.name);
console.log(user.profile.y);
console.log("never printed");
