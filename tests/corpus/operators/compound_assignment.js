// Compound assignment operators, including the logical ones.
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
x <<= 2; console.log(x);
x >>= 1; console.log(x);
x >>>= 1; console.log(x);
x &= 6; console.log(x);
x |= 9; console.log(x);
x ^= 3; console.log(x);
let str = "a";
str += "b";
str += 1;
console.log(str);
