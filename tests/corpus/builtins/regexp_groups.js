// Named groups, non-capturing groups, alternation, lookahead, backreferences.
const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const { groups } = date.exec("due 2024-03-09");
console.log(groups.year, groups.month, groups.day);
console.log("aaa bbb".match(/(?:a|b)+/g));
console.log(/^(cat|dog)s?$/.test("dogs"), /^(cat|dog)s?$/.test("cow"));
console.log("100px 200em 300px".match(/\d+(?=px)/g));
console.log("price: $42".match(/(?<=\$)\d+/)[0]);
console.log(/(\w)\1/.exec("hello")[0], /(?<ch>\w)\k<ch>/.test("abc"));
console.log("John Smith".replace(/(?<first>\w+) (?<last>\w+)/, "$<last> $<first>"));
const m = "key=value".match(/(\w+)=(\w+)?(x)?/);
console.log(m.length, m[3]);
