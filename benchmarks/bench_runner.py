"""Benchmarks of the local runner (``sfdsl.run``), side by side with moto's Step Functions executor.

Targets (issue: run workflows locally):
- >= 20,000 state transitions per second on a Pass/Choice loop of 100,000 transitions;
- a Map over 100,000 items under 500 MB peak memory: the peak resident set size (``VmHWM`` on
  Linux, ``ru_maxrss`` elsewhere) of a fresh subprocess that builds the input and runs the Map;
- the same workflows through moto (``mock_aws(config={"stepfunctions": {"execute_state_machine":
  True}})``) at least 20 times slower than through sfdsl, on equal workloads, reported as ratios.

Run with ``nox -s bench`` or ``python benchmarks/bench_runner.py [--repeat N]``; prints one line
per figure (medians of ``--repeat`` runs) and exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from sfdsl import run

LOOP_TRANSITIONS = 100_000
MAP_ITEMS = 100_000
MIN_RATE = 20_000.0
MAX_PEAK_MB = 500.0
MIN_RATIO = 20.0
# moto's executor takes tens of milliseconds per transition, more as the run grows (a single
# 1,000-transition loop took about a minute), so its workloads are kept small.
MOTO_LOOP_TRANSITIONS = 200
MOTO_MAP_ITEMS = 50
MOTO_WAIT_SECONDS = 3
MOTO_POLL_SECONDS = 0.01
ROLE_ARN = "arn:aws:iam::123456789012:role/bench"


def loop_machine(transitions: int) -> dict[str, Any]:
    """A Choice/Pass counter loop that makes exactly *transitions* transitions from ``{"i": 0}``.

    Each round enters Check and Inc; the last round enters Check and Done: ``2 * limit + 2``.
    """
    if transitions % 2 or transitions < 2:
        msg = f"transitions must be an even number >= 2, got {transitions}"
        raise ValueError(msg)
    limit = (transitions - 2) // 2
    return {
        "StartAt": "Check",
        "States": {
            "Check": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.i", "NumericGreaterThanEquals": limit, "Next": "Done"}],
                "Default": "Inc",
            },
            "Inc": {
                "Type": "Pass",
                "Parameters": {"i.$": "States.MathAdd($.i, 1)"},
                "Next": "Check",
            },
            "Done": {"Type": "Succeed"},
        },
    }


MAP_MACHINE: dict[str, Any] = {
    "StartAt": "Each",
    "States": {
        "Each": {
            "Type": "Map",
            "ItemsPath": "$.items",
            "ItemProcessor": {
                "ProcessorConfig": {"Mode": "INLINE"},
                "StartAt": "Double",
                "States": {
                    "Double": {
                        "Type": "Pass",
                        "Parameters": {"v.$": "States.MathAdd($, $)"},
                        "End": True,
                    }
                },
            },
            "ResultSelector": {"count.$": "States.ArrayLength($)", "last.$": "$[-1:]"},
            "End": True,
        }
    },
}

# The service takes at most 256 KiB of input, far less than 100,000 items: a Map over that many
# reads them with an ItemReader (a distributed Map), mocked here by the state's name.
BIG_MAP_MACHINE: dict[str, Any] = {
    "StartAt": "Each",
    "States": {
        "Each": {
            **{k: v for k, v in MAP_MACHINE["States"]["Each"].items() if k != "ItemsPath"},
            "ItemReader": {
                "Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": {"InputType": "JSON"},
                "Parameters": {"Bucket": "bench", "Key": "items.json"},
            },
            "ItemProcessor": {
                **MAP_MACHINE["States"]["Each"]["ItemProcessor"],
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
            },
        }
    },
}

WAIT_MACHINE: dict[str, Any] = {
    "StartAt": "Pause",
    "States": {
        "Pause": {"Type": "Wait", "Seconds": MOTO_WAIT_SECONDS, "Next": "Done"},
        "Done": {"Type": "Pass", "Result": {"waited": True}, "End": True},
    },
}


def verdict(met: bool) -> str:
    """``met`` or ``MISSED``: each figure with a target says which, next to it."""
    return "met" if met else "MISSED"


def median_time(action: Callable[[], object], repeat: int) -> tuple[float, Any]:
    """Median wall time of *repeat* calls of *action*, and the last call's result."""
    times = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def sfdsl_run(
    machine: dict[str, Any],
    data: object,
    max_transitions: int,
    mocks: Any = None,
    machine_type: Any = "EXPRESS",
) -> Any:
    # Express by default: a Standard execution stops at 25,000 history events, fewer than the
    # loop makes (an Express execution's history has no limit).
    result = run(machine, data, max_transitions=max_transitions, type=machine_type, mocks=mocks)
    if result.status != "SUCCEEDED":
        msg = f"sfdsl run ended {result.status}: {result.error}: {result.cause}"
        raise RuntimeError(msg)
    return result


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    On Linux ``VmHWM`` from ``/proc/self/status``: it starts afresh at ``exec``, whereas
    ``ru_maxrss`` keeps the parent's peak at the fork. Elsewhere ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS reports bytes, Linux kilobytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def map_child(items: int) -> None:
    """Run the Map over *items* items in this (fresh) process; print its figures as JSON."""
    mocks = {"Each": list(range(items))}
    before = peak_rss_mb()
    start = time.perf_counter()
    # A distributed Map needs a Standard machine; its iterations are child executions, each
    # with its own history.
    result = sfdsl_run(BIG_MAP_MACHINE, {}, 2 * items + 10, mocks=mocks, machine_type="STANDARD")
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "before_mb": before,
                "peak_mb": peak_rss_mb(),
                "seconds": seconds,
                "output": result.output,
                "events": len(result.raw_events),
            }
        )
    )


