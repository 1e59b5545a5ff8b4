"""Typed builders of the AWS SDK integration of ssmguiconnect (``aws-sdk:ssmguiconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, X, Xi

DeleteConnectionRecordingPreferencesParameters = TypedDict(
    "DeleteConnectionRecordingPreferencesParameters",
    {"ClientToken": S, "ClientToken.$": str},
    total=False,
)

class GetConnectionRecordingPreferencesParameters(TypedDict, total=False): ...

class S3Bucket(TypedDict, total=False):
    BucketName: S
    BucketOwner: S

class RecordingDestinations(TypedDict, total=False):
    S3Buckets: L[Xi[S3Bucket]]

class ConnectionRecordingPreferences(TypedDict, total=False):
    KmsKeyArn: S
    RecordingDestinations: X[RecordingDestinations]

UpdateConnectionRecordingPreferencesParameters = TypedDict(
    "UpdateConnectionRecordingPreferencesParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionRecordingPreferences": X[ConnectionRecordingPreferences],
        "ConnectionRecordingPreferences.$": str,
    },
    total=False,
)
delete_connection_recording_preferences: Builder[DeleteConnectionRecordingPreferencesParameters]
get_connection_recording_preferences: Builder[GetConnectionRecordingPreferencesParameters]
update_connection_recording_preferences: Builder[UpdateConnectionRecordingPreferencesParameters]

__all__ = [
    "delete_connection_recording_preferences",
    "get_connection_recording_preferences",
    "update_connection_recording_preferences",
]
