// Capture counting, named groups, captures reset in repeated groups, and
// class escapes (\d \w \s \p{..}) inside and outside character classes.
function show(re, s) {
  var m = re.exec(s);
  console.log(String(re), m === null ? null : Array.from(m), m && m.groups ? Object.assign({}, m.groups) : "-");
}
show(/(a)|(b)/, "b");
show(/((a)|b)+/, "ab");
show(/(?:(a)|(b))+/, "ab");
show(/(?:(a)|b){2}/, "ab");
show(/(?:(a)|b){1}/, "b");
show(/(?:(a)|b){2,}/, "aab");
show(/(z)((a+)?(b+)?(c))*/, "zaacbbbcac");
show(/(?<x>a)(?<y>[(]b)\k<x>/, "a(ba");
show(/[(](x)\)(?=(y))(?<!(q))/, "(x)y");
show(/\1(a)/, "aa");
show(/(?:[)(]|(\d))*/, "(1)2");
show(/\(\)(a)\\(b)/, "()a\\b");
show(/\d\D\w\W\s\S/, "1a_ \t!x");
show(/[\d\s]+|[^\w]/u, " 12 ");
show(/\p{Lu}\P{Lu}[\p{Nd}x]+/u, "Ab12x3");
show(/[\p{Script=Greek}\d]+/u, "1αβ2");
show(/[\w--\d]+/v, "ab1c");
show(/[\p{L}&&\p{Lu}]+/v, "abCDe");
show(/[\d\q{xy|z}]+/v, "1xyz2y");
show(/[^\d]+/v, "12ab3");
show(/a(?<n>b)(c)(?<m>d)?/, "abc");
try { new RegExp("(?<n>a)(?<n>b)"); } catch (e) { console.log(e.message); }
try { new RegExp("(a))"); } catch (e) { console.log(e.message); }
try { new RegExp("\\k<zz>(?<a>.)"); } catch (e) { console.log(e.message); }
try { new RegExp("[\\d-z]", "u"); } catch (e) { console.log(e.message); }
console.log("a-1 b".match(/[\d-z]+/g), "x1y22".replace(/(\d)+/g, "<$1>"));
