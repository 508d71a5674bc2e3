// match and matchAll with capture groups.
const text = "cat bat rat";
console.log(text.match(/at/g));
const first = text.match(/(\w)at/);
console.log(first[0], first[1], first.index, first.input);
console.log(text.match(/dog/), "abc".match(/z/g));
for (const m of text.matchAll(/(\w)at/g)) {
  console.log(m[0], m[1], m.index);
}
const dates = "2020-01-02 and 2021-03-04";
const years = [...dates.matchAll(/(?<year>\d{4})-\d\d-\d\d/g)].map(m => m.groups.year);
console.log(years);
try {
  text.matchAll(/at/);
} catch (e) {
  console.log(e.name);
}
