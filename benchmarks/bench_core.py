"""Benchmarks of the DSL core: build + validate + serialize, and import time.

Targets (issue: the typed DSL core):
- 1,000-state machine (Task/Pass/Choice chain with Retry/Catch) built, validated and serialized in <= 50 ms;
- 10,000 states in <= 10x the 1,000-state time (no quadratic step);
- ``python -c "import sfdsl"`` in <= 150 ms.

Run with ``nox -s bench`` or ``python benchmarks/bench_core.py``; prints one line per figure and exits 1
when a target is missed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from sfdsl import Catch, Choice, Fail, Pass, Retry, StateMachine, States, Succeed, Task, Var


def build(n: int, *, indent: int | None = None) -> str:
    """Build, validate and serialize a machine of about *n* states; return its JSON."""
    fail = Fail("Failed", error="Boom")
    chain = Pass("S0", result={"i": 0}, result_path="$.counter")
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
    machine = StateMachine(chain.next(Succeed("Done")), name="Bench")
    return machine.to_json(indent=indent)


def timed(n: int, repeat: int, *, indent: int | None = None) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        build(n, indent=indent)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def import_time(repeat: int = 7) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import sfdsl"], check=True)
        runs.append(time.perf_counter() - start)
    base = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - start)
    return min(runs), min(base)


def main() -> int:
    build(200)  # warm caches and imports
    t1k = timed(1_000, 7)
    t10k = timed(10_000, 3)
    imp, base = import_time()
    ok = True
    pretty = timed(1_000, 5, indent=2)
    print(
        f"build+validate+serialize 1,000 states: {t1k * 1000:.1f} ms (target <= 50 ms; compact JSON)"
    )
    print(f"  the same with indented JSON (to_json(indent=2)): {pretty * 1000:.1f} ms")
    ok &= t1k <= 0.050
    print(
        f"build+validate+serialize 10,000 states: {t10k * 1000:.1f} ms = {t10k / t1k:.1f}x the 1,000-state time (target <= 10x)"
    )
    ok &= t10k <= 10 * t1k
    print(
        f"python -c 'import sfdsl': {imp * 1000:.0f} ms (bare interpreter start: {base * 1000:.0f} ms; target <= 150 ms)"
    )
    ok &= imp <= 0.150
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
