// Defaults are only evaluated when needed, and can refer to earlier names.
let evaluated = 0;
const def = label => {
  evaluated++;
  console.log("evaluating default for", label);
  return label;
};
const { a = def("a"), b = def("b") } = { a: "given" };
console.log(a, b, evaluated);
const [x = def("x"), y = x + "!"] = [];
console.log(x, y);
const { n = 1, m = n + 1 } = {};
console.log(n, m);
const { z = "default" } = { z: null };
console.log(z);
