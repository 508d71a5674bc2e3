function later(msg){ setTimeout(() => console.log(msg), 10) }
later("hi");
Promise.resolve(1).then(v => console.log(v));
