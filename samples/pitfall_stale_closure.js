// Title: A stale closure and its fix
// Group: Pitfalls
// Summary: A value copied into the backpack once goes stale when the original changes; reading the live variable at call time fixes it.
// Watch: makeCounter() creates an execution context whose Local Memory holds count, message and the two functions. message is computed once, when count is 0.
// Watch: increment() changes count in the shared backpack ([[scope]]), but message in the same backpack still says 0: logStale() reads that old string.
// Watch: logFresh() builds its message inside its own execution context, from the current count in the backpack.

function makeCounter() {
  let count = 0;
  const message = 'count is ' + count; // built once, right now

  function increment() {
    count += 1;
  }

  function logStale() {
    console.log('stale: ' + message); // the bug: reads the old snapshot
  }

  function logFresh() {
    console.log('fresh: count is ' + count); // the fix: reads count when called
  }

  return { increment: increment, logStale: logStale, logFresh: logFresh };
}

const counter = makeCounter();
counter.increment();
counter.increment();
counter.increment();

counter.logStale(); // stale: count is 0
counter.logFresh(); // fresh: count is 3
