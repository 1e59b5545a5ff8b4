"""Misuses of the typed AWS SDK builders (sfdsl.aws.sdk) that mypy must reject.

Not run: tests/typing/test_sdk_builder_types.py type-checks this file with ``mypy --strict`` and
compares mypy's errors with the ``# E:`` comment above each line.
"""

from __future__ import annotations

from sfdsl import Var
from sfdsl.aws.sdk import ecs, rds, s3, sqs

# A misspelt parameter.
# E: Extra key "QueueUrll" for TypedDict "SendMessageParameters"  [typeddict-unknown-key]
sqs.send_message("Send", {"QueueUrll": "https://q", "MessageBody": "hi"}, end=True)
# A misspelt path key.
# E: Extra key "Bucket$" for TypedDict "GetObjectParameters"  [typeddict-unknown-key]
s3.get_object("Get", {"Bucket$": "$.bucket", "Key": "k"}, end=True)
# The API model's name where Step Functions takes the AWS SDK for Java v2 name.
# E: Extra key "DBInstanceIdentifier" for TypedDict "StopDBInstanceParameters"  [typeddict-unknown-key]
rds.stop_db_instance("Stop", {"DBInstanceIdentifier": "db-1"}, end=True)
# A misspelt name inside a nested structure (ECS overrides); mypy names the outer member.
# E: Incompatible types (expression has type "dict[str, list[dict[str, str]]]", TypedDict item "Overrides" has type "TaskOverride | HasPath | IntrinsicCall | Jsonata | Placeholder")  [typeddict-item]
ecs.run_task("Run", {"Overrides": {"ContainerOverrides": [{"Nme": "app"}]}}, end=True)
# A misspelt field of an SQS message attribute (a map of structures).
# E: Dict entry 0 has incompatible type "str": "dict[str, str]"; expected "str": "MessageAttributeValue | HasPath | IntrinsicCall | Jsonata | Placeholder"  [dict-item]
sqs.send_message("Send", {"MessageAttributes": {"a": {"StringValu": "x"}}}, end=True)
# A string where the model has an integer.
# E: Incompatible types (expression has type "str", TypedDict item "MaxKeys" has type "int | HasPath | IntrinsicCall | Jsonata | Placeholder")  [typeddict-item]
s3.list_objects_v2("List", {"Bucket": "b", "MaxKeys": "ten"}, end=True)
# A path key takes the path text, not a Var.
# E: Incompatible types (expression has type "Var", TypedDict item "MessageBody.$" has type "str")  [typeddict-item]
sqs.send_message("Send", {"QueueUrl": "q", "MessageBody.$": Var("$.body")}, end=True)
# An integration pattern AWS SDK integrations do not have.
# E: Argument "pattern" to "__call__" of "Builder" has incompatible type "Literal['sync']"; expected "Literal['request_response', 'wait_for_task_token']"  [arg-type]
sqs.send_message("Send", {"QueueUrl": "q", "MessageBody": "b"}, pattern="sync", end=True)
# An action the service does not have.
# E: Module has no attribute "send_messages"; maybe "send_message" or "send_message_batch"?  [attr-defined]
sqs.send_messages("Send", {}, end=True)
# A path inside a list: ASL does not evaluate it there (States.Array builds the list).
# E: List item 0 has incompatible type "Var"; expected "str | Jsonata | Placeholder"  [list-item]
sqs.get_queue_attributes("Get", {"QueueUrl": "q", "AttributeNames": [Var("$.name")]}, end=True)
