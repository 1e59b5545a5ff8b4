"""The generated execution role of a state machine: trust policy plus least-privilege statements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from troposphere import iam

from sfdsl.cfn._app import App, Deployment, published_types
from sfdsl.cfn._build.context import Context
from sfdsl.cfn._values import ACCOUNT, CfnValue, arn, plain_json
from sfdsl.errors import IamDerivationError


def machine_arn(name: str | None) -> CfnValue | None:
    """The ARN a named state machine will have (known before it exists), else None."""
    if not name:
        return None
    return arn("states", f"stateMachine:{name}")


def machine_role(
    ctx: Context,
    app: App,
    dep: Deployment,
    role_id: str,
    name: str | None,
    definition: Mapping[str, Any],
    substitutions: Mapping[str, Any],
    path: str,
) -> None:
    """Add ``<machine>Role`` with the statements derived from *definition*."""
    # Imported when called: sfdsl._iam (a lower layer) loads the IAM rules, which
    # `import sfdsl.cfn` does not need.
    from sfdsl import _iam

    if not ctx.logical_id(role_id, "state machine role", path):
        return
    resource_types = {
        lid: str(getattr(resource, "resource_type", ""))
        for lid, resource in ctx.template.resources.items()
    }
    # Versions and aliases are added after every machine: a task may start one already.
    resource_types = {**published_types(app), **resource_types}
    own_arn = machine_arn(name)
    covered: Any = frozenset(dep.covered_states)
    iam_context = _iam.IamContext(
        substitutions=dict(substitutions),
        state_machine_name=name,
        resource_types=resource_types,
        pass_roles={k: tuple(plain_json(v)) for k, v in dep.pass_roles.items()},
        bucket_keys={k: tuple(plain_json(v)) for k, v in dep.bucket_keys.items()},
        covered_states=covered,
        parameters=frozenset(ctx.template.parameters),
    )
    try:
        derivation = _iam.derive_statements(dict(definition), context=iam_context)
    except IamDerivationError as exc:
        for problem in exc.problems:
            ctx.problems.append(problem.under(path))
        return
    statements: list[Any] = [plain_json(s) for s in derivation.statements]
    for warning in derivation.warnings:
        ctx.warnings.append(warning.under(path))
    logging = dep.logging
    if logging is not None and logging.level != "OFF":
        statements.extend(plain_json(s) for s in _iam.logging_statements())
    if dep.tracing:
        statements.extend(plain_json(s) for s in _iam.xray_statements())
    if dep.encryption is not None:
        key = ctx.params(dep.encryption.kms_key, path)
        statements.extend(
            plain_json(s) for s in _iam.kms_statements(key, state_machine_arn=own_arn)
        )
    statements.extend(plain_json(s) for s in dep.extra_statements)
    properties: dict[str, Any] = {
        "AssumeRolePolicyDocument": plain_json(
            _iam.trust_policy(source_account=ACCOUNT, source_arn=own_arn)
        ),
    }
    if statements:
        properties["Policies"] = [
            {
                "PolicyName": f"{dep.logical_id}Policy",
                "PolicyDocument": {"Version": "2012-10-17", "Statement": statements},
            }
        ]
    ctx.add(iam.Role, role_id, properties)


__all__ = ["machine_arn", "machine_role"]
