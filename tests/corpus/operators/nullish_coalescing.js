// ?? only falls back for null and undefined, unlike ||.
const values = [0, "", false, NaN, null, undefined, "x"];
for (const v of values) {
  console.log(String(v).padEnd(9), "??:", v ?? "default", "  ||:", v || "default");
}
const settings = { volume: 0, title: "" };
console.log(settings.volume ?? 50, settings.volume || 50);
console.log(settings.missing ?? "none");
console.log((null || undefined) ?? "chained");
