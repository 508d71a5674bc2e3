// Title: Promises keep state across asynchronous steps
// Group: Patterns
// Summary: Every .then callback closes over the same history array, so each asynchronous step adds to what the earlier steps left.
// Watch: trackOrder(7) creates an execution context whose Local Memory holds orderId and history = []. It returns a promise at once and is destroyed.
// Watch: The three .then callbacks share one backpack ([[scope]]) holding orderId and history; the pending promises and timers keep it alive.
// Watch: Follow the timer queue and the microtask queue: each step resolves a promise that schedules the next callback.

function wait(ms, label) {
  return new Promise(function (resolve) {
    setTimeout(function () { resolve(label); }, ms);
  });
}

function trackOrder(orderId) {
  const history = []; // grows step by step, in the backpack

  return wait(10, 'paid')
    .then(function (status) {
      history.push(status);
      return wait(10, 'packed');
    })
    .then(function (status) {
      history.push(status);
      return wait(10, 'shipped');
    })
    .then(function (status) {
      history.push(status);
      console.log('order ' + orderId + ': ' + history.join(' -> '));
      return history.length;
    });
}

trackOrder(7).then(function (steps) {
  console.log(steps + ' steps, all remembered');
});
console.log('tracking started');
