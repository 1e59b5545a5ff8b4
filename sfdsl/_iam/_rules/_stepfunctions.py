"""AWS Step Functions: starting a state machine (a version or alias too) and its executions."""

from __future__ import annotations

from sfdsl._iam._cfn import (
    Cfn,
    literal,
    ref_target,
    select,
    unqualified_machine,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _lookup, _missing


def executions_of(env: Env, machine: Cfn) -> Cfn:
    """``arn:...:execution:<name>:*`` for the executions of a state machine ARN."""
    lit = literal(machine)
    if lit is not None and ":stateMachine:" in lit:
        head, _, tail = lit.partition(":stateMachine:")
        return f"{head}:execution:{tail.split(':')[0]}:*"
    return env.arn("states", "execution:", select(6, ":", machine), ":*")


def start_execution(env: Env, task: Task) -> list[Grant]:
    """``states:StartExecution`` on StateMachineArn (a version or alias through the
    ``states:StateMachineQualifier`` condition) and, for ``.sync``, its executions and the
    managed EventBridge rule:
    https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html
    """
    action = (
        "states:StartSyncExecution" if task.api == "startSyncExecution" else "states:StartExecution"
    )
    arg, value = _lookup(env, task, "StateMachineArn")
    if arg.dynamic:
        _dynamic(env, arg, action, "every state machine in the account and region")
        machine: Cfn = env.arn("states", "stateMachine:*")
        executions: Cfn = env.arn("states", "execution:*")
    elif value is None:
        _missing(env, arg, action)
        return []
    else:
        machine, executions = value, executions_of(env, value)
    qualified = unqualified_machine(machine, env.resource_types.get(ref_target(machine) or ""))
    if qualified is None:
        grants = [grant(action, machine)]
    else:
        # Authorized on the state machine's own ARN, the version or alias by a condition.
        unqualified, qualifier = qualified
        condition = (("StringEquals", "states:StateMachineQualifier", qualifier),)
        grants = [grant(action, unqualified, condition=condition)]
    if task.sync:
        grants.append(grant(("states:DescribeExecution", "states:StopExecution"), executions))
        grants.append(env.events_rule("StepFunctionsGetEventsForStepFunctionsExecutionRule"))
    return grants
