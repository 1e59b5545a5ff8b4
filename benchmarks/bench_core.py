"""Benchmarks of the DSL core: reading, validating and writing ASL of many shapes, and start-up.

Targets (issues: the typed DSL core; the core as declared data):
- for each shape of :data:`SHAPES` (plain chain, Choice-heavy chain, wide Parallel, deep
  nesting, Map bodies, many Catch targets, JSONata machine), ``StateMachine.from_asl`` of the
  ASL text plus ``to_json(indent=None)``: 1,000 states in <= 50 ms, and 10,000 states in <= 12x
  the 1,000-state time (no quadratic step);
- a 1,000-state machine built in Python (Task/Pass/Choice chain with Retry/Catch), validated and
  serialized in <= 50 ms, and 10,000 states in <= 12x that time;
- ``sfdsl build`` of the 1,000-state plain chain (an ASL file) as a whole process in <= 0.25 s;
- ``python -c "import sfdsl"`` in <= 150 ms, without importing troposphere, awacs, jsonata, typer
  or cattrs.

Times are the minimum of several runs (the machine's noise only ever adds time); the median and
the CPU time are printed next to it. Processes run with the bytecode cache in place, as after
``pip install`` (which compiles it): without ``PYTHONDONTWRITEBYTECODE``, after one warm-up run
that writes the cache.

Next to the 12x target the script prints what explains the ratio: the same builds with the
garbage collector paused, the collector's own time, and a yardstick with no sfdsl code (plain
attrs objects built in the same proportion).

Run with ``nox -s bench`` or ``python benchmarks/bench_core.py [--repeat N]``; prints one line
per figure and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import attrs
from bench_cfn import cached_env, command, import_breakdown, process_times

from sfdsl import Catch, Chain, Choice, Fail, Pass, Retry, StateMachine, States, Succeed, Task, Var


def build(n: int, *, indent: int | None = None) -> str:
    """Build, validate and serialize a machine of about *n* states; return its JSON."""
    return machine(n).to_json(indent=indent)


def machine(n: int) -> StateMachine:
    """A validated machine of about *n* states: a chain of Task (Retry, Catch), Pass and Choice."""
    fail = Fail("Failed", error="Boom")
    chain: Pass | Chain = Pass("S0", result={"i": 0}, result_path="$.counter")
    count = 1
    i = 0
    while count < n - 2:
        i += 1
        task = (
            Task(
                f"T{i}",
                resource="arn:aws:states:::lambda:invoke",
                parameters={"FunctionName": "worker", "Payload.$": "$"},
                result_path=f"$.r{i}",
            )
            .retry(Retry([States.TaskFailed], interval_seconds=1, max_attempts=3, backoff_rate=2.0))
            .catch(Catch([States.ALL], next=fail, result_path="$.error"))
        )
        step = Pass(f"P{i}", result={"ok": True}, result_path=f"$.p{i}")
        after = Pass(f"N{i}")
        choice = Choice(f"C{i}").when(Var(f"$.p{i}.ok") == True, after).otherwise(fail)  # noqa: E712
        chain = chain.next(task).next(step).next(choice)
        count += 4
    return StateMachine(chain.next(Succeed("Done")), name="Bench")


# --------------------------------------------------------------------------- ASL shapes

Asl = dict[str, Any]
FN = "arn:aws:lambda:us-east-1:123456789012:function:work"


def _link(names: list[str], bodies: list[Asl]) -> dict[str, Asl]:
    """The states *names* with *bodies*, each going to the next; the last one ends."""
    out: dict[str, Asl] = {}
    for i, (name, body) in enumerate(zip(names, bodies, strict=True)):
        if body["Type"] in ("Choice", "Succeed", "Fail"):
            out[name] = body
        elif i + 1 < len(names):
            out[name] = {**body, "Next": names[i + 1]}
        else:
            out[name] = {**body, "End": True}
    return out


def _task(i: int) -> Asl:
    return {"Type": "Task", "Resource": FN, "ResultPath": f"$.r{i}"}


def _pass(i: int) -> Asl:
    return {"Type": "Pass", "Result": {"v": i}, "ResultPath": f"$.p{i}"}


def _work(i: int) -> Asl:
    """Task and Pass states in turn, each writing its own ``ResultPath``."""
    return _task(i) if i % 2 else _pass(i)


def chain(n: int) -> Asl:
    """*n* Task and Pass states in a row."""
    names = [f"S{i}" for i in range(n)]
    return {"StartAt": names[0], "States": _link(names, [_work(i) for i in range(n)])}


def choice_chain(n: int) -> Asl:
    """:func:`chain` with a Choice on ``$.x`` every 10 states (both ways lead on)."""
    names = [f"S{i}" for i in range(n)]
    bodies = []
    for i in range(n):
        if i % 10 == 9 and i + 1 < n:
            rule = {"Variable": "$.x", "StringEquals": "a", "Next": names[i + 1]}
            bodies.append({"Type": "Choice", "Choices": [rule], "Default": names[i + 1]})
        else:
            bodies.append(_work(i))
    return {"StartAt": names[0], "States": _link(names, bodies)}


def wide_parallel(n: int) -> Asl:
    """One Parallel with (n - 2) / 2 branches of a Task and a Pass, then a Succeed."""
    branches = [
        {"StartAt": f"B{b}T", "States": _link([f"B{b}T", f"B{b}P"], [_task(b), _pass(b)])}
        for b in range((n - 2) // 2)
    ]
    fan = {"Type": "Parallel", "Branches": branches, "Next": "Done"}
    return {"StartAt": "Fan", "States": {"Fan": fan, "Done": {"Type": "Succeed"}}}


DEPTH = 8
"""Levels of :func:`deep_nesting`: the service documents no nesting limit (see the docs)."""


def _level(prefix: str, depth: int) -> Asl:
    """A Pass, then a Parallel (odd depths) or an inline Map (even) holding the next level."""
    names = [f"{prefix}L{depth}P", f"{prefix}L{depth}N"]
    if depth == 1:
        return {"StartAt": names[0], "States": _link(names, [_pass(depth), _task(depth)])}
    inner = _level(prefix, depth - 1)
    nested: Asl = (
        {"Type": "Parallel", "Branches": [inner], "ResultPath": None}
        if depth % 2
        else {
            "Type": "Map",
            "ItemsPath": "$.items",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, **inner},
            "ResultPath": None,
        }
    )
    return {"StartAt": names[0], "States": _link(names, [_pass(depth), nested])}


def deep_nesting(n: int) -> Asl:
    """Blocks of :data:`DEPTH` levels (Parallel in Map in Parallel ...) in a row."""
    names = [f"D{b}" for b in range(max(1, n // (2 * DEPTH + 1)))]
    bodies = [
        {"Type": "Parallel", "Branches": [_level(name, DEPTH)], "ResultPath": None}
        for name in names
    ]
    return {"StartAt": names[0], "States": _link(names, bodies)}


def map_bodies(n: int) -> Asl:
    """Inline Maps in a row, each iterating 8 Task and Pass states over ``$.items``."""
    names = [f"M{m}" for m in range(n // 9)]
    bodies = []
    for m, name in enumerate(names):
        inner = [f"{name}S{i}" for i in range(8)]
        processor = {
            "ProcessorConfig": {"Mode": "INLINE"},
            "StartAt": inner[0],
            "States": _link(inner, [_work(i) for i in range(8)]),
        }
        bodies.append(
            {
                "Type": "Map",
                "ItemsPath": "$.items",
                "ItemSelector": {"item.$": "$$.Map.Item.Value"},
                "MaxConcurrency": 10,
                "ItemProcessor": processor,
                "ResultPath": f"$.m{m}",
            }
        )
    return {"StartAt": names[0], "States": _link(names, bodies)}


CATCHES = 4


def many_catch(n: int) -> Asl:
    """Tasks in a row, each with a Retry and :data:`CATCHES` Catch rules to its own handlers."""
    units = n // (CATCHES + 1)
    states: dict[str, Asl] = {}
    for u in range(units):
        tail = {"Next": f"T{u + 1}"} if u + 1 < units else {"End": True}
        catches = [
            {"ErrorEquals": [f"Error{c}"], "Next": f"T{u}H{c}", "ResultPath": f"$.e{c}"}
            for c in range(CATCHES)
        ]
        retry = [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2}]
        states[f"T{u}"] = {**_task(u), "Retry": retry, "Catch": catches, **tail}
        for c in range(CATCHES):
            states[f"T{u}H{c}"] = {**_pass(c), **tail}
    return {"StartAt": "T0", "States": states}


def jsonata(n: int) -> Asl:
    """A JSONata machine: Tasks with Arguments and Assign, Pass states, a Choice every 5."""
    names = [f"J{i}" for i in range(n)]
    bodies: list[Asl] = []
    for i in range(n):
        if i % 5 == 4 and i + 1 < n:
            rule = {"Condition": f"{{% $v{i - 1} > {i} %}}", "Next": names[i + 1]}
            bodies.append({"Type": "Choice", "Choices": [rule], "Default": names[i + 1]})
        elif i % 2:
            arguments = {"id": "{% $states.input.id %}", "n": i}
            assign = {f"v{i}": "{% $states.result.count %}"}
            task = {"Type": "Task", "Resource": FN, "Arguments": arguments, "Assign": assign}
            bodies.append({**task, "Output": "{% $states.input %}"})
        else:
            bodies.append({"Type": "Pass", "Output": {"step": i, "id": "{% $states.input.id %}"}})
    return {"QueryLanguage": "JSONata", "StartAt": names[0], "States": _link(names, bodies)}


SHAPES: Mapping[str, Callable[[int], Asl]] = {
    "plain chain": chain,
    "Choice-heavy chain": choice_chain,
    "wide Parallel": wide_parallel,
    f"deep nesting ({DEPTH} levels)": deep_nesting,
    "Map bodies": map_bodies,
    f"many Catch targets ({CATCHES} per Task)": many_catch,
    "JSONata machine": jsonata,
}
"""Machine shapes by name: each function gives the ASL of about *n* states."""


def count_states(asl: Asl) -> int:
    """The states of *asl*, those of its branches and Map bodies included."""
    total = 0
    for state in asl["States"].values():
        total += 1
        for branch in state.get("Branches", ()):
            total += count_states(branch)
        for key in ("ItemProcessor", "Iterator"):
            if key in state:
                total += count_states(state[key])
    return total


def read_and_write(text: str) -> str:
    """``from_asl`` of ASL *text* and ``to_json`` of the machine: the timed work of a shape."""
    return StateMachine.from_asl(text).to_json(indent=None)


def timed_text(text: str, repeat: int) -> Timing:
    """Time :func:`read_and_write` of *text* over *repeat* runs, each after ``gc.collect()``."""
    runs = []
    cpu = []
    for _ in range(repeat):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        read_and_write(text)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(min(runs), statistics.median(runs), min(cpu))


HEAVY = ("troposphere", "awacs", "jsonata", "typer", "cattrs")
"""Packages ``import sfdsl`` must not import: only the commands and modules that need them do."""


class Timing(NamedTuple):
    """Seconds of one figure: wall time (min and median of the runs) and CPU time (min)."""

    best: float
    median: float
    cpu: float


def timed(n: int, repeat: int, *, indent: int | None = None, gc_paused: bool = False) -> Timing:
    """Time :func:`build` of *n* states over *repeat* runs, each started after ``gc.collect()``.

    With *gc_paused*, the cyclic garbage collector is off during each run, as ``timeit`` does by
    default: that figure shows how the work itself grows, without the collector's full passes.
    """
    runs = []
    cpu = []
    for _ in range(repeat):
        gc.collect()
        if gc_paused:
            gc.disable()
        start, start_cpu = time.perf_counter(), time.process_time()
        build(n, indent=indent)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        gc.enable()
    return Timing(min(runs), statistics.median(runs), min(cpu))


@attrs.frozen
class _Item:
    number: int
    text: str
    pair: tuple[int, str]


def _reference(n: int) -> dict[str, _Item]:
    """Twenty small frozen objects per state, kept in a dict: object building with no sfdsl code."""
    return {f"k{i}": _Item(i, f"s{i}", (i, "x")) for i in range(20 * n)}


def reference_ratio() -> tuple[float, float]:
    """CPU seconds of :func:`_reference` for 1,000 and 10,000, the garbage collector paused.

    A yardstick for the 10x target: how this machine and interpreter scale plain object
    building, with no sfdsl code involved.
    """
    best = []
    for n, repeat in ((1_000, 15), (10_000, 5)):
        runs = []
        for _ in range(repeat):
            gc.collect()
            gc.disable()
            start = time.process_time()
            _reference(n)
            runs.append(time.process_time() - start)
            gc.enable()
        best.append(min(runs))
    return best[0], best[1]


def gc_work(n: int) -> tuple[float, list[int]]:
    """CPU seconds of the garbage collector in one :func:`build` of *n* states, and its runs.

    The runs are counted per generation: ``[young, middle, full]``.
    """
    counts = [0, 0, 0]
    spent = [0.0]
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            counts[info["generation"]] += 1
            spent[0] += time.process_time() - started[0]

    gc.collect()
    gc.callbacks.append(callback)
    try:
        build(n)
    finally:
        gc.callbacks.remove(callback)
    return spent[0], counts


def import_time(repeat: int = 15) -> dict[str, tuple[float, float, float]]:
    """(min, median, min CPU) seconds of ``python -c "import sfdsl"`` and of a bare start."""
    return {
        "sfdsl": process_times([sys.executable, "-c", "import sfdsl"], repeat),
        "bare": process_times([sys.executable, "-c", "pass"], repeat),
    }


def heavy_imports() -> list[str]:
    """The packages of :data:`HEAVY` that ``import sfdsl`` imports (should be none)."""
    code = f"import sys, sfdsl; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.split()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds * 1000:,.0f} ms"


def verdict(met: bool) -> str:
    """``met`` or ``MISSED``: each figure with a target says which, next to it."""
    return "met" if met else "MISSED"


BUILD_FLOOR = ("typer", "attrs", "troposphere.stepfunctions", "troposphere.iam", "awacs.aws")
"""What ``sfdsl build`` cannot do without: the command line, the model's attrs, and the
troposphere/awacs classes of a state machine and its role. Importing them in a bare interpreter is
the least time the command can take, whatever sfdsl does."""

BUILD_HEAVY = ("pydantic", "rich", "jsonata", "botocore")
"""Packages ``sfdsl build`` of an ASL (JSON) file needs none of."""

_PHASES = """
import sys, time
start = time.perf_counter()
marks = []
def mark(name):
    marks.append((name, time.perf_counter()))
