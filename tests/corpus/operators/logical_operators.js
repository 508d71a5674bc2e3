// && and || return one of their operands, not necessarily a boolean.
console.log(0 || "fallback", "" || null, "first" || "second");
console.log(1 && "second", 0 && "never", null && undefined);
console.log(!0, !"", !"text", !!{}, !![], !!NaN);
const user = { name: "", nick: "ada" };
console.log(user.name || user.nick || "anon");
console.log(JSON.stringify(user.name && user.name.toUpperCase()));
let evaluated = false;
const result = false && (evaluated = true);
console.log(result, evaluated);
console.log(true || false && false, (true || false) && false);
