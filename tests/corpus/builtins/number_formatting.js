// toFixed, toPrecision, toString(radix).
console.log((3.14159).toFixed(2), (2.5).toFixed(0), (1.005).toFixed(2), (10).toFixed(3));
console.log((1234.5678).toFixed(1), (0.000001234).toFixed(8), (-1.5).toFixed(0));
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log((255).toString(16), (255).toString(2), (8).toString(8), (35).toString(36));
console.log((-255).toString(16), (0.5).toString(2), (3.75).toString(2));
console.log(String(1e21), String(123e-20), (1e21).toFixed(2));
console.log((12345.6789).toString(), Number("0x1f"), Number("0b101"), Number("0o17"));
