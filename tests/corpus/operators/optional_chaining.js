// ?. stops at null/undefined and produces undefined.
const user = {
  profile: { address: { city: "Lyon" } },
  tags: ["a", "b"],
  greet() { return "hi"; },
};
console.log(user.profile?.address?.city);
console.log(user.settings?.theme);
console.log(user.settings?.theme.color);
console.log(user.tags?.[1], user.nothing?.[0]);
console.log(user.greet?.(), user.missing?.());
let nothing = null;
console.log(nothing?.a.b.c);
console.log(nothing?.length ?? "no length");
let count = 0;
const maybe = undefined;
maybe?.[count++];
console.log("count after short circuit:", count);
try {
  user.profile.missing.city;
} catch (e) {
  console.log(e.message);
}
