"""Typed builders of the AWS SDK integration of sagemakerinferencerouterruntime (``aws-sdk:sagemakerinferencerouterruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

InvokeInferenceRouterParameters = TypedDict(
    "InvokeInferenceRouterParameters",
    {
        "InferenceRouterName": S,
        "InferenceRouterName.$": str,
        "RoutingTargetName": S,
        "RoutingTargetName.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "InferenceId": S,
        "InferenceId.$": str,
        "PrefixAwareId": S,
        "PrefixAwareId.$": str,
        "CustomAttributes": S,
        "CustomAttributes.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
InvokeInferenceRouterAsyncParameters = TypedDict(
    "InvokeInferenceRouterAsyncParameters",
    {
        "InferenceRouterName": S,
        "InferenceRouterName.$": str,
        "RoutingTargetName": S,
        "RoutingTargetName.$": str,
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
    },
    total=False,
)
invoke_inference_router: Builder[InvokeInferenceRouterParameters]
invoke_inference_router_async: Builder[InvokeInferenceRouterAsyncParameters]

__all__ = ["invoke_inference_router", "invoke_inference_router_async"]
