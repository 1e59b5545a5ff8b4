"""Benchmarks of CloudFormation output: ``sfdsl build`` as a process, and the template of 1,000 states.

Targets (issue: CloudFormation via troposphere):
- ``sfdsl build`` of the largest examples (``plugin_readme_samples.py``: 6 machines, 22
  resources; ``plugin_readme_events.py``: 32 resources), as a whole process, in <= 0.5 s;
- the template of a 1,000-state machine (``template_for`` + ``render(..., "json")``) built
  in-process in <= 100 ms, on the first call (which imports what it needs) and on later ones.

Process times are the minimum of ``--repeat`` runs (the machine's noise only ever adds time), with
the median next to it, like hyperfine's report. The command runs the installed ``sfdsl`` console
script (``python -m sfdsl.cli`` when there is none) with the bytecode cache in place, as after
``pip install``: without ``PYTHONDONTWRITEBYTECODE``, after one warm-up run. A breakdown of the
process's import time (``-X importtime``) is printed below the figure.

Run with ``nox -s bench`` or ``python benchmarks/bench_cfn.py [--repeat N]``; prints one line per
figure and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The largest examples: the most machines and states (6 machines, 24 states) and the most
# resources (32).
EXAMPLES = (
    ROOT / "examples" / "plugin_readme_samples.py",
    ROOT / "examples" / "plugin_readme_events.py",
)
MAX_PROCESS = 0.5
MAX_TEMPLATE = 0.100
# The packages whose import time the breakdown shows, as -X importtime names them.
GROUPS = (
    "sfdsl",
    "sfdsl.cli",
    "typer",
    "pydantic",
    "rich.console",
    "troposphere",
    "sfdsl.cfn",
    "sfdsl._iam",
    "yaml",
)


def command() -> list[str]:
    """The installed ``sfdsl`` script next to this interpreter, else ``python -m sfdsl.cli``."""
    script = Path(sys.executable).with_name("sfdsl")
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "sfdsl.cli"]


def cached_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def process_times(cmd: list[str], repeat: int) -> tuple[float, float, float]:
    """(min, median, min CPU) seconds of *cmd* over *repeat* runs, after one warm-up run.

    The CPU time (user + system, from ``getrusage``) is less moved by other processes competing
    for the cores than the wall time, so it shows what the command costs on a loaded machine.
    """
    env = cached_env()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    runs = []
    cpu = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, capture_output=True)
        runs.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return min(runs), statistics.median(runs), min(cpu)


def import_breakdown(args: list[str]) -> dict[str, float]:
    """Cumulative import seconds of each of :data:`GROUPS` (and of all imports) in one run."""
    cmd = [sys.executable, "-X", "importtime", *command()[1:], *args]
    out = subprocess.run(cmd, check=True, env=cached_env(), capture_output=True, text=True)
    found: dict[str, float] = {"all imports": 0.0}
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, text = line[len("import time:") :].split("|")
        name = text.strip()
        if text.startswith(" ") and not text.startswith("  "):  # a top-level import
            found["all imports"] += int(cumulative) / 1e6
        if name in GROUPS and name not in found:
            found[name] = int(cumulative) / 1e6
    return found


def template_times(n: int, repeat: int) -> tuple[float, float, float, float]:
    """(first, min, median, min CPU) seconds of building and rendering the template of *n* states.

    Runs in a fresh interpreter, so the first call pays for the imports ``template_for`` makes.
    The CPU time (``time.process_time``) of the later calls is less moved by other processes
    than the wall time.
    """
    code = f"""
import sys, time, statistics
sys.path.insert(0, {str(Path(__file__).parent)!r})
from bench_core import machine
from sfdsl.cfn import App, render, template_for
app = App("bench").add(machine({n}))
runs = []
cpu = []
for _ in range({repeat + 1}):
    start, start_cpu = time.perf_counter(), time.process_time()
    render(template_for(app), "json")
    runs.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
print(runs[0], min(runs[1:]), statistics.median(runs[1:]), min(cpu[1:]))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, env=cached_env(), capture_output=True, text=True
    )
    first, best, median, cpu = (float(x) for x in out.stdout.split())
    return first, best, median, cpu


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="runs per figure (default 10)")
    repeat = parser.parse_args().repeat
    ok = True
    bare, _, bare_cpu = process_times([sys.executable, "-c", "pass"], repeat)
    print(f"bare interpreter start: {ms(bare)} (CPU {ms(bare_cpu)})")
    with tempfile.TemporaryDirectory() as tmp:
        for example in EXAMPLES:
            args = ["build", str(example), "-o", str(Path(tmp) / "template.json")]
            best, median, cpu = process_times([*command(), *args], repeat)
            print(
                f"sfdsl build {example.relative_to(ROOT)}: {ms(best)} (median {ms(median)}; "
                f"CPU {ms(cpu)}; target <= {ms(MAX_PROCESS)})"
            )
            ok &= best <= MAX_PROCESS
            parts = import_breakdown(args)
            print(
                "  imports (cumulative, one run, -X importtime): "
                + ", ".join(f"{name} {ms(t)}" for name, t in parts.items())
            )
    first, best, median, cpu = template_times(1_000, repeat)
    print(
        f"template of a 1,000-state machine (template_for + render json): first call {ms(first)}, "
        f"then {ms(best)} (median {ms(median)}; CPU {ms(cpu)}; target <= {ms(MAX_TEMPLATE)})"
    )
    ok &= first <= MAX_TEMPLATE and best <= MAX_TEMPLATE
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
