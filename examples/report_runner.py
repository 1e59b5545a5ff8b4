"""Run a report on a timer: start it, poll until it is done, download it, publish the page.

The polling loop is a ``Wait`` followed by a ``Task`` and a ``Choice`` whose default goes back to
the ``Wait``. A schedule (``rate(1 hour)``) starts the workflow; its role may start only this
state machine. ``download_url`` is checked with ``is_null()`` only after ``is_present()``, so a
missing field keeps polling instead of failing the execution.
"""

from __future__ import annotations

from sfdsl import Choice, StateMachine, Task, Var, Wait
from sfdsl.cfn import App, Function, Schedule

HANDLER = "def handler(event, context):\n    return event\n"

create = Function("CreateReport", code=HANDLER)
poll = Function("PollReport", code=HANDLER)
download = Function("DownloadReport", code=HANDLER)
update = Function("UpdateSite", code=HANDLER)

wait = Wait("WaitBeforeCheckState", seconds=10)
download_and_publish = Task("DownloadReportState", resource=download.arn).next(
    Task("UpdateSiteState", resource=update.arn)
)
check = (
    Choice("CheckIfDoneState")
    .when(
        Var("$.download_url").is_present() & ~Var("$.download_url").is_null(),
        download_and_publish,
    )
    .otherwise(wait)
)
machine = StateMachine(
    Task("CreateReportState", resource=create.arn)
    .next(wait)
    .next(Task("PollReportState", resource=poll.arn))
    .next(check),
    name="report-runner",
)

app = (
    App("report-runner")
    .with_functions(create, poll, download, update)
    .add(machine, events=[Schedule("rate(1 hour)", description="refresh the report page")])
)