def map_memory(items: int, repeat: int) -> dict[str, Any]:
    """Median figures of *repeat* fresh subprocesses running the Map over *items* items."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--map-child", str(items)],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(done.stdout))
    expected = {"count": items, "last": [{"v": 2 * (items - 1)}]}
    if any(r["output"] != expected for r in runs):
        msg = f"the Map output is {runs[0]['output']!r}, expected {expected!r}"
        raise RuntimeError(msg)
    return {
        key: statistics.median(r[key] for r in runs)
        for key in ("before_mb", "peak_mb", "seconds", "events")
    }


def moto_run(machine: dict[str, Any], data: object) -> tuple[float, Any]:
    """Run *machine* once through moto's executor; return the wall time and the output.

    Every run gets a fresh ``mock_aws`` (moto 5.2 fails to start a second execution in one
    mock: it deep-copies state holding a lock).
    """
    import boto3
    from moto import mock_aws

    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        client = boto3.client("stepfunctions", region_name="us-east-1")
        arn = client.create_state_machine(
            name="bench", definition=json.dumps(machine), roleArn=ROLE_ARN
        )["stateMachineArn"]
        start = time.perf_counter()
        execution = client.start_execution(stateMachineArn=arn, input=json.dumps(data))
        while True:
            described = client.describe_execution(executionArn=execution["executionArn"])
            if described["status"] != "RUNNING":
                break
            time.sleep(MOTO_POLL_SECONDS)
        seconds = time.perf_counter() - start
    if described["status"] != "SUCCEEDED":
        msg = f"moto run ended {described['status']}: {described.get('error')}: {described.get('cause')}"
        raise RuntimeError(msg)
    return seconds, json.loads(described["output"])


def fake_aws_environment() -> None:
    """Point boto3 at fake credentials so that nothing can reach a real account."""
    for key in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        os.environ.pop(key, None)
    os.environ.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_SECURITY_TOKEN="testing",
        AWS_SESSION_TOKEN="testing",
        AWS_DEFAULT_REGION="us-east-1",
    )


def side_by_side(repeat: int) -> list[tuple[str, float, float, float]]:
    """Median times of each small workflow through sfdsl and through moto, outputs checked equal."""
    fake_aws_environment()
    workloads: list[tuple[str, dict[str, Any], object]] = [
        (
            f"Pass/Choice loop, {MOTO_LOOP_TRANSITIONS:,} transitions",
            loop_machine(MOTO_LOOP_TRANSITIONS),
            {"i": 0},
        ),
        (f"Map over {MOTO_MAP_ITEMS} items", MAP_MACHINE, {"items": list(range(MOTO_MAP_ITEMS))}),
        (f"Wait of {MOTO_WAIT_SECONDS} s", WAIT_MACHINE, {}),
    ]
    figures = []
    for label, machine, data in workloads:
        local, result = median_time(partial(sfdsl_run, machine, data, 10_000), 20)
        moto_runs = [moto_run(machine, data) for _ in range(repeat)]
        for _, output in moto_runs:
            if output != result.output:
                msg = f"{label}: moto's output {output!r} differs from sfdsl's {result.output!r}"
                raise RuntimeError(msg)
        moto = statistics.median(seconds for seconds, _ in moto_runs)
        figures.append((label, local, result.duration.total_seconds(), moto))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median reported)")
    parser.add_argument("--map-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.map_child is not None:
        map_child(args.map_child)
        return 0
    ok = True

    mem = map_memory(MAP_ITEMS, args.repeat)
    print(
        f"sfdsl Map over {MAP_ITEMS:,} items: peak RSS {mem['peak_mb']:.0f} MB "
        f"(VmHWM of a fresh subprocess; {mem['before_mb']:.0f} MB before the run; "
        f"target < {MAX_PEAK_MB:.0f} MB), {mem['seconds']:.2f} s, {mem['events']:,.0f} history "
        f"events {verdict(mem['peak_mb'] < MAX_PEAK_MB)}"
    )
    ok &= mem["peak_mb"] < MAX_PEAK_MB

    machine = loop_machine(LOOP_TRANSITIONS)
    sfdsl_run(loop_machine(1_000), {"i": 0}, 10_000)  # warm imports and caches
    seconds, result = median_time(
        lambda: sfdsl_run(machine, {"i": 0}, LOOP_TRANSITIONS + 1), args.repeat
    )
    if result.transitions != LOOP_TRANSITIONS:
        msg = f"the loop made {result.transitions} transitions, expected {LOOP_TRANSITIONS}"
        raise RuntimeError(msg)
    rate = LOOP_TRANSITIONS / seconds
    print(
        f"sfdsl Pass/Choice loop, {LOOP_TRANSITIONS:,} transitions: {seconds:.2f} s = "
        f"{rate:,.0f} transitions/s (target >= {MIN_RATE:,.0f}) {verdict(rate >= MIN_RATE)}"
    )
    ok &= rate >= MIN_RATE

    for label, local, virtual, moto in side_by_side(args.repeat):
        ratio = moto / local
        print(
            f"{label}: sfdsl {local * 1000:.2f} ms ({virtual:g} s on its virtual clock), "
            f"moto {moto:.2f} s, "
            f"sfdsl {ratio:,.0f}x faster (target >= {MIN_RATIO:.0f}x) {verdict(ratio >= MIN_RATIO)}"
        )
        ok &= ratio >= MIN_RATIO
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
