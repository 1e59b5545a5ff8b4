"""Misuses of the typed integration constructors that mypy must reject.

Not run: tests/typing/test_aws_types.py type-checks this file with ``mypy --strict`` and compares
mypy's errors with the ``# E:`` comment above each line.
"""

from __future__ import annotations

from sfdsl import aws
from sfdsl.aws.sdk import dynamodb

# A misspelt parameter.
# E: Unexpected keyword argument "tabel_name" for "dynamodb_get_item"; did you mean "table_name"?  [call-arg]
aws.dynamodb_get_item("Get", tabel_name="orders", key={}, end=True)
# A missing required parameter.
# E: Missing named argument "message_body" for "sqs_send_message"  [call-arg]
aws.sqs_send_message("Send", queue_url="https://q", end=True)
# An integration pattern the service does not support.
# E: Argument "pattern" to "sqs_send_message" has incompatible type "Literal['sync']"; expected "Literal['request_response', 'wait_for_task_token']"  [arg-type]
aws.sqs_send_message("Send", queue_url="q", message_body="b", pattern="sync", end=True)
# A misspelt Task option.
# E: Unexpected keyword argument "result_pth" for "lambda_invoke"; did you mean "result_path"?  [call-arg]
aws.lambda_invoke("Call", function_name="f", result_pth="$.r", end=True)

# A pattern on an integration that only answers request-response.
# E: Unexpected keyword argument "pattern" for "sagemaker_create_model"  [call-arg]
aws.sagemaker_create_model("Model", model_name="m", pattern="sync", end=True)
# A pattern the integration does not have.
# E: Argument "pattern" to "eks_delete_cluster" has incompatible type "Literal['wait_for_task_token']"; expected "Literal['request_response', 'sync']"  [arg-type]
aws.eks_delete_cluster("Drop", cluster_name="c", pattern="wait_for_task_token", end=True)

# A misspelt parameter of a typed AWS SDK builder.
# E: Extra key "TableNmae" for TypedDict "GetItemParameters"  [typeddict-unknown-key]
dynamodb.get_item("Get", {"TableNmae": "orders", "Key": {}}, end=True)
# A misspelt action.
# E: Module has no attribute "get_items"; maybe "get_item"?  [attr-defined]
dynamodb.get_items("Get", {}, end=True)
