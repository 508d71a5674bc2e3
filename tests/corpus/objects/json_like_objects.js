// Working with nested data: reading, updating and counting.
const library = {
  name: "City",
  books: [
    { title: "A", year: 1999, tags: ["fiction"] },
    { title: "B", year: 2005, tags: ["science", "history"] },
    { title: "C", year: 2012, tags: [] },
  ],
};
const recent = library.books.filter(b => b.year > 2000).map(b => b.title);
console.log(recent);
const tagCount = library.books.reduce((n, b) => n + b.tags.length, 0);
console.log(tagCount);
library.books[2].tags.push("art");
console.log(library.books[2]);
const byTitle = Object.fromEntries(library.books.map(b => [b.title, b.year]));
console.log(byTitle);
