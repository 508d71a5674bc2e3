// A realistic nested structure.
const state = {
  user: { id: 7, name: "Ada", roles: ["admin", "editor"] },
  settings: { theme: "dark", notifications: { email: true, sms: false } },
  history: [
    { action: "login", at: 1 },
    { action: "edit", at: 2, details: { field: "title", from: "a", to: "b" } },
  ],
  count: 0,
};
console.log(state);
console.log(state.history);
console.log(Object.entries(state.user));
