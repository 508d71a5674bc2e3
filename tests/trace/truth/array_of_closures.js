function mk(v){ let x = v; return () => x }
const arr = [mk(1), mk(2)];
console.log(arr[0](), arr[1]());
