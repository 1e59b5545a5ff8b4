"""Typed builders of the AWS SDK integration of signer (``aws-sdk:signer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X

AddProfilePermissionParameters = TypedDict(
    "AddProfilePermissionParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "ProfileVersion": S,
        "ProfileVersion.$": str,
        "Action": S,
        "Action.$": str,
        "Principal": S,
        "Principal.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "StatementId": S,
        "StatementId.$": str,
    },
    total=False,
)
CancelSigningProfileParameters = TypedDict(
    "CancelSigningProfileParameters", {"ProfileName": S, "ProfileName.$": str}, total=False
)
DescribeSigningJobParameters = TypedDict(
    "DescribeSigningJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetRevocationStatusParameters = TypedDict(
    "GetRevocationStatusParameters",
    {
        "SignatureTimestamp": T,
        "SignatureTimestamp.$": str,
        "PlatformId": S,
        "PlatformId.$": str,
        "ProfileVersionArn": S,
        "ProfileVersionArn.$": str,
        "JobArn": S,
        "JobArn.$": str,
        "CertificateHashes": L[Si],
        "CertificateHashes.$": str,
    },
    total=False,
)
GetSigningPlatformParameters = TypedDict(
    "GetSigningPlatformParameters", {"PlatformId": S, "PlatformId.$": str}, total=False
)
GetSigningProfileParameters = TypedDict(
    "GetSigningProfileParameters",
    {"ProfileName": S, "ProfileName.$": str, "ProfileOwner": S, "ProfileOwner.$": str},
    total=False,
)
ListProfilePermissionsParameters = TypedDict(
    "ListProfilePermissionsParameters",
    {"ProfileName": S, "ProfileName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSigningJobsParameters = TypedDict(
    "ListSigningJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "PlatformId": S,
        "PlatformId.$": str,
        "RequestedBy": S,
        "RequestedBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IsRevoked": B,
        "IsRevoked.$": str,
        "SignatureExpiresBefore": T,
        "SignatureExpiresBefore.$": str,
        "SignatureExpiresAfter": T,
        "SignatureExpiresAfter.$": str,
        "JobInvoker": S,
        "JobInvoker.$": str,
    },
    total=False,
)
ListSigningPlatformsParameters = TypedDict(
    "ListSigningPlatformsParameters",
    {
        "Category": S,
        "Category.$": str,
        "Partner": S,
        "Partner.$": str,
        "Target": S,
        "Target.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSigningProfilesParameters = TypedDict(
    "ListSigningProfilesParameters",
    {
        "IncludeCanceled": B,
        "IncludeCanceled.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PlatformId": S,
        "PlatformId.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class SigningMaterial(TypedDict, total=False):
    CertificateArn: S

class SignatureValidityPeriod(TypedDict, total=False):
    Value: I
    Type: S

class SigningConfigurationOverrides(TypedDict, total=False):
    EncryptionAlgorithm: S
    HashAlgorithm: S

class SigningPlatformOverrides(TypedDict, total=False):
    SigningConfiguration: X[SigningConfigurationOverrides]
    SigningImageFormat: S

PutSigningProfileParameters = TypedDict(
    "PutSigningProfileParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "SigningMaterial": X[SigningMaterial],
        "SigningMaterial.$": str,
        "SignatureValidityPeriod": X[SignatureValidityPeriod],
        "SignatureValidityPeriod.$": str,
        "PlatformId": S,
        "PlatformId.$": str,
        "Overrides": X[SigningPlatformOverrides],
        "Overrides.$": str,
        "SigningParameters": M[S],
        "SigningParameters.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
RemoveProfilePermissionParameters = TypedDict(
    "RemoveProfilePermissionParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "StatementId": S,
        "StatementId.$": str,
    },
    total=False,
)
RevokeSignatureParameters = TypedDict(
    "RevokeSignatureParameters",
    {"JobId": S, "JobId.$": str, "JobOwner": S, "JobOwner.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
RevokeSigningProfileParameters = TypedDict(
    "RevokeSigningProfileParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "ProfileVersion": S,
        "ProfileVersion.$": str,
        "Reason": S,
        "Reason.$": str,
        "EffectiveTime": T,
        "EffectiveTime.$": str,
    },
    total=False,
)
SignPayloadParameters = TypedDict(
    "SignPayloadParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "ProfileOwner": S,
        "ProfileOwner.$": str,
        "Payload": S,
        "Payload.$": str,
        "PayloadFormat": S,
        "PayloadFormat.$": str,
    },
    total=False,
)

class S3Source(TypedDict, total=False):
    BucketName: S
    Key: S
    Version: S

class Source(TypedDict, total=False):
    S3: X[S3Source]

class S3Destination(TypedDict, total=False):
    BucketName: S
    Prefix: S

class Destination(TypedDict, total=False):
    S3: X[S3Destination]

StartSigningJobParameters = TypedDict(
    "StartSigningJobParameters",
    {
        "Source": X[Source],
        "Source.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "ProfileName": S,
        "ProfileName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ProfileOwner": S,
        "ProfileOwner.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
add_profile_permission: Builder[AddProfilePermissionParameters]
cancel_signing_profile: Builder[CancelSigningProfileParameters]
describe_signing_job: Builder[DescribeSigningJobParameters]
get_revocation_status: Builder[GetRevocationStatusParameters]
get_signing_platform: Builder[GetSigningPlatformParameters]
get_signing_profile: Builder[GetSigningProfileParameters]
list_profile_permissions: Builder[ListProfilePermissionsParameters]
list_signing_jobs: Builder[ListSigningJobsParameters]
list_signing_platforms: Builder[ListSigningPlatformsParameters]
list_signing_profiles: Builder[ListSigningProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_signing_profile: Builder[PutSigningProfileParameters]
remove_profile_permission: Builder[RemoveProfilePermissionParameters]
revoke_signature: Builder[RevokeSignatureParameters]
revoke_signing_profile: Builder[RevokeSigningProfileParameters]
sign_payload: Builder[SignPayloadParameters]
start_signing_job: Builder[StartSigningJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "add_profile_permission",
    "cancel_signing_profile",
    "describe_signing_job",
    "get_revocation_status",
    "get_signing_platform",
    "get_signing_profile",
    "list_profile_permissions",
    "list_signing_jobs",
    "list_signing_platforms",
    "list_signing_profiles",
    "list_tags_for_resource",
    "put_signing_profile",
    "remove_profile_permission",
    "revoke_signature",
    "revoke_signing_profile",
    "sign_payload",
    "start_signing_job",
    "tag_resource",
    "untag_resource",
]
