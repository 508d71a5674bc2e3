// printf-style specifiers in the first argument.
console.log("%s is %d years old", "Ada", 36);
console.log("%i and %f", 42.9, 3.5);
console.log("%d%%", 50);
console.log("%s", { a: 1 }, "extra");
console.log("%j", { json: [1, 2] });
console.log("%c styled text", "color: red; font-weight: bold");
console.log("%s %s", "only one");
console.log("no specifiers", "%s");
console.log("%d", "abc", "%i", "12px");
console.log("%s", null, undefined, 10n);
console.log("%o", { a: 1 });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("%%s is literal");
console.log(5, "%s", "not a format because first arg is a number");
