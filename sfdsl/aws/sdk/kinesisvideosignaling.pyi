"""Typed builders of the AWS SDK integration of kinesisvideosignaling (``aws-sdk:kinesisvideosignaling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

GetIceServerConfigParameters = TypedDict(
    "GetIceServerConfigParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "Service": S,
        "Service.$": str,
        "Username": S,
        "Username.$": str,
    },
    total=False,
)
SendAlexaOfferToMasterParameters = TypedDict(
    "SendAlexaOfferToMasterParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "SenderClientId": S,
        "SenderClientId.$": str,
        "MessagePayload": S,
        "MessagePayload.$": str,
    },
    total=False,
)
get_ice_server_config: Builder[GetIceServerConfigParameters]
send_alexa_offer_to_master: Builder[SendAlexaOfferToMasterParameters]

__all__ = ["get_ice_server_config", "send_alexa_offer_to_master"]
