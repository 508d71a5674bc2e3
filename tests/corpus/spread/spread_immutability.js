// Spread as a tool for immutable updates.
const state = { todos: [{ id: 1, done: false }], filter: "all" };
const next = {
  ...state,
  todos: state.todos.map(t => (t.id === 1 ? { ...t, done: true } : t)),
};
console.log(state.todos[0].done, next.todos[0].done, state.filter === next.filter);
const list = [1, 2, 3];
const withoutSecond = [...list.slice(0, 1), ...list.slice(2)];
const inserted = [...list.slice(0, 1), 1.5, ...list.slice(1)];
console.log(list, withoutSecond, inserted);
const { filter, ...rest } = next;
console.log(filter, Object.keys(rest));
