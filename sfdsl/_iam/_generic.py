"""Resource ARNs of any ``aws-sdk`` call, built from the Service Authorization Reference.

Each IAM action lists the resource types it acts on, and each resource type its ARN format
(``arn:${Partition}:events:${Region}:${Account}:rule/${RuleName}``). The call's parameters
fill the format's placeholders: a placeholder is matched to a parameter by name (``RuleName``
or, for a ``rule`` resource, ``Name``; ``InstanceId`` or the list ``InstanceIds``), a parameter
holding the whole ARN (``ResourceArn``, ``Resource``, ``<Type>Arn``) gives it as it is, and
:data:`PARAMS` lists the parameters whose names match no placeholder. A parameter chosen at run
time gives a wildcard in its place, with a warning that says how to pin it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from itertools import product

import attrs

from sfdsl._iam import _data
from sfdsl._iam._cfn import Cfn, getatt, literal, sub
from sfdsl._iam._model import Arg, Env, Grant, Task, grant, is_jsonata
from sfdsl._iam._specs import _PIN

_PLACEHOLDER = re.compile(r"\$\{([^}]+)\}")
_PSEUDO = frozenset({"Partition", "Region", "Account"})
_SUFFIXES = ("Name", "Id", "Identifier", "Arn")

#: ``(IAM prefix, placeholder)`` -> the parameters that name it, where the API and the
#: reference spell it differently (the reference's placeholder names are not API names).
PARAMS: dict[tuple[str, str], tuple[str, ...]] = {
    # CreateOrganizationalUnit, MoveAccount ... name the parent (a root or an OU) by ParentId:
    # https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html
    ("organizations", "RootId"): ("ParentId", "TargetId", "SourceParentId"),
    ("organizations", "OrganizationalUnitId"): ("ParentId", "TargetId", "SourceParentId"),
    ("organizations", "AccountId"): ("TargetId",),
    # RDS names its resources by identifiers: DBInstanceIdentifier is the instance's name
    # (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAM.AccessControl.IdentityBased.html).
    ("rds", "DbInstanceName"): ("DBInstanceIdentifier",),
    ("rds", "DbClusterInstanceName"): ("DBClusterIdentifier",),
    ("rds", "SnapshotName"): ("DBSnapshotIdentifier",),
    ("rds", "ClusterSnapshotName"): ("DBClusterSnapshotIdentifier",),
}

#: IAM prefix -> the parameters naming the account a resource is in, where a call may act on
#: another account's resources: ECR's ``RegistryId`` ("the Amazon Web Services account ID
#: associated with the registry", https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetImage.html).
ACCOUNTS: dict[str, tuple[str, ...]] = {"ecr": ("RegistryId",)}

#: ``(IAM prefix, placeholder)`` that a call never names because the caller's account implies
#: it (an account belongs to one organization): a wildcard there is exact, so not warned about.
IMPLIED: frozenset[tuple[str, str]] = frozenset({("organizations", "OrganizationId")})

#: EC2 resource IDs by their prefix, for calls that take IDs of any type (CreateTags'
#: ``Resources``): https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html
EC2_ID_TYPES: dict[str, str] = {
    "ami": "image",
    "eipalloc": "elastic-ip",
    "eni": "network-interface",
    "i": "instance",
    "igw": "internet-gateway",
    "lt": "launch-template",
    "nat": "natgateway",
    "rtb": "route-table",
    "sg": "security-group",
    "snap": "snapshot",
    "subnet": "subnet",
    "tgw": "transit-gateway",
    "vol": "volume",
    "vpc": "vpc",
    "vpce": "vpc-endpoint",
}

#: Parameters that hold the whole ARN of the resource a call acts on (tagging calls ...).
_WHOLE = ("ResourceArn", "Resource", "Arn", "ResourceArns", "ResourceARNList", "ResourceArnList")


@functools.cache
def _format_pattern(fmt: str) -> re.Pattern[str]:
    """A pattern matching the ARNs of an ARN format: ``${Partition}``, ``${Region}`` and
    ``${Account}`` one ARN field each, a resource's own placeholders any text."""
    parts: list[str] = []
    for i, piece in enumerate(_PLACEHOLDER.split(fmt)):
        if i % 2 == 0:
            parts.append(re.escape(piece))
        else:
            parts.append("[^:]*" if piece in _PSEUDO else ".+")
    return re.compile("".join(parts))


