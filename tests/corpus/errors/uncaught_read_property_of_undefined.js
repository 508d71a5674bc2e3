// Reading a property of undefined.
const user = { profile: undefined };
console.log("user exists:", user !== undefined);
console.log(user.profile.y);
