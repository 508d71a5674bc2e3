// Found writing the semantics tests: in strict mode, writing a string's own length or index
// is "Cannot assign to read only property"; a property on a symbol crashed the message with
// "Cannot convert a Symbol value to a string".
"use strict";
for (const t of [() => { "abc".length = 1; }, () => { "abc"[0] = "x"; }, () => { "abc"[5] = "x"; }, () => { "abc".foo = 1; },
                 () => { (5).x = 1; }, () => { true.y = 2; }, () => { "abc"["1"] = 2; }, () => { Symbol().d = 1; },
                 () => { Symbol("desc").e = 1; }, () => { "ab".toString = 1; }, () => { 10n.z = 1; }]) {
  try { t(); console.log("ok"); } catch (e) { console.log(e.message); }
}
