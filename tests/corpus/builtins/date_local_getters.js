// new Date(y, m, d) uses local time, but reading back with local getters
// gives the same fields whatever the time zone.
const d = new Date(2020, 0, 15);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay());
console.log(d.getHours(), d.getMinutes());
const later = new Date(2020, 0, 15 + 20);
console.log(later.getMonth(), later.getDate());
const overflow = new Date(2021, 12, 1);
console.log(overflow.getFullYear(), overflow.getMonth());
const diff = new Date(2020, 2, 1, 12) - new Date(2020, 1, 1, 12);
console.log(Math.round(diff / 86400000), "days in February 2020");
const copy = new Date(d.getTime());
copy.setDate(copy.getDate() + 1);
console.log(copy.getDate(), d.getDate());
