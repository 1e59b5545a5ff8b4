"""Time writing ASL alone: ``to_asl`` and ``to_json`` of each 1,000-state shape, and a first write.

Each shape of ``bench_core.py`` is read once (``StateMachine.from_asl``); then its ``to_asl()``
and ``to_json(indent=None)`` are timed in the same process, the minimum CPU time of
``--repeat`` runs, each after ``gc.collect()`` and with the garbage collector paused: where its
collections fall depends on everything the process allocated before, and moves a figure by up
to 5 ms from one build of the writer to another (``bench_core.py`` gives the times with it). The first write of a process (which imports
cattrs and generates the unstructure functions of the classes it writes) is timed in fresh
interpreters: the CPU time of ``StateMachine(Pass("A")).to_json()`` after ``import sfdsl``,
the minimum of 9.

Run it from the repository root::

    python benchmarks/bench_write.py
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from bench_core import SHAPES, count_states, ms

from sfdsl import StateMachine

_FIRST_WRITE = """
import time
import sfdsl
from sfdsl import Pass, StateMachine
machine = StateMachine(Pass("A"))
start = time.process_time()
machine.to_json()
print(time.process_time() - start)
"""


def cpu_min(work: Callable[[], Any], repeat: int) -> float:
    """The minimum CPU time of *work* over *repeat* runs, each after ``gc.collect()``, paused."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def first_write(runs: int = 9) -> float:
    """CPU time of the first ``to_json`` in a fresh process, the minimum of *runs*."""
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", _FIRST_WRITE], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="runs per figure (default 30)")
    repeat = parser.parse_args().repeat
    print(f"load average before the runs: {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)")
    print(
        "writing a machine read from ASL, CPU time (garbage collector paused), minimum of the runs:"
    )
    total_asl = total_json = 0.0
    for name, shape in SHAPES.items():
        document = shape(1_000)
        machine = StateMachine.from_asl(json.dumps(document))
        machine.to_json(indent=None)  # the classes' functions are made on the first write
        to_asl = cpu_min(machine.to_asl, repeat)
        to_json = cpu_min(functools.partial(machine.to_json, indent=None), repeat)
        total_asl += to_asl
        total_json += to_json
        print(
            f"  {name} ({count_states(document):,} states): to_asl {ms(to_asl)}, "
            f"to_json {ms(to_json)}"
        )
    print(f"  all shapes: to_asl {ms(total_asl)}, to_json {ms(total_json)}")
    print(f"first write in a fresh process (after import sfdsl): {ms(first_write())}")
    print(f"load average after the runs: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
