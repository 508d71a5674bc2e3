// Functions print with their name, or as anonymous.
function named() {}
const arrow = () => {};
const anonymous = [function () {}, () => {}];
console.log(named, arrow);
console.log(anonymous);
console.log({ method() {}, prop: function () {}, arrowProp: () => {} });
console.log(async function asyncFn() {}, function* gen() {}, async () => {});
console.log(Math.max, [].push);
console.log(named.bind(null));
const withProps = function tagged() {};
withProps.extra = 1;
console.log(withProps);
console.log(String(named));
