// BigInt results beyond V8's 2**30 bits throw a catchable RangeError; a negative exponent has V8's odd message
try { 2n ** -1n; } catch (e) { console.log(e.name + ": " + e.message); }
try { 1n << (2n ** 64n); } catch (e) { console.log(e.name + ": " + e.message); }
try { 2n ** (2n ** 64n); } catch (e) { console.log(e.name + ": " + e.message); }
try { 1n >> -(2n ** 40n); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(0n << (2n ** 64n), 1n ** (2n ** 64n), (-1n) ** (2n ** 64n + 1n), 5n >> (2n ** 64n), (-5n) >> 100n);
console.log((3n << 100n).toString().length, 7n ** 20n, -(2n ** 63n) >> 3n);