def whole_arn(fmt: str, value: Cfn) -> bool:
    """Whether a parameter's *value* is already a whole ARN of the resource type of *fmt*.

    A literal ARN must match the format (a function ARN given as ``FunctionName`` is the
    function's ARN; a topic ARN is no function). A template value that returns an ARN
    (``Fn::GetAtt`` of an ``Arn`` attribute, ``Fn::Sub`` of ``arn:...``) is taken as one.

    Example:
        >>> fmt = "arn:${Partition}:events:${Region}:${Account}:rule/${RuleName}"
        >>> whole_arn(fmt, "arn:aws:events:us-east-1:123456789012:rule/nightly")
        True
        >>> whole_arn(fmt, "arn:aws:sns:us-east-1:123456789012:nightly"), whole_arn(fmt, "nightly")
        (False, False)
    """
    text = literal(value)
    if text is not None:
        return text.startswith("arn:") and _format_pattern(fmt).fullmatch(text) is not None
    ga = getatt(value)
    if ga is not None:
        return ga[1].endswith("Arn")
    inner = value.get("Fn::Sub") if isinstance(value, dict) else None
    template = inner[0] if isinstance(inner, list) and inner else inner
    return isinstance(template, str) and template.startswith("arn:")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@attrs.frozen
class _Found:
    """A placeholder's parameter: its values (static), or the parameter chosen at run time."""

    values: tuple[Cfn, ...] = ()
    dynamic: Arg | None = None
    absent: tuple[str, ...] = ()


def _args_of(env: Env, arg: Arg) -> list[Cfn] | None:
    """The values of a static argument (a string or a list of strings)."""
    items = arg.raw if isinstance(arg.raw, list) else [arg.raw]
    out: list[Cfn] = []
    for i, item in enumerate(items):
        path = f"{arg.path}[{i}]" if isinstance(arg.raw, list) else arg.path
        if isinstance(item, str) and is_jsonata(item):
            return None
        value = env.value(Arg("static", item, path))
        if value is None:
            return None
        out.append(value)
    return out


def _lookup(env: Env, task: Task, names: Iterable[str]) -> _Found | None:
    """The first of *names* the call sets; ``_Found(absent=...)`` when it sets none of them."""
    absent: list[str] = []
    for name in names:
        arg = task.args.get(name)
        if arg.dynamic:
            return _Found(dynamic=arg)
        if arg.static:
            values = _args_of(env, arg)
            if values is None:
                return _Found(dynamic=arg)
            return _Found(values=tuple(values))
        absent.append(name)
    return _Found(absent=tuple(absent)) if absent else None


def _names_for(prefix: str, resource_type: str, placeholder: str) -> list[str]:
    names = [*PARAMS.get((prefix, placeholder), ()), placeholder, f"{placeholder}s"]
    for suffix in _SUFFIXES:
        stem = placeholder.removesuffix(suffix)
        if stem != placeholder and stem and _norm(resource_type).startswith(_norm(stem)):
            # ``Name`` of a rule; ``JobQueue`` (a name or an ARN) of a job queue.
            names.extend((suffix, stem))
    return names


def _lead(fmt: str, placeholder: str) -> str:
    """The literal text just before ``${placeholder}`` in its ARN segment (``r-`` of a root)."""
    before = fmt.split("${" + placeholder + "}", 1)[0]
    return re.split(r"[:/}]", before)[-1]


@attrs.frozen
class _Candidate:
    resource_type: str
    fmt: str
    found: Mapping[str, _Found]
    account: Cfn | None = None

    def complete(self) -> bool:
        if any(whole_arn(self.fmt, v) for f in self.found.values() for v in f.values):
            return True
        return bool(self.found) and all(f.values for f in self.found.values())

    def named(self) -> int:
        return sum(1 for f in self.found.values() if f.values or f.dynamic)


