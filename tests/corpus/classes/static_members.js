// Static methods and fields belong to the class, not to instances.
class Temperature {
  static absoluteZero = -273.15;
  static #created = 0;
  static fromFahrenheit(f) {
    return new Temperature((f - 32) * 5 / 9);
  }
  static get created() {
    return Temperature.#created;
  }
  constructor(celsius) {
    this.celsius = celsius;
    Temperature.#created++;
  }
}
const t = Temperature.fromFahrenheit(212);
new Temperature(0);
console.log(t.celsius, Temperature.absoluteZero, Temperature.created);
console.log(t.fromFahrenheit, typeof Temperature.fromFahrenheit);
class Sub extends Temperature {}
console.log(Sub.absoluteZero, typeof Sub.fromFahrenheit);
class Config {
  static defaults = { debug: false };
  static {
    Config.defaults.debug = true;
    console.log("static block ran");
  }
}
console.log(Config.defaults);
