"""The trace command: text, JSON (our documented schema) and Online Python Tutor's format."""

from __future__ import annotations

import json

from trace_helpers import SAMPLES

from explorer.cli import main
from explorer.trace.export import FORMAT_VERSION


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["trace", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_format_one_line_per_step(capsys):
    code, out, _ = _run(capsys, str(SAMPLES / "seed001_returning_functions.js"))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("#1 L- program-start ")
    assert any(line.startswith("#7 L16 return createFunction() returns the function `multiplyBy2`.") for line in lines)


def test_text_format_in_devtools_words(capsys):
    _, out, _ = _run(capsys, str(SAMPLES / "seed001_returning_functions.js"), "--terms", "devtools")
    assert "Its stack frame is popped" in out


def test_json_has_version_states_and_narrations(capsys):
    code, out, _ = _run(capsys, str(SAMPLES / "seed001_multiple_closure_instances.js"), "--format", "json")
    d = json.loads(out)
    assert code == 0 and d["version"] == FORMAT_VERSION and d["outcome"] == "completed"
    assert d["step_count"] == len(d["steps"])
    step = d["steps"][8]
    assert step["kind"] == "return" and set(step["narration"]) == {"hard-parts", "spec", "devtools"}
    envs = step["state"]["environments"]
    backpack = [e for e in envs.values() if e["owner"] == "outer() call #1"][0]
    assert backpack["on_stack"] is False and backpack["held_by"]
    counter = backpack["bindings"][0]
    assert counter == {"name": "counter", "kind": "let", "value": {"type": "number", "text": "0"}, "captured": True}
    fn = step["state"]["heap"][str(backpack["held_by"][0])]
    assert fn["scope"] == backpack["id"] and fn["captured"] == ["counter"]


def test_json_reports_the_error(capsys, tmp_path):
    p = tmp_path / "err.js"
    p.write_text("let a = 1;\nnull.f();\n")
    code, out, err = _run(capsys, str(p), "--format", "json", "--no-states")
    d = json.loads(out)
    assert code == 1 and d["outcome"] == "uncaught-error"
    assert d["error"]["message"].startswith("TypeError: Cannot read properties of null")
    assert d["error"]["range"]["start_line"] == 2
    assert "state" not in d["steps"][0]
    assert "TypeError" in err


def test_step_limit_exit_code(capsys, tmp_path):
    p = tmp_path / "loop.js"
    p.write_text("while (true) {}\n")
    code, out, err = _run(capsys, str(p), "--max-steps", "100")
    assert code == 3 and "Stopped after" in err and out.splitlines()[-1].split()[2] == "program-end"


def test_syntax_error_exit_code(capsys, tmp_path):
    p = tmp_path / "bad.js"
    p.write_text("let = ;\n")
    code, out, err = _run(capsys, str(p))
    assert code == 1 and out == "" and err.startswith(f"{p}:1\nlet = ;\n")
    assert main(["run", str(p)]) == 1
    assert capsys.readouterr().err == err      # reported as `run` reports it


def test_opt_format_backpacks_are_zombie_frames(capsys):
    code, out, _ = _run(capsys, str(SAMPLES / "seed001_multiple_closure_instances.js"), "--format", "opt")
    d = json.loads(out)
    assert code == 0 and d["code"].startswith("// Title")
    points = d["trace"]
    # after both factories ran: two zombie frames, each the parent of one incrementCounter
    last = points[-2]
    assert last["ordered_globals"] == ["myNewFunction", "anotherFunction", "outer"]
    zombies = [f for f in last["stack_to_render"] if f["is_zombie"]]
    assert len(zombies) == 2 and {z["encoded_locals"]["counter"] for z in zombies} == {2}
    for name in ("myNewFunction", "anotherFunction"):
        ref = last["globals"][name]
        assert ref[0] == "REF"
        fn = last["heap"][str(ref[1])]
        assert fn[0] == "JS_FUNCTION" and fn[1] == "incrementCounter"
        assert fn[4] in {z["frame_id"] for z in zombies}
    a, b = (last["heap"][str(last["globals"][n][1])][4] for n in ("myNewFunction", "anotherFunction"))
    assert a != b
    # while outer() runs, its frame is on the stack, not a zombie
    call = [p for p in points if p["event"] == "call" and p["func_name"] == "outer"][0]
    assert [f["is_zombie"] for f in call["stack_to_render"]] == [False]


def test_opt_format_released_backpack_leaves_the_frames(capsys):
    _, out, _ = _run(capsys, str(SAMPLES / "pitfall_large_array_retained.js"), "--format", "opt")
    points = json.loads(out)["trace"]
    with_lookup = [i for i, p in enumerate(points) if any(f["is_zombie"] for f in p["stack_to_render"])]
    assert with_lookup
    after = points[with_lookup[-1] + 1]
    assert after["globals"]["findSquare"] == ["JS_SPECIAL_VAL", "null"]
    assert not any(f["is_zombie"] for f in after["stack_to_render"])
    assert not any(v[0] == "JS_FUNCTION" and v[1] == "lookup" for v in after["heap"].values())


def test_json_of_a_long_run_leaves_states_and_narration_out_and_says_so(capsys, tmp_path, monkeypatch):
    """A million steps with states is gigabytes: past LONG_JSON_STEPS the JSON keeps index, kind, range and depth,
    and --full brings the rest back."""
    from explorer import cli

    monkeypatch.setattr(cli, "LONG_JSON_STEPS", 500)
    p = tmp_path / "loop.js"
    p.write_text("let c = 0;\nfor (let i = 0; i < 200; i++) {\n  c++;\n}\nconsole.log(c);\n", encoding="utf-8")
    code, out, err = _run(capsys, str(p), "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["step_count"] == len(doc["steps"]) > 500
    assert "more than 500" in err and "--full" in err
    assert all(set(s) == {"index", "kind", "range", "depth"} for s in doc["steps"])
    code, out, err = _run(capsys, str(p), "--format", "json", "--full")
    full = json.loads(out)
    assert code == 0 and err == "" and [s["kind"] for s in full["steps"]] == [s["kind"] for s in doc["steps"]]
    assert all("state" in s and "narration" in s for s in full["steps"])