def _fill(env: Env, c: _Candidate, wild: bool) -> list[Cfn]:
    """The ARNs of a candidate: every combination of its placeholders' values."""
    fmt = c.fmt
    # A whole ARN names the resource alone: the placeholders the call leaves out do not matter.
    wild = wild or any(whole_arn(fmt, v) for f in c.found.values() for v in f.values)
    choices: list[tuple[Cfn, ...]] = []
    order: list[str] = []
    for p in _PLACEHOLDER.findall(fmt):
        if p in _PSEUDO:
            continue
        found = c.found.get(p)
        order.append(p)
        if found is None or not found.values:
            # A placeholder the call leaves to the account (IMPLIED) or to run time.
            choices.append(("*",) if wild or found is None else ())
            continue
        lead = _lead(fmt, p)
        values: list[Cfn] = []
        for v in found.values:
            text = literal(v)
            if whole_arn(c.fmt, v):
                values.append(v)
            elif lead and text is not None:
                values.append(text.removeprefix(lead))
            elif lead:
                fmt = fmt.replace(lead + "${" + p + "}", "${" + p + "}")
                values.append(v)
            else:
                values.append(v)
        choices.append(tuple(values))
    account = env.account if c.account is None else c.account
    pseudo = {"Partition": env.partition, "Region": env.region, "Account": account}
    arns: list[Cfn] = []
    for combo in product(*choices):
        whole = next((v for v in combo if whole_arn(c.fmt, v)), None)
        if whole is not None:
            # The parameter holds the resource's whole ARN (FunctionName: arn:...:function:f).
            if whole not in arns:
                arns.append(whole)
            continue
        by_name = dict(zip(order, combo, strict=True))
        parts: list[Cfn] = []
        for i, piece in enumerate(_PLACEHOLDER.split(fmt)):
            if i % 2 == 0:
                parts.append(piece)
            else:
                parts.append(pseudo[piece] if piece in pseudo else by_name[piece])
        arns.append(sub(*parts))
    return arns


def _fits(c: _Candidate) -> bool:
    """Whether literal values agree with the format's fixed text (``r-`` for a root)."""
    for p, found in c.found.items():
        lead = _lead(c.fmt, p)
        for v in found.values:
            text = literal(v)
            if text is None:
                continue
            if text.startswith("arn:"):
                if not whole_arn(c.fmt, text):
                    return False
            elif lead and not text.startswith(lead):
                return False
    return True


def _whole(env: Env, task: Task, act: _data.Action) -> _Found | None:
    names = [*_WHOLE]
    for use in act.resources:
        names.append(f"{_norm(use.name)}arn")
    return _lookup(env, task, names)


def _ec2_ids(env: Env, task: Task, action: str) -> list[Cfn] | None:
    arg = task.args.get("Resources")
    if task.service != "ec2" or not (arg.static or arg.dynamic):
        return None
    if arg.dynamic:
        _warn(env, arg, action, "every EC2 resource in the account and region")
        return [env.arn("ec2", "*")]
    values = _args_of(env, arg)
    if values is None:
        return None
    arns: list[Cfn] = []
    for value in values:
        text = literal(value)
        kind = EC2_ID_TYPES.get(text.split("-", 1)[0]) if text and "-" in text else None
        fmt = _data.arn_format("ec2", kind) if kind else None
        if fmt is None or text is None:
            return None
        arns.append(env.arn("ec2", f"{kind}/{text}"))
    return arns


