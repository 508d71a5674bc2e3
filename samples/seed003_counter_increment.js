// Title: counter and increment
// Group: From the documents
// Source: 003_3010180b8234598b.txt, "Let's consider the following code", example 1
// Summary: counter(0) returns increment, which keeps adding to currentValue: 1, 3, 6.
// Watch: var incrementCounter = counter(0) creates an execution context whose Local Memory holds initValue = 0, currentValue = 0 and increment.
// Watch: counter returns and its execution context is destroyed, but currentValue stays in the backpack ([[scope]]) of increment, reachable from Global Memory through incrementCounter. initValue and increment are dimmed there: no function uses them, so a real engine (V8) does not keep them.
// Watch: Each incrementCounter(step) call has its own Local Memory with step; currentValue += step changes the backpack.

function counter(initValue) {
    
    var currentValue = initValue;
    
    var increment = function(step) {
        
        currentValue += step;  // predict
        console.log('currentValue = ' + currentValue);  // predict
        
    };
    
    return increment;
}

var incrementCounter = counter(0);  // predict

incrementCounter(1);
incrementCounter(2);
incrementCounter(3);
