"""Benchmarks of the DSL core: build + validate + serialize, and import time.

Targets (issue: the typed DSL core):
- 1,000-state machine (Task/Pass/Choice chain with Retry/Catch) built, validated and serialized in <= 50 ms;
- 10,000 states in <= 10x the 1,000-state time (no quadratic step);
- ``python -c "import sfdsl"`` in <= 150 ms, without importing troposphere, awacs, jsonata, typer
  or cattrs.

Times are the minimum of several runs (the machine's noise only ever adds time); the median is
printed next to it. ``import sfdsl`` is timed with the bytecode cache in place, as after
``pip install`` (which compiles it): the subprocesses run without ``PYTHONDONTWRITEBYTECODE``
after one warm-up run that writes the cache.

Next to the 10x target the script prints what explains the ratio: the same builds with the
garbage collector paused, the collector's own time, and a yardstick with no sfdsl code (plain
attrs objects built in the same proportion).

Run with ``nox -s bench`` or ``python benchmarks/bench_core.py``; prints one line per figure and exits 1
when a target is missed.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from typing import NamedTuple

import attrs

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


def _process(code: str, repeat: int, env: dict[str, str]) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def import_time(repeat: int = 15) -> dict[str, tuple[float, float]]:
    """(min, median) seconds of ``python -c "import sfdsl"`` and of a bare interpreter start."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # One run first writes the bytecode cache.
    subprocess.run([sys.executable, "-c", "import sfdsl"], check=True, env=cached)
    return {
        "sfdsl": _process("import sfdsl", repeat, cached),
        "bare": _process("pass", repeat, cached),
    }


def heavy_imports() -> list[str]:
    """The packages of :data:`HEAVY` that ``import sfdsl`` imports (should be none)."""
    code = f"import sys, sfdsl; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.split()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    build(200)  # warm caches and imports
    t1k = timed(1_000, 15)
    t10k = timed(10_000, 5)
    pretty = timed(1_000, 5, indent=2)
    paused1k = timed(1_000, 15, gc_paused=True)
    paused10k = timed(10_000, 5, gc_paused=True)
    gc1k, gc10k = gc_work(1_000), gc_work(10_000)
    ref1k, ref10k = reference_ratio()
    imports = import_time()
    heavy = heavy_imports()
    ok = True
    print(
        f"build+validate+serialize 1,000 states: {ms(t1k.best)} (median {ms(t1k.median)}; "
        f"CPU {ms(t1k.cpu)}; target <= 50 ms; compact JSON)"
    )
    ok &= t1k.best <= 0.050
    print(
        f"  the same with indented JSON (to_json(indent=2)): {ms(pretty.best)} "
        f"(median {ms(pretty.median)})"
    )
    print(
        f"build+validate+serialize 10,000 states: {ms(t10k.best)} (median {ms(t10k.median)}; "
        f"CPU {ms(t10k.cpu)}) = {t10k.best / t1k.best:.1f}x the 1,000-state time "
        f"(CPU {t10k.cpu / t1k.cpu:.1f}x; target <= 10x)"
    )
    ok &= t10k.best <= 10 * t1k.best
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
    imp, imp_med = imports["sfdsl"]
    base, _ = imports["bare"]
    print(
        f"python -c 'import sfdsl': {imp * 1000:.0f} ms (median {imp_med * 1000:.0f} ms; bare "
        f"interpreter start {base * 1000:.0f} ms; target <= 150 ms)"
    )
    ok &= imp <= 0.150
    print(
        f"heavy packages imported by 'import sfdsl': {', '.join(heavy) or 'none'} "
        f"(target: none of {', '.join(HEAVY)})"
    )
    ok &= not heavy
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
