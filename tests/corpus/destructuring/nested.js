// Nested destructuring of objects inside arrays inside objects.
const data = {
  title: "Report",
  authors: [{ name: "Ada", langs: ["en", "fr"] }, { name: "Bob" }],
  meta: { pages: 12, tags: ["a", "b", "c"] },
};
const {
  title,
  authors: [{ name: lead, langs: [, secondLang] }, { name: other, langs = [] }],
  meta: { pages, tags: [firstTag, ...restTags] },
} = data;
console.log(title, lead, secondLang, other, langs, pages, firstTag, restTags);

const [[a, b], [c, [d]]] = [[1, 2], [3, [4]]];
console.log(a + b + c + d);
try {
  const { deep: { value } } = {};
} catch (e) {
  console.log(e.name);
}
