// The messages of common runtime errors, caught and printed.
const attempts = {
  notDefined: () => notDefinedAnywhere,
  notAFunction: () => { const x = 5; x(); },
  methodMissing: () => { const s = "text"; s.nope(); },
  undefinedProp: () => { let u; return u.y; },
  nullProp: () => null.z,
  constAssign: () => { const c = 1; c = 2; },
  newNonConstructor: () => { const arrow = () => {}; return new arrow(); },
  badInstanceof: () => ({}) instanceof 5,
  symbolToNumber: () => Symbol() + 1,
  setOnUndefined: () => { let u; u.x = 1; },
};
for (const [label, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(label, "did not throw");
  } catch (e) {
    console.log(`${label}: ${e.name}: ${e.message}`);
  }
}
