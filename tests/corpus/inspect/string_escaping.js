// How special characters inside quoted strings are escaped.
console.log(["single ' quote"]);
console.log(['double " quote']);
console.log(["both ' and \" quotes"]);
console.log(["all ' \" ` three"]);
console.log(["\u0001 control", "\x7f delete"]);
console.log(["emoji 😀", "accent é"]);
console.log({ key: "new\nline" });
