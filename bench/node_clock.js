// Preloaded with `node -r`: prints the CPU and wall time of the program, from
// after Node has started to the end of its event loop, on stderr.
const startCpu = process.cpuUsage();
const startWall = process.hrtime.bigint();
process.on("exit", () => {
  const cpu = process.cpuUsage(startCpu);
  const wall = Number(process.hrtime.bigint() - startWall) / 1e9;
  process.stderr.write(`\nBENCH-CLOCK ${(cpu.user + cpu.system) / 1e6} ${wall}\n`);
});
