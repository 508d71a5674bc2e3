console.log(String.fromCharCode(0xD800), 'a\uD83D' + '\uDE00b', unescape('%uD800'));
console.error(String.fromCharCode(0xDC00));
console.log([String.fromCharCode(0xD800)]);
