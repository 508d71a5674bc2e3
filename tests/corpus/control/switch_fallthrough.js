// Without break, execution falls through into the next case.
function describe(n) {
  const out = [];
  switch (n) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
    default:
      out.push("default");
    case 4:
      out.push("four");
  }
  return out.join(",");
}
for (const n of [1, 2, 3, 4, 5]) console.log(n, describe(n));

function season(month) {
  switch (month) {
    case "dec": case "jan": case "feb": return "winter";
    case "jun": case "jul": case "aug": return "summer";
    default: return "other";
  }
}
console.log(season("jan"), season("jul"), season("apr"));
