const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
t(() => [Number('٣'), Number('0x١'), +'１', Number('٣.5'), Number(' 12 '), parseInt('٣'), parseFloat('٣')]);
t(() => { try { return BigInt('٣'); } catch (e) { return e.name; } });
t(() => Reflect.construct(function () {}, [], Math.max));
t(() => Promise.resolve.call(Math.max, 1));
Object.prototype[0] = 'inherited';
t(() => [[, 1].indexOf('inherited'), [, 1].lastIndexOf('inherited'), [, 1].includes('inherited'), [, 1].findIndex(x => x === 'inherited')]);
delete Object.prototype[0];
Array.prototype[1] = 'p';
t(() => [[0, , 2].indexOf('p'), [0, , 2].join()]);
delete Array.prototype[1];
t(() => new Date(0).toLocaleString('en-US', { timeZone: 'Nowhere/Zone' }));
for (const z of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'America/New_York', 'Europe/Paris', 'Asia/Tokyo', 'Mars/Base', '']) {
  t(() => new Date(Date.UTC(2024, 6, 1, 12)).toLocaleString('en-US', { timeZone: z }));
  t(() => new Date(0).toLocaleDateString('en-US', { timeZone: z }));
}