import sfdsl.cli
mark("import sfdsl.cli (sfdsl, typer)")
from sfdsl._target import load_target
target = load_target(sys.argv[1])
mark("read the ASL file (from_asl)")
sfdsl.cli._check_definition_sizes(target)
mark("definition quota check (to_asl)")
from sfdsl import cfn
mark("import sfdsl.cfn (troposphere, awacs, IAM)")
template = cfn.template_for(target.obj, parameters={})
mark("template_for")
cfn.render(template, "json")
mark("render JSON")
previous = start
for name, at in marks:
    print(f"{name}\t{at - previous}")
    previous = at
print(f"heavy\t{' '.join(m for m in sys.argv[2:] if m in sys.modules)}")
"""


def build_phases(source: Path, repeat: int) -> tuple[dict[str, float], list[str]]:
    """Seconds of each step of ``sfdsl build`` of *source* in a fresh process (minimum of the runs),
    and which packages of :data:`BUILD_HEAVY` it imported."""
    best: dict[str, float] = {}
    heavy: list[str] = []
    for _ in range(repeat + 1):
        out = subprocess.run(
            [sys.executable, "-c", _PHASES, str(source), *BUILD_HEAVY],
            check=True,
            env=cached_env(),
            capture_output=True,
            text=True,
        ).stdout
        for line in out.splitlines():
            name, value = line.split("\t")
            if name == "heavy":
                heavy = value.split()
            else:
                best[name] = min(best.get(name, float("inf")), float(value))
    return best, heavy


MAX_1K = 0.050
MAX_RATIO = 12.0
MAX_BUILD_PROCESS = 0.25
MAX_IMPORT = 0.150


def validation_cpu(text: str, repeat: int) -> float:
    """Minimum CPU seconds of the whole-graph checks alone (``validate_graph``) of ASL *text*."""
    from sfdsl._validate import validate_graph

    graph = StateMachine.from_asl(text).graph
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        validate_graph(graph)
        runs.append(time.process_time() - start)
    return min(runs)


def shape_lines(repeat: int) -> tuple[list[str], bool]:
    """One line per shape of :data:`SHAPES`, and whether every shape met its targets."""
    ok = True
    lines = []
    for name, make in SHAPES.items():
        small, large = json.dumps(make(1_000)), json.dumps(make(10_000))
        t1k = timed_text(small, repeat)
        t10k = timed_text(large, max(3, repeat // 5))
        v1k, v10k = validation_cpu(small, repeat), validation_cpu(large, max(3, repeat // 5))
        ratio = t10k.best / t1k.best
        ok &= t1k.best <= MAX_1K and ratio <= MAX_RATIO
        lines.append(
            f"{name}: {count_states(json.loads(small)):,} states {ms(t1k.best)} (median "
            f"{ms(t1k.median)}; CPU {ms(t1k.cpu)}, of which checks {ms(v1k)}) "
            f"{verdict(t1k.best <= MAX_1K)}, "
            f"{count_states(json.loads(large)):,} states {ms(t10k.best)} (CPU {ms(t10k.cpu)}, "
            f"checks {ms(v10k)}) = {ratio:.1f}x (CPU {t10k.cpu / t1k.cpu:.1f}x, checks "
            f"{v10k / v1k:.1f}x) {verdict(ratio <= MAX_RATIO)}"
        )
    return lines, ok


def profile_lines(shape: str, runs: int = 5, top: int = 12) -> list[str]:
    """Where :func:`read_and_write` of the 1,000-state *shape* spends its time, under cProfile.

    One line per module (its own time, as a share of the whole), then the functions with the most
    time of their own. cProfile slows the calls down several times, so the shares are what to
    read, not the milliseconds.
    """
    import collections
    import cProfile
    import pstats

    (name,) = (n for n in SHAPES if n.startswith(shape))
    text = json.dumps(SHAPES[name](1_000))
    read_and_write(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        read_and_write(text)
    profiler.disable()
    stats: Any = pstats.Stats(profiler).stats  # {(file, line, function): (cc, nc, tt, ct, callers)}
    by_module: collections.Counter[str] = collections.Counter()
    by_function: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    for (file, line, function), (_, _, own, with_calls, _) in stats.items():
        module = _module_of(file, function)
        by_module[module.split("/")[0] if "sfdsl" not in module else module] += own
        by_function[module if module == function else f"{module}:{line} {function}"] += own
        if module.startswith("sfdsl/"):
            inclusive[f"{module}:{line} {function}"] += with_calls
    total = sum(by_module.values())
    lines = [f"{name}, 1,000 states, {runs} runs under cProfile: {ms(total / runs)} per run"]
    lines += [f"  {t / total:5.1%}  {m}" for m, t in by_module.most_common(top)]
    lines.append("  functions with the most time of their own:")
    lines += [f"  {t / total:5.1%}  {f}" for f, t in by_function.most_common(top)]
    lines.append("  sfdsl functions with the most time, calls included (nested ones overlap):")
    lines += [f"  {t / total:5.1%}  {f}" for f, t in inclusive.most_common(top)]
    return lines


def _module_of(file: str, function: str) -> str:
    """A short name for *file*: sfdsl/_x.py, package/module.py, or the built-in *function*."""
    if file == "~":
        return function  # a built-in function, such as <built-in method builtins.isinstance>
    parts = Path(file).parts
    for top in ("site-packages", "sfdsl"):
        if top in parts:
            start = parts.index(top) + (top == "site-packages")
            return "/".join(parts[start:])
    return Path(file).name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=15, help="runs per 1,000-state figure (default 15)"
    )
    parser.add_argument(
        "--profile",
        metavar="SHAPE",
        action="append",
        help="only profile the 1,000-state shape whose name starts with SHAPE (repeatable), "
        "e.g. --profile JSONata --profile 'many Catch'",
    )
    args = parser.parse_args()
    if args.profile:
        for shape in args.profile:
            print("\n".join(profile_lines(shape)))
        return 0
    repeat = args.repeat
    print(f"load average before the runs: {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)")
    build(200)  # warm caches and imports
    read_and_write(json.dumps(chain(200)))
    ok = True
    print(
        "from_asl + to_json(indent=None) per shape "
        f"(targets: 1,000 states <= {ms(MAX_1K)}; 10,000 states <= {MAX_RATIO:g}x):"
    )
    lines, shapes_ok = shape_lines(repeat)
    for line in lines:
        print(f"  {line}")
    ok &= shapes_ok
    t1k = timed(1_000, repeat)
    t10k = timed(10_000, max(3, repeat // 3))
    pretty = timed(1_000, max(3, repeat // 3), indent=2)
    paused1k = timed(1_000, repeat, gc_paused=True)
    paused10k = timed(10_000, max(3, repeat // 3), gc_paused=True)
    gc1k, gc10k = gc_work(1_000), gc_work(10_000)
    ref1k, ref10k = reference_ratio()
    print(
        f"Python build+validate+serialize 1,000 states: {ms(t1k.best)} (median {ms(t1k.median)}; "
        f"CPU {ms(t1k.cpu)}; target <= {ms(MAX_1K)}; compact JSON) {verdict(t1k.best <= MAX_1K)}"
    )
    ok &= t1k.best <= MAX_1K
    print(
        f"  the same with indented JSON (to_json(indent=2)): {ms(pretty.best)} "
        f"(median {ms(pretty.median)})"
    )
    print(
        f"Python build+validate+serialize 10,000 states: {ms(t10k.best)} (median "
        f"{ms(t10k.median)}; CPU {ms(t10k.cpu)}) = {t10k.best / t1k.best:.1f}x the 1,000-state "
        f"time (CPU {t10k.cpu / t1k.cpu:.1f}x; target <= {MAX_RATIO:g}x) "
        f"{verdict(t10k.best <= MAX_RATIO * t1k.best)}"
    )
    ok &= t10k.best <= MAX_RATIO * t1k.best
    print(
        f"  with the garbage collector paused: 1,000 states {ms(paused1k.best)}, 10,000 states "
        f"{ms(paused10k.best)} = {paused10k.best / paused1k.best:.1f}x "
        f"(CPU {paused10k.cpu / paused1k.cpu:.1f}x)"
    )
    print(
        f"  garbage collector's CPU time in one build: 1,000 states {ms(gc1k[0])} "
        f"(collections per generation {gc1k[1]}), 10,000 states {ms(gc10k[0])} ({gc10k[1]})"
    )
    print(
        f"  reference, no sfdsl code: 20,000 small frozen attrs objects in a dict {ms(ref1k)} CPU, "
        f"200,000 {ms(ref10k)} = {ref10k / ref1k:.1f}x (garbage collector paused)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "chain.asl.json"
        source.write_text(json.dumps(chain(1_000)), encoding="utf-8")
        args = ["build", str(source), "-o", str(Path(tmp) / "template.json")]
        best, median, cpu = process_times([*command(), *args], repeat)
        bare, _, bare_cpu = process_times([sys.executable, "-c", "pass"], repeat)
        floor, _, floor_cpu = process_times(
            [sys.executable, "-c", f"import {', '.join(BUILD_FLOOR)}"], repeat
        )
        print(
            f"sfdsl build of the 1,000-state plain chain (ASL file), whole process: {ms(best)} "
            f"(median {ms(median)}; CPU {ms(cpu)}; bare interpreter start {ms(bare)}, CPU "
            f"{ms(bare_cpu)}; target <= {ms(MAX_BUILD_PROCESS)}) "
            f"{verdict(best <= MAX_BUILD_PROCESS)}"
        )
        ok &= best <= MAX_BUILD_PROCESS
        print(
            f"  floor: python -c 'import {', '.join(BUILD_FLOOR)}' {ms(floor)} (CPU "
            f"{ms(floor_cpu)}), the packages the command needs, before any sfdsl code"
        )
        phases, heavy = build_phases(source, max(3, repeat // 3))
        print(
            "  steps (fresh process, minimum of the runs): "
            + ", ".join(f"{name} {ms(t)}" for name, t in phases.items())
        )
        print(
            f"  packages the build imports that it does not need: {', '.join(heavy) or 'none'} "
            f"(of {', '.join(BUILD_HEAVY)}) {verdict(not heavy)}"
        )
        ok &= not heavy
        parts = import_breakdown(args)
        print(
            "  imports (cumulative, one run, -X importtime): "
            + ", ".join(f"{name} {ms(t)}" for name, t in parts.items())
        )
    imports = import_time(repeat)
    heavy = heavy_imports()
    imp, imp_med, _ = imports["sfdsl"]
    base, _, _ = imports["bare"]
    print(
        f"python -c 'import sfdsl': {ms(imp)} (median {ms(imp_med)}; bare interpreter start "
        f"{ms(base)}; target <= {ms(MAX_IMPORT)}) {verdict(imp <= MAX_IMPORT)}"
    )
    ok &= imp <= MAX_IMPORT
    print(
        f"heavy packages imported by 'import sfdsl': {', '.join(heavy) or 'none'} "
        f"(target: none of {', '.join(HEAVY)}) {verdict(not heavy)}"
    )
    ok &= not heavy
    print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
