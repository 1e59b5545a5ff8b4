"""Typed builders of the AWS SDK integration of sagemakerruntime (``aws-sdk:sagemakerruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

InvokeEndpointParameters = TypedDict(
    "InvokeEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "Body": S,
        "Body.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "CustomAttributes": S,
        "CustomAttributes.$": str,
        "TargetModel": S,
        "TargetModel.$": str,
        "TargetVariant": S,
        "TargetVariant.$": str,
        "TargetContainerHostname": S,
        "TargetContainerHostname.$": str,
        "InferenceId": S,
        "InferenceId.$": str,
        "EnableExplanations": S,
        "EnableExplanations.$": str,
        "InferenceComponentName": S,
        "InferenceComponentName.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "PrefixAwareId": S,
        "PrefixAwareId.$": str,
    },
    total=False,
)
InvokeEndpointAsyncParameters = TypedDict(
    "InvokeEndpointAsyncParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "CustomAttributes": S,
        "CustomAttributes.$": str,
        "InferenceId": S,
        "InferenceId.$": str,
        "InputLocation": S,
        "InputLocation.$": str,
        "S3OutputPathExtension": S,
        "S3OutputPathExtension.$": str,
        "Filename": S,
        "Filename.$": str,
        "RequestTTLSeconds": I,
        "RequestTTLSeconds.$": str,
        "InvocationTimeoutSeconds": I,
        "InvocationTimeoutSeconds.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
InvokeEndpointWithResponseStreamParameters = TypedDict(
    "InvokeEndpointWithResponseStreamParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "Body": S,
        "Body.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "CustomAttributes": S,
        "CustomAttributes.$": str,
        "TargetVariant": S,
        "TargetVariant.$": str,
        "TargetContainerHostname": S,
        "TargetContainerHostname.$": str,
        "InferenceId": S,
        "InferenceId.$": str,
        "InferenceComponentName": S,
        "InferenceComponentName.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "PrefixAwareId": S,
        "PrefixAwareId.$": str,
    },
    total=False,
)
invoke_endpoint: Builder[InvokeEndpointParameters]
invoke_endpoint_async: Builder[InvokeEndpointAsyncParameters]
invoke_endpoint_with_response_stream: Builder[InvokeEndpointWithResponseStreamParameters]

__all__ = ["invoke_endpoint", "invoke_endpoint_async", "invoke_endpoint_with_response_stream"]
