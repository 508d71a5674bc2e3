// A syntax error anywhere stops the whole script before it runs.
console.log("this line is never printed");
const x = ;
