"""Typed builders of the AWS SDK integration of cloudtraildata (``aws-sdk:cloudtraildata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Xi

class AuditEvent(TypedDict, total=False):
    EventData: S
    EventDataChecksum: S
    Id: S

PutAuditEventsParameters = TypedDict(
    "PutAuditEventsParameters",
    {
        "AuditEvents": L[Xi[AuditEvent]],
        "AuditEvents.$": str,
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
    },
    total=False,
)
put_audit_events: Builder[PutAuditEventsParameters]

__all__ = ["put_audit_events"]
