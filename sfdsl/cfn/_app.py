"""The application: state machines with their deployment options, functions and activities."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args

import attrs

from sfdsl._machine import StateMachine
from sfdsl._values import Placeholder
from sfdsl.cfn._alarms import Alarms, Notifications
from sfdsl.cfn._apigateway import ApiEndpoint, RestApi
from sfdsl.cfn._eventbridge import EventRule
from sfdsl.cfn._lambda import Function
from sfdsl.cfn._raw import ResourceLike
from sfdsl.cfn._raw import conditions as _conditions
from sfdsl.cfn._raw import outputs as _outputs
from sfdsl.cfn._raw import resources as _resources
from sfdsl.cfn._schedules import Schedule
from sfdsl.cfn._values import (
    PARAM,
    CfnValue,
    frozen,
    frozen_groups,
    frozen_mapping,
    frozen_tags,
    frozen_values,
    is_intrinsic,
    norm,
    option_error,
    ref,
    strings,
)
from sfdsl.cfn._versions import Publish, alias_id, version_id
from sfdsl.errors import Problem, ValidationError

if TYPE_CHECKING:
    from troposphere import AWSObject, Template

LogLevel: TypeAlias = Literal["ALL", "ERROR", "FATAL", "OFF"]
"""Which execution events a state machine sends to CloudWatch Logs (``OFF``: none)."""

PlaceholderMode: TypeAlias = Literal["error", "parameters"]
"""What a build does with a ``${Name}`` placeholder that has no value: report it, or make it a
template Parameter."""

Event: TypeAlias = Schedule | EventRule | ApiEndpoint
"""An event source of a state machine."""

_ROLE_INTRINSICS = ("Ref", "Fn::GetAtt", "Fn::ImportValue", "Fn::Sub", "Fn::Join", "Fn::If")
_ACTIVITY_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
_PARAM_NAME = re.compile(r"^[A-Za-z0-9_]+$")


def _cfn_value(what: str, *, arn_service: str | None = None) -> Any:
    def check(_obj: object, _attr: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, str):
            if arn_service and not (
                (value.startswith("arn:") and f":{arn_service}:" in value) or "${" in value
            ):
                msg = f"{what} must be an '{arn_service}' ARN or an intrinsic, got {value!r}"
                raise option_error(msg)
            return
        if (
            isinstance(value, Mapping)
            and is_intrinsic(value)
            and next(iter(value)) in _ROLE_INTRINSICS
        ):
            return
        msg = (
            f"{what} must be an ARN string or a CloudFormation intrinsic "
            f"({', '.join(_ROLE_INTRINSICS)}), got {value!r}"
        )
        raise option_error(msg)

    return check


@attrs.frozen
class Logging:
    """CloudWatch Logs for a state machine's executions.

    Args:
        level: ``ALL``, ``ERROR``, ``FATAL`` or ``OFF``.
        include_execution_data: log inputs and outputs too.
        log_group: the ARN of an existing log group (or an intrinsic); ``None`` creates one.
        retention_days: retention of the created log group.

    Example:
        >>> Logging("ALL", include_execution_data=True).level
        'ALL'
    """

    level: LogLevel = attrs.field(default="ERROR")
    include_execution_data: bool = attrs.field(default=False, kw_only=True)
    log_group: CfnValue | None = attrs.field(
        default=None,
        kw_only=True,
        converter=frozen,
        validator=_cfn_value("log_group", arn_service="logs"),
    )
    retention_days: int | None = attrs.field(default=30, kw_only=True)

    @level.validator
    def _check_level(self, _attr: attrs.Attribute[str], value: str) -> None:
        if value not in get_args(LogLevel):
            msg = f"level must be one of ALL, ERROR, FATAL, OFF, got {value!r}"
            raise option_error(msg)


@attrs.frozen
class Encryption:
    """Encrypt execution data with a customer managed KMS key (the role gets its KMS permissions).

    Example:
        >>> Encryption("arn:aws:kms:us-east-1:123456789012:key/1234").reuse_period_seconds
        300
    """

    kms_key: CfnValue = attrs.field(
        converter=frozen, validator=_cfn_value("kms_key", arn_service="kms")
    )
    reuse_period_seconds: int = attrs.field(default=300, kw_only=True)

    @reuse_period_seconds.validator
    def _check_period(self, _attr: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 60 <= value <= 900:
            msg = f"reuse_period_seconds must be an int from 60 to 900, got {value!r}"
            raise option_error(msg)


@attrs.frozen
class Activity:
    """An activity (``AWS::StepFunctions::Activity``) that workers poll.

    Example:
        >>> Activity("myTask").arn
        Placeholder(name='MyTaskActivityArn', value={'Ref': 'MyTaskActivity'})
    """

    name: str = attrs.field()
    logical_id: str | None = attrs.field(default=None, kw_only=True)
    tags: Mapping[str, str] = attrs.field(factory=dict, kw_only=True, converter=frozen_tags)

    @name.validator
    def _check_name(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _ACTIVITY_NAME.match(PARAM.sub("p", value)):
            msg = f"activity name must be 1-80 letters, digits, '-' or '_', got {value!r}"
            raise option_error(msg)

    @property
    def resource_id(self) -> str:
        """The logical id: *logical_id*, or one made from the name as the serverless framework does.

        Example:
            >>> Activity("review-order").resource_id, Activity("x", logical_id="Review").resource_id
            ('ReviewDashorderActivity', 'Review')
        """
        return self.logical_id or f"{norm(self.name)}Activity"

    @property
    def arn(self) -> Placeholder:
        """The activity's ARN, for a Task ``resource``.

        Example:
            >>> from sfdsl import Task
            >>> Task("Review", resource=Activity("review").arn).to_asl()
            {'Type': 'Task', 'Resource': '${ReviewActivityArn}'}
        """
        return Placeholder(f"{self.resource_id}Arn", ref(self.resource_id), kind="activity")


def _frozen_resources(value: Any) -> Mapping[str, Mapping[str, Any]]:
    return frozen_mapping(_resources(value))  # type: ignore[return-value]


def _frozen_outputs(value: Any) -> Mapping[str, Mapping[str, Any]]:
    return frozen_mapping(_outputs(value))  # type: ignore[return-value]


def _frozen_conditions(value: Any) -> Mapping[str, Mapping[str, Any]]:
    return frozen_mapping(_conditions(value))  # type: ignore[return-value]


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _functions(value: Iterable[Function]) -> tuple[Function, ...]:
    return tuple(value)


def _activities(value: Iterable[Activity]) -> tuple[Activity, ...]:
    return tuple(value)


@attrs.frozen
class Deployment:
    """A state machine and how it is deployed. Made by :meth:`App.add`; see there for options.

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> app = App("shop").add(StateMachine(Pass("Noop"), name="orders"), tracing=True)
        >>> deployment = app.deployments[0]
        >>> deployment.logical_id, deployment.tracing
        ('Orders', True)
        >>> deployment.arn.value
        {'Ref': 'Orders'}
    """

    machine: StateMachine
    logical_id: str
    role: CfnValue | None = attrs.field(
        default=None, converter=frozen, validator=_cfn_value("role")
    )
    tags: Mapping[str, str] = attrs.field(factory=dict, converter=frozen_tags)
    depends_on: tuple[str, ...] = attrs.field(default=(), converter=strings)
    retain: bool = False
    logging: Logging | None = None
    tracing: bool = False
    encryption: Encryption | None = None
    outputs: bool = True
    extra_statements: tuple[Mapping[str, Any], ...] = attrs.field(
        default=(), converter=frozen_values
    )
    exact_versions: bool = False
    covered_states: tuple[str, ...] = attrs.field(default=(), converter=strings)
    pass_roles: Mapping[str, tuple[CfnValue, ...]] = attrs.field(
        factory=dict, converter=frozen_groups
    )
    bucket_keys: Mapping[str, tuple[CfnValue, ...]] = attrs.field(
        factory=dict, converter=frozen_groups
    )
    alarms: Alarms | None = None
    notifications: Notifications | None = None
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)
    publish: Publish | None = None

    @property
    def arn(self) -> Placeholder:
        """This state machine's ARN (``Ref``), to start it from another workflow's task.

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> orders = App("shop").add(StateMachine(Pass("Noop"), name="orders")).deployments[0]
            >>> orders.arn
            Placeholder(name='OrdersArn', value={'Ref': 'Orders'})
        """
        return Placeholder(f"{self.logical_id}Arn", ref(self.logical_id))


@attrs.frozen
class App:
    """An application: state machines, the functions and activities they use, app-wide tags.

    Frozen: every method returns a new ``App``.

    Args:
        name: used in generated names (alarm descriptions, API name).
        tags: tags for every state machine (a machine's own tags win).
        params: build parameters and their defaults; ``${param:NAME}`` in any string of the
            workflow or its options is replaced at build time (``sfdsl build --param NAME=VALUE``).
        api: settings of the REST API shared by :class:`~sfdsl.cfn.ApiEndpoint` events.
        placeholders: what a build does with a ``${Name}`` placeholder that has no value
            (neither a ``Placeholder`` value nor a build-time one): ``"error"`` reports it;
            ``"parameters"`` makes it a template Parameter ``Name``, given when the stack is
            deployed (as ``template_for`` does for a lone state machine).
        resources: CloudFormation resources of your own (the queues, tables, topics... the
            workflows use), by logical id: template data ``{"Type": "AWS::SQS::Queue",
            "Properties": {...}}`` or troposphere resources (a list of them is taken too).
            They are added to the template as they are, with ``${param:NAME}`` replaced; a
            definition's ``Ref``/``Fn::GetAtt`` to them counts as existing, and the generated
            roles are granted on them.
        outputs: template Outputs of your own (``{"Value": ..., "Export": {"Name": ...}}`` or
            troposphere ``Output``), by logical id.
        conditions: template Conditions (``{"Fn::Equals": [...]}`` or a troposphere helper) for
            the ``Condition`` of your resources and outputs.

    Raises:
        ValidationError: a resource, output or condition is malformed (every problem listed,
            each with its path, e.g. ``resources.OrdersQueue.Type``).

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> app = App("shop", tags={"team": "orders"}).add(StateMachine(Succeed("Done"), name="Orders"))
        >>> [d.logical_id for d in app.deployments]
        ['Orders']
        >>> App(placeholders="parameters").placeholders
        'parameters'
        >>> queue = {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "orders"}}
        >>> list(App(resources={"OrdersQueue": queue}).resources)
        ['OrdersQueue']
    """

    name: str | None = None
    tags: Mapping[str, str] = attrs.field(factory=dict, kw_only=True, converter=frozen_tags)
    params: Mapping[str, str] = attrs.field(factory=dict, kw_only=True, converter=frozen_tags)
    deployments: tuple[Deployment, ...] = attrs.field(default=(), kw_only=True)
    functions: tuple[Function, ...] = attrs.field(default=(), kw_only=True, converter=_functions)
    activities: tuple[Activity, ...] = attrs.field(default=(), kw_only=True, converter=_activities)
    api: RestApi | None = attrs.field(default=None, kw_only=True)
    placeholders: PlaceholderMode = attrs.field(default="error", kw_only=True)
    resources: Mapping[str, Mapping[str, Any]] = attrs.field(
        factory=dict, kw_only=True, converter=_frozen_resources
    )
    outputs: Mapping[str, Mapping[str, Any]] = attrs.field(
        factory=dict, kw_only=True, converter=_frozen_outputs
    )
    conditions: Mapping[str, Mapping[str, Any]] = attrs.field(
        factory=dict, kw_only=True, converter=_frozen_conditions
    )

    @placeholders.validator
    def _check_placeholders(self, _attr: attrs.Attribute[str], value: str) -> None:
        if value not in get_args(PlaceholderMode):
            msg = (
                f"placeholders must be 'error' or 'parameters', got {value!r}; 'parameters' "
                "makes each ${Name} placeholder without a value a template Parameter"
            )
            raise option_error(msg)

    @params.validator
    def _check_params(
        self, _attr: attrs.Attribute[Mapping[str, str]], value: Mapping[str, str]
    ) -> None:
        bad = [k for k in value if not _PARAM_NAME.match(k)]
        if bad:
            msg = f"parameter names must be letters, digits and '_', got {bad!r}"
            raise option_error(msg)

    def add(
        self,
        machine: StateMachine,
        *,
        logical_id: str | None = None,
        role: CfnValue | None = None,
        tags: Mapping[str, str] | None = None,
        depends_on: str | Iterable[str] = (),
        retain: bool = False,
        logging: Logging | None = None,
        tracing: bool = False,
        encryption: Encryption | None = None,
        outputs: bool = True,
        extra_statements: Iterable[Mapping[str, Any] | Any] = (),
        exact_versions: bool = False,
        covered_states: Iterable[str] = (),
        pass_roles: Mapping[str, Iterable[CfnValue]] | None = None,
        bucket_keys: Mapping[str, Iterable[CfnValue]] | None = None,
        alarms: Alarms | None = None,
        notifications: Notifications | None = None,
        events: Iterable[Event] = (),
        publish: Publish | None = None,
    ) -> App:
        """A copy with *machine* added.

        Args:
            logical_id: defaults to the machine's name, normalized as serverless does.
            role: an existing role (ARN, ``Ref``, ``GetAtt``, ``ImportValue``); ``None`` generates
                a least-privilege role.
            depends_on: logical ids the state machine waits for.
            retain: keep the state machine when it leaves the stack.
            extra_statements: IAM statements (dicts or awacs ``Statement``) added to the
                generated role, for what cannot be derived from the workflow.
            covered_states: Task/Map states whose permissions ``extra_statements`` grant; the
                derivation skips them instead of reporting that it has no rule for them.
            pass_roles: task definition or job target (placeholder name or literal) -> role
                ARNs it runs with, for a scoped ``iam:PassRole``.
            bucket_keys: Distributed Map bucket -> KMS key ARNs that encrypt it.
            exact_versions: tasks that call an app function's ``$LATEST`` call its published
                version instead (``useExactVersion``).
            outputs: emit ``<id>Arn`` and ``<id>Name`` Outputs.

        Raises:
            ValueError: an option has a wrong value, or no logical id can be made.

        Example:
            >>> from sfdsl import StateMachine, Succeed
            >>> app = App().add(StateMachine(Succeed("Done")), logical_id="Main", retain=True)
            >>> app.deployments[0].retain
            True
        """
        if logical_id is None:
            if machine.name is None:
                msg = (
                    "the state machine has no name, so no logical id can be made; pass "
                    "logical_id='MyMachine' or StateMachine(..., name='my-machine')"
                )
                raise option_error(msg)
            # A build parameter counts by its name: "${param:stage}-orders" -> StageDashorders.
            logical_id = norm(PARAM.sub(lambda m: m.group(1), machine.name))
        if not re.fullmatch(r"[A-Za-z0-9]{1,200}", logical_id):
            msg = f"logical_id must be 1-200 letters and digits, got {logical_id!r}"
            raise option_error(msg)
        deps = (depends_on,) if isinstance(depends_on, str) else tuple(depends_on)
        statements = tuple(_statement(s) for s in extra_statements)
        deployment = Deployment(
            machine,
            logical_id,
            role,
            tags or {},
            deps,
            retain,
            logging,
            tracing,
            encryption,
            outputs,
            statements,
            exact_versions,
            tuple(covered_states),
            {k: tuple(v) for k, v in (pass_roles or {}).items()},
            {k: tuple(v) for k, v in (bucket_keys or {}).items()},
            alarms,
            notifications,
            tuple(events),
            publish,
        )
        return attrs.evolve(self, deployments=(*self.deployments, deployment))

    def with_functions(self, *functions: Function) -> App:
        """A copy that also defines *functions* (versions, aliases, autoscaling included).

        Example:
            >>> App().with_functions(Function.ref("Worker")).functions[0].logical_id
            'Worker'
        """
        return attrs.evolve(self, functions=(*self.functions, *functions))

    def with_activities(self, *activities: Activity | str) -> App:
        """A copy with these activities added (names or :class:`Activity`).

        Example:
            >>> App().with_activities("myTask").activities[0].resource_id
            'MyTaskActivity'
        """
        acts = tuple(a if isinstance(a, Activity) else Activity(a) for a in activities)
        return attrs.evolve(self, activities=(*self.activities, *acts))

    def with_resources(self, *resources: AWSObject, **by_id: ResourceLike) -> App:
        """A copy with more resources: troposphere objects (by title) or data by logical id.

        Raises:
            ValidationError: a resource is malformed, or its logical id is already taken.

        Example:
            >>> app = App().with_resources(OrdersTable={"Type": "AWS::DynamoDB::Table"})
            >>> app.resources["OrdersTable"]["Type"]
            'AWS::DynamoDB::Table'
        """
        added = {**_resources(resources), **_resources(by_id)}
        taken = [lid for lid in added if lid in self.resources] + [
            getattr(r, "title", "") for r in resources if getattr(r, "title", "") in by_id
        ]
        if taken:
            problems = [
                Problem(
                    f"logical id {lid!r} is already taken by another resource; give this one "
                    "another logical id",
                    f"resources.{lid}",
                    "duplicate-logical-id",
                )
                for lid in dict.fromkeys(taken)
            ]
            raise ValidationError(problems, subject="App resources")
        return attrs.evolve(self, resources={**self.resources, **added})

    def with_tags(self, **tags: str) -> App:
        """A copy with more app-wide tags.

        Example:
            >>> App().with_tags(team="ops").tags
            {'team': 'ops'}
        """
        return attrs.evolve(self, tags={**self.tags, **tags})

    def deployment(self, logical_id: str) -> Deployment:
        """The deployment with this logical id (``KeyError`` if there is none).

        Example:
            >>> from sfdsl import StateMachine, Succeed
            >>> App().add(StateMachine(Succeed("A"), name="m")).deployment("M").machine.name
            'm'
        """
        for d in self.deployments:
            if d.logical_id == logical_id:
                return d
        raise KeyError(logical_id)

    def add_to(
        self, template: Template, *, parameters: Mapping[str, str] | None = None
    ) -> Template:
        """Add this app's resources and outputs to *template* (which is returned).

        Nothing is added when the build fails. Warnings are issued as
        :class:`~sfdsl.errors.SfdslWarning`, as by :func:`~sfdsl.cfn.template_for`.

        Raises:
            BuildError: every problem found, e.g. a logical id the template already uses; the
                template is then left as it was.

        Example:
            >>> from troposphere import Template
            >>> from sfdsl import StateMachine, Succeed
            >>> t = App().add(StateMachine(Succeed("A"), name="m")).add_to(Template())
            >>> sorted(t.resources)
            ['M', 'MRole']
        """
        return _template_builder[0](self, template, parameters or {})


def _statement(value: Any) -> Mapping[str, Any]:
    to_json = getattr(value, "JSONrepr", None)
    if callable(to_json):
        data = to_json()
        return dict(data)
    if isinstance(value, Mapping) and "Effect" in value and "Action" in value:
        return dict(value)
    msg = (
        "extra_statements must be IAM statements: dicts with Effect, Action and Resource, or "
        f"awacs.aws.Statement objects; got {value!r}"
    )
    raise option_error(msg)


TemplateBuilder: TypeAlias = "Callable[[App, Template, Mapping[str, str]], Template]"
"""What :meth:`App.add_to` calls: adds the app to a template, issuing the build's warnings."""

