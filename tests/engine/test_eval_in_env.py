"""Code compiled against a live scope chain: ``Interpreter.eval_in_env`` (the console's "evaluate at a
step") and direct eval, which share it."""
from __future__ import annotations

import pytest

from explorer.engine import Interpreter, run_source
from explorer.engine.hooks import Hooks
from explorer.engine.values import JSThrow, UNDEFINED

COUNTER = """\
function makeCounter() {
  let counter = 0;
  function increment(num) {
    counter += num;
    return counter;
  }
  return increment;
}
const inc = makeCounter();
inc(1);
inc(2);
"""


class EvalAtLine(Hooks):
    """Evaluates entries when a statement of a given line (the n-th time) is about to run."""

    def __init__(self, line: int, entries, nth: int = 1):
        self.line, self.entries, self.nth = line, entries, nth
        self.results: dict = {}
        self.interp = None
        self.busy = False

    def program_start(self, interp, global_env):
        self.interp = interp

    def statement(self, node, env):
        if self.busy or node.loc.source is not None or node.loc.start.line != self.line:
            return
        self.nth -= 1
        if self.nth:
            return
        self.busy = True
        try:
            for src in self.entries:
                try:
                    v = self.interp.eval_in_env(src, env)
                    self.results[src] = v if v is UNDEFINED else self.interp.inspect(v)
                except JSThrow as e:
                    self.results[src] = "threw " + self.interp.error_text(e.js_value(self.interp.realm))
        finally:
            self.busy = False


def test_evaluating_in_a_closure_call_sees_its_backpack_and_parameters():
    hooks = EvalAtLine(4, ["counter", "num", "counter + num", "typeof makeCounter", "missing"], nth=2)
    r = Interpreter(COUNTER, hooks=hooks).run()
    assert r.exit_code == 0
    assert hooks.results == {"counter": "1", "num": "2", "counter + num": "3", "typeof makeCounter": "'function'",
                             "missing": "threw ReferenceError: missing is not defined"}


def test_a_var_declared_at_a_step_lands_in_that_function_and_let_does_not():
    src = "function f(a) {\n  const b = a + 1;\n  return b;\n}\nconsole.log(f(1));\n"
    hooks = EvalAtLine(3, ["var extra = a * 10", "extra + b", "let only = 1; only", "typeof only", "this === globalThis",
                           "b = 5"])
    r = Interpreter(src, hooks=hooks).run()
    assert hooks.results["extra + b"] == "12"
    assert hooks.results["let only = 1; only"] == "1" and hooks.results["typeof only"] == "'undefined'"
    assert hooks.results["this === globalThis"] == "true"    # a sloppy function called plainly
    assert hooks.results["b = 5"] == "threw TypeError: Assignment to constant variable."
    assert r.stdout == "2\n"


def test_a_syntax_error_is_a_catchable_syntax_error():
    hooks = EvalAtLine(10, ["inc(", "1 +* 2"])
    Interpreter(COUNTER, hooks=hooks).run()
    assert hooks.results["inc("].startswith("threw SyntaxError")
    assert hooks.results["1 +* 2"] == "threw SyntaxError: Unexpected token '*'"


def test_code_evaluated_in_the_global_scope_after_the_program():
    interp = Interpreter(COUNTER)
    interp.run()
    assert interp.eval_in_env("inc(4)", interp.global_env) == 7.0
    assert interp.eval_in_env("var later = 1; later + 1", interp.global_env) == 2.0
    assert interp.realm.global_object.get("later") == 1.0


@pytest.mark.parametrize("source, out", [
    ('function f() { eval("var x = 1"); return x; }\nconsole.log(f(), typeof x);\n', "1 undefined\n"),
    ('function f() { "use strict"; eval("var x = 1"); return typeof x; }\nconsole.log(f());\n', "undefined\n"),
    ('console.log(eval("1; if (true) { 2 } else 3"), eval("var q = 1"), eval("4; var r = 5"));\n', "2 undefined 4\n"),
    ('function f() { let a = 1; { eval("var a = 2"); } }\ntry { f() } catch (e) { console.log(e.name, e.message) }\n',
     "SyntaxError Identifier 'a' has already been declared\n"),
    ('var x = "global";\nfunction f() { var x = "local"; return [eval("x"), (0, eval)("x"), globalThis.eval("x")]; }\n'
     'console.log(f());\n', "[ 'local', 'global', 'global' ]\n"),
    ('function outer() { eval("var added = 1"); return () => added + 1; }\nconsole.log(outer()());\n', "2\n"),
    ('var o = { x: 1 };\nwith (o) { x = 2; y = 3; }\nconsole.log(o, y);\n', "{ x: 2 } 3\n"),
    ('with ([1, 2]) { console.log(length, typeof values); }\n', "2 undefined\n"),
    ('var o = { who() { return this === o; } };\nwith (o) { console.log(who()); }\n', "true\n"),
    ('try { eval("a b"); } catch (e) { console.log(e instanceof SyntaxError, e.message); }\n',
     "true Unexpected identifier 'b'\n"),
    ('function f() { return eval("arguments.length"); }\nconsole.log(f(1, 2, 3));\n', "3\n"),
])
def test_direct_and_indirect_eval_and_with_as_node(source, out):
    r = run_source(source)
    assert (r.stdout, r.stderr) == (out, "")


def test_refused_code_inside_function_is_reported_at_the_call():
    r = run_source('console.log(1);\nconst f = Function(\'return import("fs")\');\n')
    assert (r.stdout, r.exit_code, r.outcome) == ("1\n", 2, "not-supported")
    assert r.stderr == ("not supported yet: dynamic import() (line 3 of the code given to Function) "
                        "(line 2, column 1)\n")


def test_repl_entries_keep_their_top_level_let_const_and_class_as_node_s_repl():
    interp = Interpreter("let a = 1;\nvar v = 2;\n")
    interp.run()
    g = interp.global_env
    assert interp.eval_in_env("let b = a + 1; const c = 10; class K {}", g, repl=True) is UNDEFINED
    assert interp.eval_in_env("[a, b, c, typeof K].join()", g, repl=True) == "1,2,10,function"
    for src, message in [("let b = 5", "Identifier 'b' has already been declared"),
                         ("let v = 1", "Identifier 'v' has already been declared"),
                         ("c = 11", "Assignment to constant variable.")]:
        with pytest.raises(JSThrow) as info:
            interp.eval_in_env(src, g, repl=True)
        assert interp.error_text(info.value.js_value(interp.realm)).endswith(message)
    assert interp.eval_in_env("function f() { return b * 2 } f()", g, repl=True) == 4.0
    assert interp.eval_in_env("let d = 1", g) is UNDEFINED          # plain eval: d is its own
    with pytest.raises(JSThrow):
        interp.eval_in_env("d", g)
