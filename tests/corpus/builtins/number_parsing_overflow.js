// Strings and BigInts whose value is beyond the largest double become Infinity
// (parseInt, parseFloat, Number, BigInt -> Number, console.log's %i), never an error.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name + ': ' + e.message);
  }
}

const F = 'f'.repeat(260);
show('parseInt 0x + 260 f', () => parseInt('0x' + F));
show('parseInt -0x + 260 f', () => parseInt('-0x' + F));
show('parseInt radix 16', () => parseInt(F, 16));
show('parseInt 400 nines', () => parseInt('9'.repeat(400)));
show('parseInt 400 nines radix 10', () => parseInt('9'.repeat(400), 10));
show('parseInt 2**1023 in binary', () => parseInt('1' + '0'.repeat(1023), 2));
show('parseInt 1024 ones in binary', () => parseInt('1'.repeat(1024), 2));
show('parseInt 2**1024 in binary', () => parseInt('1' + '0'.repeat(1024), 2));
show('parseInt just below the rounding edge', () => parseInt('f'.repeat(243) + '7' + 'f'.repeat(10), 16));
show('parseInt rounds up to the edge', () => parseInt('f'.repeat(243) + '8', 16));
const radixes = [];
for (let r = 2; r <= 36; r++) {
  const digit = (r - 1).toString(r);
  radixes.push(r + ':' + parseInt(digit.repeat(1100), r) + '/' + parseInt('-' + digit.repeat(30), r));
}
console.log(radixes.join(' '));

show('parseFloat 400 nines', () => parseFloat('9'.repeat(400)));
show('parseFloat 1e400', () => parseFloat('-1e400'));
show('Number 0x + 260 f', () => Number('0x' + F));
show('unary plus 0x + 260 f', () => +('0x' + F));
show('Number 0o + 400 sevens', () => Number('0o' + '7'.repeat(400)));
show('Number 0b + 1100 ones', () => Number('0b' + '1'.repeat(1100)));
show('Number 400 nines', () => Number('9'.repeat(400)));
show('Number 0x edge', () => Number('0x' + 'f'.repeat(243) + '8'));
show('isFinite 0x...', () => isFinite('0x' + F));
show('Math.max', () => Math.max(parseInt('0x' + F), 1));

const big = BigInt('0x' + F);
show('Number(big)', () => Number(big));
show('Number(-big)', () => Number(-big));
show('Number(Object(big))', () => Number(Object(big)));
show('Number(2n ** 1024n)', () => Number(2n ** 1024n));
show('Number(2n ** 1024n - 2n ** 970n)', () => Number(2n ** 1024n - 2n ** 970n));
show('Number(2n ** 1024n - 2n ** 970n - 1n)', () => Number(2n ** 1024n - 2n ** 970n - 1n));
show('big < 1e308', () => big < 1e308);
show('big > Infinity', () => big > Infinity);
show('big == Infinity', () => big == Infinity);
show('big < string of 400 nines', () => big < '9'.repeat(400));
show('BigInt.asIntN(2000, big)', () => Number(BigInt.asIntN(2000, big)));
show('BigInt.asIntN(2**53 - 1, 5n)', () => BigInt.asIntN(2 ** 53 - 1, 5n));
show('BigInt.asIntN(2**53 - 1, -5n)', () => BigInt.asIntN(2 ** 53 - 1, -5n));
show('BigInt.asIntN(8, -129n)', () => BigInt.asIntN(8, -129n));
show('BigInt.asIntN(8, 128n)', () => BigInt.asIntN(8, 128n));
show('BigInt.asUintN(2**53 - 1, 5n)', () => BigInt.asUintN(2 ** 53 - 1, 5n));
show('BigInt.asUintN(2**53 - 1, -5n)', () => BigInt.asUintN(2 ** 53 - 1, -5n));
show('BigInt.asUintN(2**40, -1n)', () => BigInt.asUintN(2 ** 40, -1n));
show('BigInt.asUintN(64, -1n)', () => BigInt.asUintN(64, -1n));
show('BigInt.asUintN(2**53, 5n)', () => BigInt.asUintN(2 ** 53, 5n));

show('length = Infinity', () => { const a = [1]; a.length = Infinity; return a; });
show('length = -Infinity', () => { const a = [1]; a.length = -Infinity; return a; });
show('defineProperty length Infinity', () => Object.defineProperty([1], 'length', {value: Infinity}));
show('Reflect.set length Infinity', () => Reflect.set([1], 'length', Infinity));

console.log('%i|%i|%i', '0x' + F, '-0x' + F, '1' + '0'.repeat(305));
console.log('%i|%i|%i', '-0', '0x1F', ' 12.5');
console.log('%d', '0x' + F);
