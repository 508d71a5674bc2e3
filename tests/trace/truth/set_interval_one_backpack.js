function start(){ let ticks = 0; const id = setInterval(() => { ticks++; console.log(ticks); if (ticks === 3) clearInterval(id) }, 10) }
start();
