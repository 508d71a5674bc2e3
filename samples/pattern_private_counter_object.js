// Title: A private counter object: several methods, one backpack
// Group: Patterns
// Summary: All methods of the object close over the same Local Memory, so they share one backpack; each new counter gets its own.
// Watch: makeCounter('clicks') creates an execution context whose Local Memory holds name, count and step.
// Watch: increment, decrement, reset, setStep and report all point to that same backpack ([[scope]]): a change made by one is seen by the others.
// Watch: makeCounter('visits') creates a second, separate backpack. Global Memory holds the two objects, never count.

function makeCounter(name) {
  let count = 0;
  let step = 1;

  return {
    increment: function () { count += step; },
    decrement: function () { count -= step; },
    reset: function () { count = 0; },
    setStep: function (newStep) { step = newStep; },
    report: function () { console.log(name + ': ' + count); }
  };
}

const clicks = makeCounter('clicks');
const visits = makeCounter('visits');

clicks.increment();
clicks.increment();
clicks.report();      // clicks: 2

clicks.setStep(10);   // changes step in the shared backpack...
clicks.increment();   // ...so increment now adds 10
clicks.report();      // clicks: 12

visits.increment();   // a different backpack: its step is still 1
visits.report();      // visits: 1

clicks.reset();
clicks.report();      // clicks: 0
visits.report();      // visits: 1