_template_builder: list[TemplateBuilder] = []


def register_template_builder(builder: TemplateBuilder) -> None:
    """Make *builder* the one :meth:`App.add_to` calls.

    The resource builders sit above the options in :mod:`sfdsl.cfn`'s layers, so they give
    :meth:`App.add_to` its implementation when they are imported (``import sfdsl.cfn`` does,
    before any ``App`` can be made) instead of the options importing them.
    """
    _template_builder[:] = [builder]


def published_types(app: App) -> dict[str, str]:
    """Logical id -> type of the versions and aliases *app* publishes (added after the machines).

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> published_types(App().add(StateMachine(Pass("P"), name="pay"), publish=Publish()))
        {'PayVersion': 'AWS::StepFunctions::StateMachineVersion', 'PayAlias': 'AWS::StepFunctions::StateMachineAlias'}
    """
    types: dict[str, str] = {}
    for deployment in app.deployments:
        if deployment.publish is not None:
            types[version_id(deployment.logical_id)] = "AWS::StepFunctions::StateMachineVersion"
            types[alias_id(deployment.logical_id)] = "AWS::StepFunctions::StateMachineAlias"
    return types


__all__ = [
    "Activity",
    "App",
    "Deployment",
    "Encryption",
    "Event",
    "LogLevel",
    "Logging",
    "PlaceholderMode",
    "TemplateBuilder",
    "published_types",
    "register_template_builder",
]
