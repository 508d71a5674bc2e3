// Bitwise operators work on 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1);
console.log(1 << 4, 256 >> 4, -256 >> 4, -256 >>> 28);
console.log(-1 >>> 0, -1 >> 0, (-1 >>> 0).toString(16));
console.log(2 ** 32 | 0, (2 ** 31) | 0, (2 ** 32 + 5) | 0);
console.log(1 << 31, 1 << 32, 3.9 | 0, -3.9 | 0);
console.log(~~"12.7", "7" & "3", null | 5);
const flags = { READ: 1, WRITE: 2, EXEC: 4 };
let perms = flags.READ | flags.EXEC;
console.log(perms, (perms & flags.WRITE) !== 0, (perms & flags.EXEC) !== 0);
perms ^= flags.READ;
console.log(perms.toString(2).padStart(3, "0"));