def resources(
    env: Env,
    task: Task,
    act: _data.Action,
    optional: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> list[Cfn] | None:
    """The ARNs *act* is granted on for *task*, or ``None`` when they cannot be derived.

    ``["*"]`` when the action acts on no resource, or when none of its resource types is
    required and the call leaves out every parameter that would name one (all of them in
    *optional*, the lower-cased names of the API's optional parameters): a list or describe
    call over every resource; also when none is required and no parameter of the API (*known*,
    lower-cased) can name one. Warns for every wildcard that a parameter
    chosen at run time (or a part of the ARN the call does not name) puts in an ARN.
    """
    if act.accepts_no_resource:
        return ["*"]
    ids = _ec2_ids(env, task, f"{act.prefix}:{act.name}")
    if ids:
        return ids
    uses = [u for u in act.resources if u.required] or list(act.resources)
    whole = _whole(env, task, act)
    if whole is not None and whole.values:
        return list(whole.values)
    candidates: list[_Candidate] = []
    misfits = 0
    account = _account(env, task, act)
    for use in uses:
        c = _candidate(env, task, act.prefix, use.name, account=account)
        if c is not None and _fits(c):
            candidates.append(c)
        elif c is not None:
            misfits += 1
    action = f"{act.prefix}:{act.name}"
    if any(u.required for u in act.resources) and (whole is None or whole.dynamic is None):
        if misfits:
            return None
        # An optional resource type the call names is one the call acts on too (the snapshot
        # StopDBInstance takes with DBSnapshotIdentifier).
        named = [
            c
            for u in act.resources
            if not u.required
            and (c := _candidate(env, task, act.prefix, u.name, exact=True, account=account))
            is not None
            and _fits(c)
            and c.named()
            and all(f.values or f.dynamic for f in c.found.values())
        ]
        return _every_required(env, action, candidates, named)
    complete = [c for c in candidates if c.complete()]
    if complete and (whole is None or whole.dynamic is None):
        best = max(c.named() for c in complete)
        return [arn for c in complete if c.named() == best for arn in _fill(env, c, False)]
    if whole is not None and whole.dynamic is not None:
        # An ARN chosen at run time may name any resource of the types, whatever names the
        # call also writes (StreamARN is used before StreamName).
        arg = whole.dynamic
        kinds = " or ".join(dict.fromkeys(c.resource_type for c in candidates)) or "resource"
        _warn(env, arg, action, f"every {kinds} in the account and region")
        return [
            arn
            for c in candidates
            for arn in _fill(env, _Candidate(c.resource_type, c.fmt, {}), True)
        ]
    usable = [
        c for c in candidates if c.named() and all(f.values or f.dynamic for f in c.found.values())
    ]
    if usable:
        best = max(c.named() for c in usable)
        chosen = [c for c in usable if c.named() == best]
        for c in chosen[:1]:
            for f in c.found.values():
                if f.dynamic is not None:
                    _warn(
                        env, f.dynamic, action, f"every {c.resource_type} in the account and region"
                    )
        return [arn for c in chosen for arn in _fill(env, c, True)]
    if any(u.required for u in act.resources) or (misfits and not candidates):
        # A parameter naming the resource holds an ARN of another type: not this resource.
        return None
    if any(
        (c.found and all(_unset(act.prefix, c.resource_type, p, optional) for p in c.found))
        or any(_norm(n) in optional for n in (*_WHOLE, f"{_norm(c.resource_type)}arn"))
        for c in candidates
    ):
        # The call leaves out every optional parameter that would name its resource.
        return ["*"]
    names = [*_WHOLE, *(f"{_norm(u.name)}arn" for u in act.resources)]
    names += [
        n for c in candidates for p in c.found for n in _names_for(act.prefix, c.resource_type, p)
    ]
    if known and not any(_norm(n) in known for n in names):
        # No parameter of the API names a resource of these types: the call acts on none.
        return ["*"]
    return None


def _account(env: Env, task: Task, act: _data.Action) -> Cfn | None:
    """The account of :data:`ACCOUNTS` the call names, ``*`` when chosen at run time."""
    found = _lookup(env, task, ACCOUNTS.get(act.prefix, ()))
    if found is None or not (found.values or found.dynamic):
        return None
    if found.dynamic is not None:
        field = found.dynamic.path.removesuffix(".$").rsplit(".", 1)[-1]
        env.warn(
            found.dynamic.path,
            f"{field} is chosen at run time, so {act.prefix}:{act.name} is granted in every "
            f"account; {_PIN}",
        )
        return "*"
    return found.values[0]


def _candidate(
    env: Env,
    task: Task,
    prefix: str,
    resource_type: str,
    *,
    exact: bool = False,
    account: Cfn | None = None,
) -> _Candidate | None:
    """The resource type's ARN format with the call's value (or absence) for each placeholder.

    *exact*: a placeholder is named only by a parameter of its own name (or :data:`PARAMS`),
    not by ``Name``/``Id`` (a table's ``Name`` names no catalog).
    """
    fmt = _data.arn_format(prefix, resource_type)
    if fmt is None:
        return None
    found: dict[str, _Found] = {}
    for p in _PLACEHOLDER.findall(fmt):
        if p in _PSEUDO:
            continue
        names = _names_for(prefix, resource_type, p)
        hit = _lookup(env, task, names[: len(PARAMS.get((prefix, p), ())) + 2] if exact else names)
        if hit is not None and (hit.values or hit.dynamic):
            found[p] = hit
        elif (prefix, p) not in IMPLIED:
            found[p] = _Found()
    return _Candidate(resource_type, fmt, found, account)


def _every_required(
    env: Env, action: str, candidates: list[_Candidate], named: list[_Candidate]
) -> list[Cfn] | None:
    """The ARNs of every required resource type: a policy must allow each of them ("you must
    include an ARN or pattern for each required resource type", the reference's actions table),
    and of the optional types the call names (*named*); ``None`` when the call names a required
    one nowhere."""
    arns: list[Cfn] = []
    warned: set[str] = set()
    for c in (*candidates, *named):
        if c.found and not c.complete():
            if not (c.named() and all(f.values or f.dynamic for f in c.found.values())):
                return None
            for f in c.found.values():
                if f.dynamic is not None and f.dynamic.path not in warned:
                    warned.add(f.dynamic.path)
                    _warn(
                        env, f.dynamic, action, f"every {c.resource_type} in the account and region"
                    )
        arns.extend(a for a in _fill(env, c, bool(c.found) and not c.complete()) if a not in arns)
    return arns or None


def _unset(prefix: str, resource_type: str, placeholder: str, optional: frozenset[str]) -> bool:
    """Whether an optional API parameter names *placeholder* (and the call left it out)."""
    return any(_norm(n) in optional for n in _names_for(prefix, resource_type, placeholder))


def _warn(env: Env, arg: Arg, action: str, wildcard: str) -> None:
    field = arg.path.removesuffix(".$").rsplit(".", 1)[-1]
    env.warn(
        arg.path, f"{field} is chosen at run time, so {action} is granted on {wildcard}; {_PIN}"
    )


def derive(
    env: Env,
    task: Task,
    actions: tuple[str, ...],
    optional: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> list[Grant] | None:
    """Grants for an ``aws-sdk`` call from the reference, or ``None`` if any action's resource
    cannot be derived from the call's parameters (*optional*, *known*: as for :func:`resources`)."""
    grants: list[Grant] = []
    for full in actions:
        prefix, _, name = full.partition(":")
        act = _data.action(prefix, name)
        if act is None:
            return None
        arns = resources(env, task, act, optional, known)
        if arns is None:
            return None
        grants.append(grant(full, *arns))
        grants.extend(_dependents(env, task, act, optional, known))
    return grants


def _dependents(
    env: Env, task: Task, act: _data.Action, optional: frozenset[str], known: frozenset[str]
) -> list[Grant]:
    """The reference's dependent actions of *act*, each on its own resources from the same call.

    ``iam:PassRole`` is left to the role parameters (``sdk_pass_roles``), which know the role.
    """
    names = dict.fromkeys(
        [*act.dependent_actions, *(d for u in act.resources for d in u.dependent_actions)]
    )
    grants: list[Grant] = []
    for full in names:
        prefix, _, name = full.partition(":")
        dependent = _data.action(prefix, name)
        if dependent is None or full == "iam:PassRole":
            continue
        arns = resources(env, task, dependent, optional, known)
        if arns is None:
            env.warn(
                f"{task.path}.Resource",
                f"{act.prefix}:{act.name} also needs {full}, whose resource is not named by the "
                f'call, so it is granted on "*"; to narrow it, grant it with extra_statements and '
                f"add {task.name!r} to covered_states (an option of App.add and IamContext)",
            )
            arns = ["*"]
        grants.append(grant(full, *arns))
    return grants


__all__ = ["ACCOUNTS", "EC2_ID_TYPES", "IMPLIED", "PARAMS", "derive", "resources", "whole_arn"]
