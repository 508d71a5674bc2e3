// Dates without time zones: UTC methods and ISO strings only.
const epoch = new Date(0);
console.log(epoch.toISOString(), epoch.getTime());
const ms = Date.UTC(2020, 0, 15, 10, 30, 45, 123);
console.log(ms);
const d = new Date(ms);
console.log(d.toISOString());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(new Date("2021-06-01T12:00:00Z").getTime());
console.log(new Date(Date.UTC(2020, 1, 29)).toISOString().slice(0, 10));
console.log(new Date(Date.UTC(2021, 1, 29)).toISOString().slice(0, 10));
console.log(JSON.stringify({ when: new Date(86400000) }));
console.log(isNaN(new Date("not a date").getTime()));
