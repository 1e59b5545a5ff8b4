"""Every problem code sfdsl reports: what it means, an example, the fix, and how bad it is.

The rule (docs/errors.md): a problem is an **error** only where Step Functions (or CloudFormation,
IAM) refuses the definition when it is created, or where the execution fails whatever its input.
A likely mistake that the service accepts is a **warning** with the fix. Python constructors may
refuse what reading ASL only warns about, where the intent of the Python is unmistakable: those
codes say so with ``when_read``.

The errors page lists this table (:func:`markdown_table`); a test checks that every code used in
the package is here. What the service itself refuses at creation is listed with the
``ValidateStateMachineDefinition`` diagnostics:
https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

import attrs

from sfdsl._problem_codes import ProblemCode
from sfdsl.errors import Problem, Severity

Kind = Literal["error", "warning", "error or warning"]


@attrs.frozen
class Code:
    """One problem code.

    Example:
        >>> CODES["missing-target"].kind
        'error'
        >>> CODES["jsonata-text-in-jsonpath"].when_read
        'warning'
    """

    name: ProblemCode
    kind: Kind
    meaning: str
    example: str
    fix: str
    when_read: Severity | None = None
    """The severity when the problem is found in ASL that sfdsl reads, if it differs."""


def _c(
    name: ProblemCode,
    kind: Kind,
    meaning: str,
    example: str,
    fix: str,
    when_read: Severity | None = None,
) -> Code:
    return Code(name, kind, meaning, example, fix, when_read)


_TABLE: tuple[Code, ...] = (
    # --------------------------------------------------------------- reading documents
    _c(
        "unreadable",
        "error",
        "The file or text is neither JSON nor a YAML mapping.",
        '`{"StartAt": }`',
        "Fix the syntax at the position the message gives.",
    ),
    _c(
        "no-such-file",
        "error",
        "The file named does not exist.",
        "`sfdsl validate flow.json` with no `flow.json`",
        "Check the path.",
    ),
    _c(
        "duplicate-key",
        "error",
        "A key appears twice in one JSON object or YAML mapping; the service refuses a repeated "
        "key (a repeated state name is `DUPLICATE_STATE_NAME`).",
        '`{"States": {"A": {...}, "A": {...}}}`',
        "Rename or remove one of them.",
    ),
    _c(
        "definition-too-large",
        "error",
        "The ASL definition is over the service's definition size quota (1 MB); "
        "`CreateStateMachine` refuses it.",
        "a machine with very large `Result` values",
        "Move data out of the definition (S3, parameters), or split the workflow.",
    ),
    _c(
        "yaml-type-change",
        "warning",
        "YAML 1.1 read an unquoted value as another type than it looks.",
        "`Seconds: 1:30` (read as 90)",
        "Quote the value, or write the number you mean.",
    ),
    _c(
        "limit-exceeded",
        "error",
        "An input, file or definition is over a limit of the service or of sfdsl "
        "(see the limits page).",
        "a definition over the 1 MB quota",
        "Make it smaller, or split the workflow.",
    ),
    _c(
        "invalid-definition",
        "error",
        "The ASL document has the wrong structure (a state that is not an object, a field of the "
        "wrong JSON type).",
        '`"Retry": {"ErrorEquals": ["X"]}` (an object where an array is needed)',
        "Give the field the structure the message names.",
    ),
    _c(
        "unknown-field",
        "error",
        "A field that the state type (or rule) does not have; the service refuses it.",
        '`{"Type": "Wait", "Seconds": 5, "ResultPath": "$.x"}`',
        "Remove it, or use one of the allowed fields the message lists.",
    ),
    _c(
        "unknown-state-type",
        "error",
        "`Type` is not one of the eight state types.",
        '`"Type": "Lambda"`',
        "Use Task, Pass, Wait, Choice, Parallel, Map, Succeed or Fail.",
    ),
    _c(
        "null-value",
        "error",
        "`null` where the field cannot be null.",
        '`"Next": null`',
        "Give a value or remove the field.",
    ),
    _c(
        "required",
        "error",
        "A required field is missing.",
        "a Task without `Resource`; a Catch without `Next`",
        "Add the field.",
    ),
    # --------------------------------------------------------------- fields
    _c(
        "invalid",
        "error",
        "The code of a `Problem` built without one (sfdsl gives every problem it finds a more "
        "specific code).",
        '`Problem("odd value", "States.A.Comment")`',
        "Follow the message.",
    ),
    _c(
        "type",
        "error",
        "A field has the wrong JSON type.",
        '`"TimeoutSeconds": "30"`',
        "Write a value of the type named (here a number).",
    ),
    _c(
        "not-json",
        "error",
        "A value cannot be written as JSON: an object key that is not a string, a number that is "
        "not finite, or a Python object of another type.",
        '`Pass("P", result={"n": float("nan")})`, `result={1: "a"}`',
        "Use a str, int, finite float, bool, None, list or dict with str keys.",
    ),
    _c(
        "out-of-range",
        "error",
        "A number is outside the range the service allows.",
        '`"BackoffRate": 0.5`, `"MaxAttempts": -1`, `"TimeoutSeconds": 0`',
        "Use a value inside the range the message gives.",
    ),
    _c(
        "not-allowed-value",
        "error",
        "A value is not one of the fixed set the field allows.",
        '`"JitterStrategy": "HALF"`',
        "Use one of the values listed.",
    ),
    _c(
        "mutually-exclusive",
        "error",
        "Two fields that cannot both be set are set.",
        "`Seconds` and `SecondsPath`; `Parameters` and `Arguments`",
        "Keep only one of them.",
    ),
    _c(
        "state-name",
        "error",
        "A state name is empty, longer than 80 characters, or has control characters.",
        '`Pass("")`',
        "Use a name of 1 to 80 printable characters.",
    ),
    _c(
        "invalid-label",
        "error",
        "A distributed Map's `Label` is over 40 characters or has characters the service "
        "refuses (whitespace, brackets, wildcards, punctuation, control characters).",
        '`label="my batch"`',
        "Use up to 40 letters, digits, `-` and `_`.",
    ),
    _c(
        "machine-name",
        "error",
        "A state machine name is not 1-80 letters, digits, `-` or `_`.",
        '`StateMachine(..., name="my flow")`',
        "Use only letters, digits, `-` and `_`.",
    ),
    _c(
        "next-and-end",
        "error",
        "A state has both `Next` and `End: true`.",
        '`{"Type": "Pass", "Next": "B", "End": true}`',
        "Remove one of them.",
    ),
    _c(
        "no-transition",
        "error",
        "A state that needs `Next` or `End` has neither.",
        '`{"Type": "Pass"}` in ASL',
        "Add `Next` or `End: true` (Python closes open ends itself).",
    ),
    _c(
        "wait-duration",
        "error",
        "A Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath.",
        '`Wait("W")`',
        "Give exactly one of them.",
    ),
    _c(
        "heartbeat-not-below-timeout",
        "error",
        "`HeartbeatSeconds` is not smaller than `TimeoutSeconds`.",
        "`timeout_seconds=30, heartbeat_seconds=30`",
        "Lower the heartbeat or raise the timeout.",
    ),
    _c(
        "invalid-timestamp",
        "error",
        "A Wait `Timestamp` is not an RFC 3339 timestamp.",
        '`"Timestamp": "2016-12-05 21:29:29Z"` (no `T`)',
        "Write e.g. `2026-01-31T12:00:00Z`.",
    ),
    _c(
        "invalid-resource",
        "error",
        "A Task `Resource` is not an ARN the service can call.",
        '`"Resource": "lambda:invoke"`',
        "Use the integration's ARN, e.g. `arn:aws:states:::lambda:invoke`.",
    ),
    _c(
        "resource-not-arn",
        "warning",
        "A Task `Resource` does not look like an ARN (it may be filled in at deploy time).",
        '`"Resource": "${HelloFunction}"` without a value',
        "Give the ARN, or a placeholder with a value.",
    ),
    _c(
        "empty-error-equals",
        "error",
        "A Retry or Catch rule has an empty `ErrorEquals` (the ASL specification requires a "
        "non-empty list).",
        '`{"ErrorEquals": [], "Next": "X"}`',
        'Name the errors, e.g. `["States.ALL"]`.',
    ),
    _c(
        "error-name",
        "error",
        "An error name in `ErrorEquals` is not a non-empty string.",
        '`Retry([""])`, `"ErrorEquals": [5]`',
        "Name the error, e.g. `States.Timeout` or your task's error name.",
    ),
    _c(
        "states-all-not-alone",
        "error",
        "`States.ALL` shares its `ErrorEquals` with other names.",
        '`["States.ALL", "States.Timeout"]`',
        "Put the other names in a rule of their own before it.",
    ),
    _c(
        "states-all-not-last",
        "error",
        "A rule with `States.ALL` is not the last one, so the rules after it never match.",
        "`.retry(Retry([States.ALL]), Retry([States.Timeout]))`",
        "Move it to the end.",
    ),
    _c(
        "unknown-states-error",
        "warning",
        "A `States.*` error name that the service never raises and no Fail state raises: "
        "most likely a misspelling.",
        '`"ErrorEquals": ["States.Timout"]`',
        "Use the name the message suggests (or a name of your own outside `States.`).",
    ),
    _c(
        "duplicate-field",
        "error",
        "A payload has both `key` and `key.$`, which set the same field.",
        '`{"id": 1, "id.$": "$.id"}`',
        "Keep one of them.",
    ),
    _c(
        "variable-name",
        "error",
        "An `Assign` variable name is not allowed (or is the reserved `states`).",
        '`"Assign": {"1x": 1}`',
        "Use up to 80 characters without spaces, `.`, `$`, `[`, `]`, not starting with a digit.",
    ),
    _c(
        "invalid-path",
        "error",
        "A JSONPath or reference path is malformed or not allowed in that field.",
        '`"InputPath": "States.Array($.a)"`; `"ResultPath": "$$.Execution"`',
        "Write a path such as `$.field`; compute values with Parameters first.",
    ),
    _c(
        "invalid-intrinsic",
        "error",
        "An intrinsic function call is malformed or unknown.",
        "`States.Formatt('{}', $.a)`",
        "Fix the call; the message names the function or argument.",
    ),
    _c(
        "invalid-jsonata",
        "error",
        "A `{% ... %}` expression is not closed, is empty, or does not parse.",
        '`"Seconds": "{% $x"`',
        "Write a complete expression: `{% expression %}`.",
    ),
    _c(
        "invalid-condition",
        "error",
        "A Choice rule's condition is malformed or compares a value of the wrong type.",
        '`{"Variable": "$.n", "NumericEquals": "1"}`',
        "Use the operator for the value's type, or the `...Path` form.",
    ),
    _c(
        "wrong-query-language",
        "error",
        "A field of the other query language: the service refuses it (JSONPath states have no "
        "`Arguments`/`Output`, JSONata states no `Parameters`/`ResultPath`...).",
        '`{"Type": "Pass", "Output": {...}}` in a JSONPath machine',
        "Set `QueryLanguage` to the language of the field, or use the field of the state's "
        "language.",
    ),
    _c(
        "jsonata-text-in-jsonpath",
        "error",
        "A `{% ... %}` string in a JSONPath state. The service accepts it and passes it on as "
        "plain text, so an ASL document that has one is read with a warning; in Python it is "
        "refused, as a JSONata expression is plainly meant.",
        '`"Assign": {"total": "{% $sum($states.input.items) %}"}` in a JSONPath state',
        "Set `QueryLanguage: JSONata` on the state or machine, or use a path "
        '(`"total.$": "$.total"`).',
        when_read="warning",
    ),
    _c(
        "query-language-downgrade",
        "error",
        "A state sets `QueryLanguage: JSONPath` inside a JSONata machine; the service refuses it.",
        '`Pass("P", query_language="JSONPath")` in a JSONata machine',
        "Remove the state's query language, or make the machine JSONPath.",
    ),
    _c(
        "unevaluated-value",
        "error",
        "A path, intrinsic or expression placed where nothing evaluates it, so it would be "
        "written as text.",
        '`Pass("P", result={"id": Var("$.id")})`; `"id.$"` in a JSONata state',
        "Put it where it is evaluated (the message shows how).",
    ),
    _c(
        "none-is-not-discard",
        "error",
        "`input_path`, `output_path` or `result_path` given as `None`, which would leave the field "
        "unset rather than discard anything (Python only).",
        "`Task(..., result_path=None)` meant to keep the input",
        "Write `DISCARD` (JSON `null`) to discard, or leave the argument out to leave it unset.",
    ),
    _c(
        "payload-not-object",
        "warning",
        "A payload template (Parameters, ResultSelector, ...) that is not an object.",
        '`"Parameters": "$.a"`',
        'Put the value under a key, e.g. `{"value.$": "$.a"}`.',
    ),
    # --------------------------------------------------------------- graph
    _c(
        "missing-target",
        "error",
        "`StartAt`, `Next`, `Default` or a Catch `Next` names a state that does not exist (or is "
        "outside the branch).",
        '`"Default": "Declnied"` with a state called `Declined`',
        "Use the name the message suggests (`did you mean ...?`).",
    ),
    _c(
        "empty-target",
        "error",
        "A transition target (`Next`, `Default`, a Catch's `Next`, `StartAt`) is the empty string.",
        '`"Next": ""`',
        "Name the state to go to.",
    ),
    _c(
        "duplicate-state-name",
        "error",
        "Two states share a name; names are unique in the whole machine, branches included.",
        'two `Pass("Log")` states with different fields',
        "Rename one.",
    ),
    _c(
        "unreachable-state",
        "error",
        "No path from `StartAt` reaches the state; the service refuses it.",
        "a state nothing goes to",
        "Go to it from another state, or remove it.",
    ),
    _c(
        "no-terminal-state",
        "error",
        "No Succeed, Fail or End state can be reached: the execution could never end.",
        "`A -> B -> A` and nothing else",
        "Add an exit.",
    ),
    _c(
        "no-path-to-end",
        "error",
        "Some states loop forever: no path from them reaches an end. The service accepts such a "
        "definition when another path ends (it refuses only a workflow with no terminal state at "
        "all, MISSING_END_STATE), so an ASL document that has one is read with a warning.",
        "`L1 -> L2 -> L1` next to a path that ends",
        "Add an exit (a Choice rule or a Catch) to the loop.",
        when_read="warning",
    ),
    _c(
        "choice-without-rules",
        "error",
        "A Choice state has no rule.",
        '`Choice("C").otherwise("X")` alone',
        "Add one with `.when(condition, target)`.",
    ),
    _c(
        "default-already-set",
        "error",
        "`.otherwise()` on a Choice that already has another Default.",
        '`.otherwise("A").otherwise("B")`',
        "Call it once.",
    ),
    _c(
        "conflicting-next",
        "error",
        "A chain would send one state to two different next states.",
        "`a.next(b)` and `a.next(c)` in one machine",
        "Give each state one next state (use a Choice to branch).",
    ),
    _c(
        "no-open-end",
        "error",
        "`.next()` on a chain that has no open end to continue from (every path already ends or "
        "goes to a named state).",
        '`Choice(...).when(..., "Approved").otherwise("Declnied").next(Pass("Log"))`',
        "Continue from a state of the chain instead; a name that is not a state is pointed out.",
    ),
    _c(
        "parallel-without-branches",
        "error",
        "A Parallel state has no branch.",
        '`Parallel("P", branches=[])`',
        "Give at least one branch.",
    ),
    _c(
        "map-without-processor",
        "error",
        "A Map state has no item processor.",
        '`Map("M")`',
        "Pass `item_processor=<state or chain>`.",
    ),
    _c(
        "distributed-only",
        "warning",
        "A field that only takes effect in a distributed Map, on an inline Map.",
        "`ItemBatcher` on an inline Map",
        "Make the Map distributed, or remove the field.",
    ),
    _c(
        "execution-type-not-distributed",
        "error",
        "`ExecutionType` on a Map whose `ProcessorConfig` mode is not `DISTRIBUTED`.",
        '`Map(..., execution_type="EXPRESS")` with an inline processor',
        "Set `mode='DISTRIBUTED'`, or remove `execution_type`.",
    ),
    _c(
        "reader-option-ignored",
        "warning",
        "A distributed Map's `ReaderConfig` option that the reader's format or resource does not "
        "use (see the ItemReader page of the Step Functions developer guide).",
        '`ReaderConfig(input_type="JSONL", items_pointer="/rows")`; '
        '`manifest_type="ATHENA_DATA"` without the data files\' `input_type`',
        "Remove the option, or set the `input_type`/`Resource` it belongs to.",
    ),
    _c(
        "not-a-json-pointer",
        "warning",
        "`ItemsPointer` is not a JSON Pointer (RFC 6901): the array's location as "
        "`/`-separated keys.",
        '`ReaderConfig(input_type="JSON", items_pointer="$.data.items")`',
        "Write the location as a JSON Pointer, e.g. `/data/items`.",
    ),
    _c(
        "express-unsupported",
        "error",
        "A feature an EXPRESS state machine cannot use.",
        "a distributed Map, or `.sync`/`.waitForTaskToken`, in an EXPRESS machine",
        "Use STANDARD, or another integration pattern.",
    ),
    _c(
        "unguarded-choice-variable",
        "warning",
        "A Choice rule reads a path that may be absent, which fails with `States.Runtime`.",
        '`Var("$.status") == "ok"` where nothing sets `$.status`',
        "Guard it with `Var(...).is_present() & ...`.",
    ),
    _c(
        "unknown-result-field",
        "warning",
        "A Choice rule reads a member that the result of the service call before it never has "
        "(by the API's output shape), so the rule fails with `States.Runtime`, or never matches "
        "when guarded.",
        '`Var("$.r.Itemz").is_present()` after `dynamodb:getItem` with `result_path="$.r"`',
        "Read a member the message lists (the did-you-mean name).",
    ),
    _c(
        "conflicting-comment",
        "error",
        "The machine's comment is given twice with different text.",
        '`StateMachine(Graph(..., comment="a"), comment="b")`',
        "Pass only one.",
    ),
    _c(
        "pattern-unsupported",
        "error",
        "An optimized integration does not support the integration pattern asked for.",
        "`.waitForTaskToken` on an integration that has only request-response",
        "Use one of the patterns the message lists.",
    ),
    # --------------------------------------------------------------- AWS SDK integrations
    _c(
        "sdk-unknown-service",
        "error",
        "An `aws-sdk:` Task names a service the SDK integrations do not have.",
        "`arn:aws:states:::aws-sdk:s4:getObject`",
        "Use the service name the message suggests.",
    ),
    _c(
        "sdk-unknown-action",
        "error",
        "An `aws-sdk:` Task names an action the service does not have.",
        "`arn:aws:states:::aws-sdk:s3:getObjekt`",
        "Use the action the message suggests (camelCase).",
    ),
    _c(
        "sdk-unsupported-action",
        "error",
        "Step Functions cannot call this action through the SDK integrations.",
        "an action the service documents as unsupported",
        "Call it from a Lambda function.",
    ),
    _c(
        "sdk-pattern-unsupported",
        "error",
        "The integration pattern (`.sync`, `.waitForTaskToken`) is not available for SDK calls.",
        "`arn:aws:states:::aws-sdk:s3:listBuckets.sync`",
        "Remove the suffix.",
    ),
    _c(
        "sdk-unknown-parameter",
        "error or warning",
        "A parameter the API does not have.",
        '`{"Bukcet": "b"}` for `s3:getObject`',
        "Use the parameter the message suggests.",
    ),
    _c(
        "sdk-missing-parameter",
        "error or warning",
        "A parameter the API requires is missing.",
        "`s3:getObject` without `Key`",
        "Add it.",
    ),
    _c(
        "sdk-wrong-type",
        "error or warning",
        "A parameter value of the wrong type for the API.",
        '`"MaxKeys": "ten"`',
        "Give a value of the type named.",
    ),
    _c(
        "sdk-scalar-type",
        "error or warning",
        "A scalar parameter value that the API's type does not take as written.",
        '`"MaxKeys": "10"` (a string for a number)',
        "Write the value with the API's type.",
    ),
    _c(
        "sdk-object-for-string",
        "error or warning",
        "An object or array where the API takes a string of JSON text.",
        '`"MessageBody": {"id": 1}` for an API whose field is a JSON string',
        "Pass the text, e.g. `States.JsonToString(...)` in a `.$` key.",
    ),
    _c(
        "sdk-enum-value",
        "error or warning",
        "A value that is not one of the API's allowed values.",
        '`"StorageClass": "COLD"`',
        "Use one of the values listed.",
    ),
    _c(
        "sdk-error-name",
        "error or warning",
        "A Retry or Catch error name for an SDK integration without the prefix Step Functions "
        "gives the service's errors, so it never matches.",
        '`"ErrorEquals": ["NoSuchKey"]` on an `aws-sdk:s3` Task',
        "Write the name the message gives (`S3.NoSuchKeyException`).",
    ),
    _c(
        "sdk-unknown-result-field",
        "warning",
        "A ResultSelector path into a member the result of the AWS SDK call never has (by its "
        "API model), so it selects nothing and the execution fails with States.Runtime.",
        '`"item.$": "$.Itme"` on an `aws-sdk:dynamodb:getItem` Task',
        "Read a member the message lists, spelt as Step Functions returns it.",
    ),
    # --------------------------------------------------------------- build (CloudFormation, IAM)
    _c(
        "build",
        "error",
        "The application cannot be turned into a CloudFormation template; the message says why.",
        "a Function without code",
        "Follow the fix in the message.",
    ),
    _c(
        "build-warning",
        "warning",
        "The template builds but is likely to fail or to do more than meant.",
        "an option that has no effect here",
        "Follow the fix in the message.",
    ),
    _c(
        "build-failed",
        "error",
        "Raised as `BuildError`: the template cannot be built.",
        "`sfdsl build` of an App with a problem",
        "Fix each problem listed.",
    ),
    _c(
        "invalid-option",
        "error",
        "A build option has a wrong value.",
        "an unknown `type=`",
        "Use a value the message allows.",
    ),
    _c(
        "unknown-parameter",
        "error",
        "A `${param:NAME}` the template does not define.",
        "`${param:Stage}` with no parameter Stage",
        "Define the parameter, or fix its name.",
    ),
    _c(
        "unresolved-placeholder",
        "error",
        "A `${Name}` placeholder has no CloudFormation value.",
        '`"Resource": "${HelloArn}"` with no value for HelloArn',
        "Give it one with `Placeholder(name, value)` or a substitution.",
    ),
    _c(
        "placeholder-parameters",
        "warning",
        "Placeholders without a value became template parameters.",
        "`${TableName}` left open",
        "Give the value when you deploy, or in the App.",
    ),
    _c(
        "logical-id",
        "error",
        "A CloudFormation logical id is not 1-255 letters and digits.",
        '`App(resources={"my-queue": ...})`',
        "Use letters and digits only.",
    ),
    _c(
        "duplicate-logical-id",
        "error",
        "Two resources would get the same logical id.",
        "a Function `Hello` and a state machine `hello`",
        "Rename one of them (the message names both).",
    ),
    _c(
        "duplicate-output",
        "error",
        "Two outputs with the same name.",
        '`outputs={"Arn": ...}` twice',
        "Rename one.",
    ),
    _c(
        "duplicate-condition",
        "error",
        "A condition name already in the template.",
        '`conditions={"IsProd": ...}` twice',
        "Rename one.",
    ),
    _c(
        "missing-condition",
        "error",
        "A resource uses a condition that is not defined.",
        '`"Condition": "IsProd"` with no IsProd',
        "Define it with `App(conditions=...)`.",
    ),
    _c(
        "missing-resource",
        "error",
        "A `Ref`/`Fn::GetAtt`/`depends_on` names a resource that is not in the template.",
        '`{"Ref": "OrdersQueu"}`',
        "Define the resource, or fix the name.",
    ),
    _c(
        "invalid-output",
        "error",
        "A template output is malformed (no `Value`, unknown keys).",
        '`outputs={"Url": {"Description": "x"}}`',
        "Give the output a `Value`.",
    ),
    _c(
        "invalid-raw-resource",
        "error",
        "A hand-written template resource is malformed (neither a dict nor a titled troposphere "
        "object, or keys a resource does not have).",
        '`resources={"Queue": {"Type": "AWS::SQS::Queue", "Propertes": {}}}`',
        "Give a dict with `Type` and the resource keys, or a troposphere object with a title.",
    ),
    _c(
        "missing-dependency",
        "error",
        "`depends_on` names a resource that is not in the template.",
        '`depends_on=["OrdersTabel"]`',
        "Use the name the message suggests.",
    ),
    _c(
        "role-name-for-arn",
        "error",
        'A role given as `{"Ref": ...}` of an `AWS::IAM::Role`, which is its name, where an ARN '
        "is needed.",
        '`role={"Ref": "EventsRole"}`',
        'Use `{"Fn::GetAtt": ["EventsRole", "Arn"]}`.',
    ),
    _c(
        "not-an-arn",
        "error",
        "A field whose name ends in `Arn` holds a literal value that is not an ARN; IAM refuses a "
        "policy on it.",
        '`"TopicArn": "TOPIC_ARN"`',
        "Write the ARN, or a placeholder with a value.",
    ),
    _c(
        "account-id",
        "error",
        "An account id in an ARN is not 12 digits.",
        "`arn:aws:sns:us-east-1:1234:alerts`",
        "Write the 12-digit account id, or `${AWS::AccountId}`.",
    ),
    _c(
        "lambda-runtime",
        "error or warning",
        "A Lambda runtime that Lambda blocks for new functions (error), or that is deprecated "
        "(warning).",
        '`runtime="python3.7"`',
        "Use a supported runtime.",
    ),
    _c(
        "provisioned-latest",
        "error",
        "A Task calls `$LATEST` of a function with provisioned concurrency (which lives on a "
        "version or alias).",
        "`fn.latest` of a provisioned Function",
        "Call `fn.alias` (or a version) instead.",
    ),
    _c(
        "rollback-alarms",
        "error",
        "`rollback_alarms='generated'` on a machine that has no alarms.",
        "a deployment preference without alarms",
        "Add alarms, or pass the alarms to watch.",
    ),
    _c(
        "notifications-express",
        "error",
        "Execution notifications on an EXPRESS machine, which sends no status-change events.",
        '`notifications=...` with `type="EXPRESS"`',
        "Use a STANDARD machine.",
    ),
    _c(
        "sync-execution-standard",
        "error",
        "`StartSyncExecution` on a STANDARD machine; only EXPRESS machines run synchronously.",
        "an API endpoint with `action='StartSyncExecution'`",
        "Make the machine EXPRESS, or use `StartExecution`.",
    ),
    _c(
        "authorizer",
        "error",
        "An API Gateway authorizer without a function ARN.",
        "a Lambda authorizer with no function",
        "Give the authorizer's function.",
    ),
    _c(
        "dlq-policy",
        "warning",
        "A dead-letter queue that sfdsl cannot give a queue policy (it is not in the template).",
        "a DLQ given as an imported ARN",
        "Allow the rule to send to it in the queue's own policy.",
    ),
    _c(
        "dlq-role",
        "warning",
        "A schedule's own role must be allowed to send to its dead-letter queue.",
        "a schedule with `role=` and a DLQ",
        "Allow `sqs:SendMessage` on the queue in that role.",
    ),
    _c(
        "iam-derivation",
        "error",
        "No least-privilege IAM statement can be derived for a task.",
        "an `aws-sdk` call whose resource cannot be known",
        "Grant it with `extra_statements` and list the state in `covered_states`.",
    ),
    _c(
        "iam-no-rule",
        "error",
        "sfdsl has no IAM rule for the Task's resource.",
        "a Resource of an unknown integration",
        "Grant what it needs with `extra_statements` and list the state in `covered_states`.",
    ),
    _c(
        "iam-wildcard",
        "warning",
        "A permission is granted on `*` (or every resource of a kind) because the resource is "
        "chosen at run time.",
        '`"TableName.$": "$.table"`',
        "Write the resource in the definition to pin it.",
    ),
    _c(
        "iam-empty-policy",
        "error",
        "An IAM policy document was asked for a machine that needs no permission; IAM rejects "
        "an empty policy.",
        "`policy_document(...)` for a machine of Pass states",
        "Attach no inline policy (`sfdsl build` does this itself).",
    ),
    _c(
        "unfilled-placeholder",
        "error",
        "A `${Name}` placeholder of the definition got no value when the ASL was rendered.",
        "`render_asl(machine, values={})` for a machine with `${TableName}`",
        "Give every placeholder a value.",
    ),
    _c(
        "unknown-placeholder",
        "error",
        "A value given for a placeholder the definition does not have.",
        '`render_asl(machine, values={"TabelName": "orders"})`',
        "Use the name the message suggests, or drop it.",
    ),
    # --------------------------------------------------------------- serverless.yml import
    _c(
        "serverless-yaml",
        "error",
        "serverless.yml is not valid YAML.",
        "a tab in the indentation",
        "Fix the YAML at the position given.",
    ),
    _c(
        "serverless-structure",
        "error",
        "serverless.yml has no state machines where the plugin looks for them, or the wrong shape.",
        "no `stepFunctions.stateMachines`",
        "Follow the structure the message gives.",
    ),
    _c(
        "serverless-definition",
        "error",
        "A state machine's `definition` cannot be read.",
        "a definition string that is not JSON or YAML",
        "Fix the definition.",
    ),
    _c(
        "serverless-file",
        "error",
        "A `${file(...)}` that cannot be read, or that sfdsl does not read.",
        "`${file(./missing.yml)}`",
        "Fix the path, or write the value into serverless.yml.",
    ),
    _c(
        "serverless-variable",
        "error",
        "A serverless variable that gives an object or list inside a piece of text.",
        '`"arn:${self:custom.queue}"` where `custom.queue` is a mapping',
        "Refer to a single value (a string or a number).",
    ),
    _c(
        "serverless-wait",
        "error",
        "A Wait state reads a build parameter in a way that cannot be rewritten.",
        "`SecondsPath` on a `${param:...}` value",
        "Give the parameter a value, or write the Wait in JSONata.",
    ),
    # --------------------------------------------------------------- exception classes
    _c(
        "sfdsl-error",
        "error",
        "Base class of every sfdsl error (`SfdslError`).",
        "`except SfdslError:`",
        "See the subclass raised.",
    ),
    _c(
        "invalid-workflow",
        "error",
        "Raised as `ValidationError`: the workflow is invalid; every problem is listed.",
        "`StateMachine(...)` with problems",
        "Fix each problem listed.",
    ),
    _c(
        "execution-setup",
        "error",
        "Raised as `ExecutionSetupError`: a local run cannot start (bad input, mocks or options).",
        '`run(sm, mocks={"Nope": ...})`',
        "Fix the input or mock named.",
    ),
    _c(
        "missing-mock",
        "error",
        "A local run reached a task state that has no mock (raised as `MissingMockError`).",
        "`run(sm, {})` with a Task and no `mocks=`",
        "Add a mock by state name (`mocks={'Charge': {...}}`) or by resource; in a mock file, "
        "add the state to the test case's `MockedResponses`.",
    ),
    _c(
        "mock-validation",
        "error",
        "Raised as `MockValidationError` (an `ExecutionSetupError`): mocked task results that "
        "their integrations could never return; every problem is listed.",
        '`run(sm, mocks={"Get": {"item": {}}})` for `dynamodb:getItem`',
        'Fix each mock named, or run with `mock_validation="none"`.',
    ),
    _c(
        "mock-unknown-field",
        "error",
        "A mocked task result has a field that the integration's output shape (the API model, "
        "the Lambda Invoke response) does not have.",
        '`{"MessageID": "1"}` for `aws-sdk:sqs:sendMessage`',
        "Rename the field as the message says (SDK integrations spell fields as the AWS SDK for "
        "Java v2 does: `MessageId`), or remove it.",
    ),
    _c(
        "mock-wrong-type",
        "error",
        "A field of a mocked task result has another JSON type than the integration's output "
        "shape (timestamps are strings).",
        '`{"SequenceNumber": 5}` for `sqs:sendMessage`',
        "Give the field the type the message names.",
    ),
    _c(
        "mock-missing-field",
        "error",
        "With mock validation `strict`, a mocked task result lacks a field every result of the "
        "integration has.",
        '`{"Payload": {}}` for `lambda:invoke` (no `StatusCode`)',
        "Add the field, or use mock validation `present`.",
    ),
    _c(
        "bad-target",
        "error",
        "Raised as `TargetError`: a command-line TARGET cannot be loaded.",
        "`sfdsl validate flows.py:nope`",
        "Name a file, module or object that exists.",
    ),
    _c(
        "diagram-failed",
        "error",
        "Raised as `DiagramError`: a diagram cannot be drawn or rendered.",
        "`--format gif`",
        "Use a supported format; install graphviz for SVG/PNG.",
    ),
    _c(
        "graphviz-not-found",
        "error",
        "Graphviz's `dot` is needed for SVG/PNG and is not installed.",
        "`sfdsl graph flow.json --format svg` without graphviz",
        "Install graphviz, or use `--format dot`/`mermaid`.",
    ),
)

CODES: Mapping[ProblemCode, Code] = {c.name: c for c in _TABLE}
"""Every problem code, by name."""

_READ_AS: dict[str, Severity] = {c.name: c.when_read for c in _TABLE if c.when_read is not None}


def as_read(problems: Iterable[Problem]) -> list[Problem]:
    """*problems* as they stand for ASL that sfdsl reads: see :attr:`Code.when_read`.

    Example:
        >>> found = as_read([Problem("text", "States.P.Assign.x", "jsonata-text-in-jsonpath")])
        >>> found[0].severity
        'warning'
    """
    out: list[Problem] = []
    for p in problems:
        severity = _READ_AS.get(p.code)
        out.append(p if severity is None else attrs.evolve(p, severity=severity))
    return out


def strict(problems: Iterable[Problem]) -> list[Problem]:
    """*problems* with every warning made an error (``--strict``, ``strict=True``).

    Example:
        >>> [p.severity for p in strict([Problem("odd", severity="warning")])]
        ['error']
    """
    return [attrs.evolve(p, severity="error") if p.severity == "warning" else p for p in problems]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table() -> str:
    """The table of codes on the errors page (docs/errors.md).

    Example:
        >>> markdown_table().splitlines()[0]
        '| Code | Kind | Meaning | Example | Fix |'
    """
    lines = ["| Code | Kind | Meaning | Example | Fix |", "|---|---|---|---|---|"]
    for c in sorted(_TABLE, key=lambda c: c.name):
        kind = c.kind if c.when_read is None else f"{c.kind} ({c.when_read} when read from ASL)"
        lines.append(
            f"| `{c.name}` | {kind} | {_cell(c.meaning)} | {_cell(c.example)} | {_cell(c.fix)} |"
        )
    return "\n".join(lines)


__all__ = ["CODES", "Code", "Kind", "as_read", "markdown_table", "strict"]
