// %i and %f read their argument as parseInt and parseFloat do: ASCII digits
// only, an exponent only when complete, Infinity by name.
console.log("%i|%i|%i|%i", "1" + "0".repeat(301), "0x" + "f".repeat(260), "-0", " 12px");
console.log("%f|%f|%f|%f", "\u0663", "1e", ".5e-3x", "-Infinityx");
console.log("%i|%f|%f|%f", "\u0663", "+.e1", "\u00a0\u2028 7.25e+2 ", "1" + "0".repeat(400));
console.log("%f %f %f", 1.5, -0, { toString: function () { return "2.5"; } });
