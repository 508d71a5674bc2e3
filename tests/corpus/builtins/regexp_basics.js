// RegExp: test, exec, flags and source.
const re = /(\d+)-(\d+)/;
console.log(re.test("10-20"), re.test("abc"));
const m = re.exec("range 10-20 ok");
console.log(m[0], m[1], m[2], m.index);
console.log(re.source, re.flags, /x/gimsy.flags);
console.log(/hello/i.test("HELLO"), /^b/m.test("a\nb"), /^b/.test("a\nb"));
console.log(/a.c/.test("a\nc"), /a.c/s.test("a\nc"));
const fromString = new RegExp("\\w+@\\w+\\.com", "i");
console.log(fromString.test("ME@EXAMPLE.COM"), String(fromString));
console.log(/[aeiou]/g.exec("xyz"));
