// Template literals keep newlines and understand escapes.
const poem = `Roses are red,
  violets are blue,
closures remember
  their scope for you.`;
console.log(poem);
console.log(poem.split("\n").length);
console.log(`tab:\tend`, `backtick: \``, `dollar: \${not interpolated}`, `$ alone`);
console.log(`unicode: \u00e9 \u{1F600}`.length);
console.log(`line1\
 continued`);
