// Timers run after the synchronous code, shortest delay first.
console.log("start");
setTimeout(() => console.log("timeout 50"), 50);
setTimeout(() => console.log("timeout 0"), 0);
setTimeout(() => console.log("timeout 20"), 20);
setTimeout(() => console.log("timeout with no delay"));
console.log("end of script");
