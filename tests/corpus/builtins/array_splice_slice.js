// splice changes the array in place; slice returns a copy.
const letters = ["a", "b", "c", "d", "e"];
console.log(letters.slice(1, 3), letters.slice(-2), letters.slice(), letters.slice(3, 1));
const removed = letters.splice(1, 2);
console.log(removed, letters);
letters.splice(1, 0, "X", "Y");
console.log(letters);
letters.splice(-1, 1, "Z");
console.log(letters);
const tail = letters.splice(2);
console.log(tail, letters);
const arr = [1, 2, 3];
arr.length = 1;
console.log(arr, arr.length);
arr[4] = 5;
console.log(arr, arr.length);
