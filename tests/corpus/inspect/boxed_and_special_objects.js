// Boxed primitives, dates, regexes and errors inside containers.
console.log([new Number(3), new String("str"), new Boolean(false)]);
console.log(/ab+c/gi, [/x/]);
console.log(new Date(0), [new Date(Date.UTC(2020, 5, 15, 12))]);
console.log({ when: new Date(86400000) });
console.log([null, undefined], { n: null, u: undefined });
console.log([true, false]);
