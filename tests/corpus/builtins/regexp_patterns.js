// Everyday patterns: character classes, quantifiers, anchors, escapes.
const emails = ["a@b.co", "bad@", "x.y@z.org"];
console.log(emails.filter(e => /^[\w.]+@\w+\.\w{2,}$/.test(e)));
console.log("  lots   of   space  ".replace(/\s+/g, " ").trim());
console.log("camelCaseString".replace(/([A-Z])/g, "_$1").toLowerCase());
console.log("a1b22c333".match(/\d{2,}/g), "aaa".match(/a*?/)[0].length);
console.log(/^\d{3}-\d{4}$/.test("555-1234"), /colou?r/.test("color"));
console.log("1.5+2".split(/[+.]/), /\$\(\)/.test("$()"));
console.log("Tab\there".replace(/\t/, "<TAB>"), /[^a-z]/.exec("abc1")[0]);
console.log("word word word".replace(/\bword\b/g, "w"));
