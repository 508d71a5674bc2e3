// Object spread copies own enumerable properties; later keys win.
const defaults = { theme: "light", size: 12, lang: "en" };
const user = { size: 16, lang: undefined };
const merged = { ...defaults, ...user };
console.log(merged);
const withExtra = { id: 1, ...merged, theme: "dark" };
console.log(withExtra);
console.log({ ..."hi" }, { ...[10, 20] }, { ...null }, { ...undefined }, { ...5 });
const withGetter = {
  get now() {
    return "computed once";
  },
};
const snapshot = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(snapshot, "now").value);
const proto = { inherited: 1 };
console.log({ ...Object.create(proto) });
