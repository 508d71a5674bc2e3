function outerFunction() {
  const outerVariable = 'I am from the outer scope';

  function innerFunction() {
    console.log(outerVariable);
  }

  return innerFunction;
}

const closure = outerFunction();
closure(); // "I am from the outer scope"
