// Tags can build any value: here highlighting and a tiny escaper.
function highlight(strings, ...values) {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? "[" + values[i] + "]" : ""), "");
}
const user = "ada";
const count = 3;
console.log(highlight`User ${user} has ${count} new messages`);

function safe(strings, ...values) {
  const escape = v => String(v).replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return strings.map((s, i) => s + (i < values.length ? escape(values[i]) : "")).join("");
}
console.log(safe`<p>${"<script>"}</p>`);

const upper = (s, ...v) => s.raw.map((x, i) => x + (v[i] !== undefined ? String(v[i]).toUpperCase() : "")).join("");
console.log(upper`a ${"b"} c ${"d"}`);

function same(strings) {
  return strings;
}
const first = [];
for (let i = 0; i < 2; i++) first.push(same`x`);
console.log(first[0] === first[1]);
