// Keys that are not valid identifiers are quoted.
console.log({ "with space": 1, "dash-key": 2, valid_id: 3, $dollar: 4, 123: 5, "": 6 });
console.log({ "quote'key": 1, 'double"key': 2 });
console.log({ café: "unicode key", "a.b": "dot" });
console.log({ null: 1, undefined: 2, class: 3 });
