 const setCounter = function (num) {
  let counter = 0

  const count = function () {
    counter += num;
    console.log(counter)
  }

  return count
}

const increment = setCounter(2)
increment()
