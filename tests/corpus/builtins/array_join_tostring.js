// join with separators, nulls and nested arrays.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "));
console.log([null, undefined, 0, "", false].join("|"));
console.log([[1, 2], [3, [4]]].join(";"));
console.log(String([1, [2, [3]]]), [].join(), [5].join("x"));
console.log(Array(4).join("ab"));
console.log(["a", "b"].toString(), `${["c", "d"]}`);
