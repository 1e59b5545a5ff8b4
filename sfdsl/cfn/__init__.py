"""CloudFormation for sfdsl workflows: an :class:`App` of state machines and what they need.

``template_for(app)`` returns a ``troposphere.Template``; ``render(template, "yaml")`` gives its
text. Each state machine gets a least-privilege role derived from its definition; the definition
is emitted as the ``Definition`` object with ``DefinitionSubstitutions`` for references.

Example:
    >>> from sfdsl import StateMachine, Task
    >>> hello = Function("Hello", code="def handler(event, context):\\n    return event\\n")
    >>> app = App("demo").with_functions(hello).add(
    ...     StateMachine(Task("Hello", resource=hello.arn), name="greeter"))
    >>> import json
    >>> template = json.loads(render(template_for(app), "json"))
    >>> template["Resources"]["Greeter"]["Properties"]["DefinitionSubstitutions"]
    {'HelloArn': {'Fn::GetAtt': ['Hello', 'Arn']}}
"""

from __future__ import annotations

from sfdsl.cfn._alarms import (
    Alarms,
    Metric,
    MetricName,
    Notifications,
    Status,
    Target,
    TreatMissingData,
)
from sfdsl.cfn._apigateway import ApiEndpoint, Authorizer, Cors, RestApi, UsagePlan
from sfdsl.cfn._app import (
    Activity,
    App,
    Deployment,
    Encryption,
    Event,
    Logging,
    LogLevel,
    PlaceholderMode,
)
from sfdsl.cfn._eventbridge import EventRule, InputTransformer, RetryPolicy
from sfdsl.cfn._lambda import Autoscaling, Function, ProvisionedConcurrency, ScheduledScaling
from sfdsl.cfn._schedules import Schedule
from sfdsl.cfn._template import check, render, template_for
from sfdsl.cfn._versions import Publish

__all__ = [
    "Activity",
    "Alarms",
    "ApiEndpoint",
    "App",
    "Authorizer",
    "Autoscaling",
    "Cors",
    "Deployment",
    "Encryption",
    "Event",
    "EventRule",
    "Function",
    "InputTransformer",
    "LogLevel",
    "Logging",
    "Metric",
    "MetricName",
    "Notifications",
    "PlaceholderMode",
    "ProvisionedConcurrency",
    "Publish",
    "RestApi",
    "RetryPolicy",
    "Schedule",
    "ScheduledScaling",
    "Status",
    "Target",
    "TreatMissingData",
    "UsagePlan",
    "check",
    "render",
    "template_for",
]
