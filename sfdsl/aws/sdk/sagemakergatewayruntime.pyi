"""Typed builders of the AWS SDK integration of sagemakergatewayruntime (``aws-sdk:sagemakergatewayruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

InvokeGlobalInferenceGatewayParameters = TypedDict(
    "InvokeGlobalInferenceGatewayParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "Accept": S,
        "Accept.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "CustomerIdentityToken": S,
        "CustomerIdentityToken.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
InvokeGlobalInferenceGatewayWithResponseStreamParameters = TypedDict(
    "InvokeGlobalInferenceGatewayWithResponseStreamParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "Accept": S,
        "Accept.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "CustomerIdentityToken": S,
        "CustomerIdentityToken.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
invoke_global_inference_gateway: Builder[InvokeGlobalInferenceGatewayParameters]
invoke_global_inference_gateway_with_response_stream: Builder[
    InvokeGlobalInferenceGatewayWithResponseStreamParameters
]

__all__ = [
    "invoke_global_inference_gateway",
    "invoke_global_inference_gateway_with_response_stream",
]
