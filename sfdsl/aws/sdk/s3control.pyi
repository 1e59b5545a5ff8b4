"""Typed builders of the AWS SDK integration of s3control (``aws-sdk:s3control:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AssociateAccessGrantsIdentityCenterParameters = TypedDict(
    "AssociateAccessGrantsIdentityCenterParameters",
    {"AccountId": S, "AccountId.$": str, "IdentityCenterArn": S, "IdentityCenterArn.$": str},
    total=False,
)

class AccessGrantsLocationConfiguration(TypedDict, total=False):
    S3SubPrefix: S

class Grantee(TypedDict, total=False):
    GranteeType: S
    GranteeIdentifier: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAccessGrantParameters = TypedDict(
    "CreateAccessGrantParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "AccessGrantsLocationId": S,
        "AccessGrantsLocationId.$": str,
        "AccessGrantsLocationConfiguration": X[AccessGrantsLocationConfiguration],
        "AccessGrantsLocationConfiguration.$": str,
        "Grantee": X[Grantee],
        "Grantee.$": str,
        "Permission": S,
        "Permission.$": str,
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "S3PrefixType": S,
        "S3PrefixType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAccessGrantsInstanceParameters = TypedDict(
    "CreateAccessGrantsInstanceParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "IdentityCenterArn": S,
        "IdentityCenterArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAccessGrantsLocationParameters = TypedDict(
    "CreateAccessGrantsLocationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "LocationScope": S,
        "LocationScope.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class VpcConfiguration(TypedDict, total=False):
    VpcId: S

class PublicAccessBlockConfiguration(TypedDict, total=False):
    BlockPublicAcls: B
    IgnorePublicAcls: B
    BlockPublicPolicy: B
    RestrictPublicBuckets: B

class Scope(TypedDict, total=False):
    Prefixes: L[Si]
    Permissions: L[Si]

CreateAccessPointParameters = TypedDict(
    "CreateAccessPointParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
        "PublicAccessBlockConfiguration": X[PublicAccessBlockConfiguration],
        "PublicAccessBlockConfiguration.$": str,
        "BucketAccountId": S,
        "BucketAccountId.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AwsLambdaTransformation(TypedDict, total=False):
    FunctionArn: S
    FunctionPayload: S

class ObjectLambdaContentTransformation(TypedDict, total=False):
    AwsLambda: X[AwsLambdaTransformation]

class ObjectLambdaTransformationConfiguration(TypedDict, total=False):
    Actions: L[Si]
    ContentTransformation: X[ObjectLambdaContentTransformation]

class ObjectLambdaConfiguration(TypedDict, total=False):
    SupportingAccessPoint: S
    CloudWatchMetricsEnabled: B
    AllowedFeatures: L[Si]
    TransformationConfigurations: L[Xi[ObjectLambdaTransformationConfiguration]]

CreateAccessPointForObjectLambdaParameters = TypedDict(
    "CreateAccessPointForObjectLambdaParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[ObjectLambdaConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class CreateBucketConfiguration(TypedDict, total=False):
    LocationConstraint: S

CreateBucketParameters = TypedDict(
    "CreateBucketParameters",
    {
        "Acl": S,
        "Acl.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "CreateBucketConfiguration": X[CreateBucketConfiguration],
        "CreateBucketConfiguration.$": str,
        "GrantFullControl": S,
        "GrantFullControl.$": str,
        "GrantRead": S,
        "GrantRead.$": str,
        "GrantReadACP": S,
        "GrantReadACP.$": str,
        "GrantWrite": S,
        "GrantWrite.$": str,
        "GrantWriteACP": S,
        "GrantWriteACP.$": str,
        "ObjectLockEnabledForBucket": B,
        "ObjectLockEnabledForBucket.$": str,
        "OutpostId": S,
        "OutpostId.$": str,
    },
    total=False,
)

class LambdaInvokeOperation(TypedDict, total=False):
    FunctionArn: S
    InvocationSchemaVersion: S
    UserArguments: M[S]

class S3Grantee(TypedDict, total=False):
    TypeIdentifier: S
    Identifier: S
    DisplayName: S

class S3Grant(TypedDict, total=False):
    Grantee: X[S3Grantee]
    Permission: S

class S3ObjectMetadata(TypedDict, total=False):
    CacheControl: S
    ContentDisposition: S
    ContentEncoding: S
    ContentLanguage: S
    UserMetadata: M[S]
    ContentLength: I
    ContentMD5: S
    ContentType: S
    HttpExpiresDate: T
    RequesterCharged: B
    SseAlgorithm: S

class S3Tag(TypedDict, total=False):
    Key: S
    Value: S

class S3ObjectLockEventHoldDuration(TypedDict, total=False):
    Days: I
    Years: I

class S3CopyObjectOperation(TypedDict, total=False):
    TargetResource: S
    CannedAccessControlList: S
    AccessControlGrants: L[Xi[S3Grant]]
    MetadataDirective: S
    AnnotationDirective: S
    ModifiedSinceConstraint: T
    NewObjectMetadata: X[S3ObjectMetadata]
    NewObjectTagging: L[Xi[S3Tag]]
    RedirectLocation: S
    RequesterPays: B
    StorageClass: S
    UnModifiedSinceConstraint: T
    SseAwsKmsKeyId: S
    TargetKeyPrefix: S
    ObjectLockLegalHoldStatus: S
    ObjectLockMode: S
    ObjectLockRetainUntilDate: T
    BucketKeyEnabled: B
    ChecksumAlgorithm: S
    ObjectLockEventHold: S
    ObjectLockEventHoldDuration: X[S3ObjectLockEventHoldDuration]

class S3ObjectOwner(TypedDict, total=False):
    Id: S
    DisplayName: S

class S3AccessControlList(TypedDict, total=False):
    Owner: X[S3ObjectOwner]
    Grants: L[Xi[S3Grant]]

class S3AccessControlPolicy(TypedDict, total=False):
    AccessControlList: X[S3AccessControlList]
    CannedAccessControlList: S

class S3SetObjectAclOperation(TypedDict, total=False):
    AccessControlPolicy: X[S3AccessControlPolicy]

class S3SetObjectTaggingOperation(TypedDict, total=False):
    TagSet: L[Xi[S3Tag]]

class S3DeleteObjectTaggingOperation(TypedDict, total=False): ...

class S3InitiateRestoreObjectOperation(TypedDict, total=False):
    ExpirationInDays: I
    GlacierJobTier: S

class S3ObjectLockLegalHold(TypedDict, total=False):
    Status: S

class S3SetObjectLegalHoldOperation(TypedDict, total=False):
    LegalHold: X[S3ObjectLockLegalHold]

class S3ObjectLockRetentionEventHoldDuration(TypedDict, total=False):
    Days: I
    Years: I

class S3Retention(TypedDict, total=False):
    RetainUntilDate: T
    Mode: S
    EventHold: S
    EventHoldDuration: X[S3ObjectLockRetentionEventHoldDuration]

class S3SetObjectRetentionOperation(TypedDict, total=False):
    BypassGovernanceRetention: B
    Retention: X[S3Retention]

class S3ReplicateObjectOperation(TypedDict, total=False): ...

class S3ComputeObjectChecksumOperation(TypedDict, total=False):
    ChecksumAlgorithm: S
    ChecksumType: S

class S3UpdateObjectEncryptionSSEKMS(TypedDict, total=False):
    KmsKeyArn: S
    BucketKeyEnabled: B

class ObjectEncryption(TypedDict, total=False):
    Ssekms: X[S3UpdateObjectEncryptionSSEKMS]

class S3UpdateObjectEncryptionOperation(TypedDict, total=False):
    ObjectEncryption: X[ObjectEncryption]

class JobOperation(TypedDict, total=False):
    LambdaInvoke: X[LambdaInvokeOperation]
    S3PutObjectCopy: X[S3CopyObjectOperation]
    S3PutObjectAcl: X[S3SetObjectAclOperation]
    S3PutObjectTagging: X[S3SetObjectTaggingOperation]
    S3DeleteObjectTagging: X[S3DeleteObjectTaggingOperation]
    S3InitiateRestoreObject: X[S3InitiateRestoreObjectOperation]
    S3PutObjectLegalHold: X[S3SetObjectLegalHoldOperation]
    S3PutObjectRetention: X[S3SetObjectRetentionOperation]
    S3ReplicateObject: X[S3ReplicateObjectOperation]
    S3ComputeObjectChecksum: X[S3ComputeObjectChecksumOperation]
    S3UpdateObjectEncryption: X[S3UpdateObjectEncryptionOperation]

class JobReport(TypedDict, total=False):
    Bucket: S
    Format: S
    Enabled: B
    Prefix: S
    ReportScope: S
    ExpectedBucketOwner: S

class JobManifestSpec(TypedDict, total=False):
    Format: S
    Fields: L[Si]

class JobManifestLocation(TypedDict, total=False):
    ObjectArn: S
    ObjectVersionId: S
    ETag: S

class JobManifest(TypedDict, total=False):
    Spec: X[JobManifestSpec]
    Location: X[JobManifestLocation]

class SSES3Encryption(TypedDict, total=False): ...

class SSEKMSEncryption(TypedDict, total=False):
    KeyId: S

class GeneratedManifestEncryption(TypedDict, total=False):
    Sses3: X[SSES3Encryption]
    Ssekms: X[SSEKMSEncryption]

class S3ManifestOutputLocation(TypedDict, total=False):
    ExpectedManifestBucketOwner: S
    Bucket: S
    ManifestPrefix: S
    ManifestEncryption: X[GeneratedManifestEncryption]
    ManifestFormat: S

class KeyNameConstraint(TypedDict, total=False):
    MatchAnyPrefix: L[Si]
    MatchAnySuffix: L[Si]
    MatchAnySubstring: L[Si]

class SSES3Filter(TypedDict, total=False): ...

class SSEKMSFilter(TypedDict, total=False):
    KmsKeyArn: S
    BucketKeyEnabled: B

class DSSEKMSFilter(TypedDict, total=False):
    KmsKeyArn: S

class SSECFilter(TypedDict, total=False): ...
class NotSSEFilter(TypedDict, total=False): ...

class ObjectEncryptionFilter(TypedDict, total=False):
    Sses3: X[SSES3Filter]
    Ssekms: X[SSEKMSFilter]
    Dssekms: X[DSSEKMSFilter]
    Ssec: X[SSECFilter]
    Notsse: X[NotSSEFilter]

class JobManifestGeneratorFilter(TypedDict, total=False):
    EligibleForReplication: B
    CreatedAfter: T
    CreatedBefore: T
    ObjectReplicationStatuses: L[Si]
    KeyNameConstraint: X[KeyNameConstraint]
    ObjectSizeGreaterThanBytes: I
    ObjectSizeLessThanBytes: I
    MatchAnyStorageClass: L[Si]
    MatchAnyObjectEncryption: L[Xi[ObjectEncryptionFilter]]

class S3JobManifestGenerator(TypedDict, total=False):
    ExpectedBucketOwner: S
    SourceBucket: S
    ManifestOutputLocation: X[S3ManifestOutputLocation]
    Filter: X[JobManifestGeneratorFilter]
    EnableManifestOutput: B

class JobManifestGenerator(TypedDict, total=False):
    S3JobManifestGenerator: X[S3JobManifestGenerator]

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ConfirmationRequired": B,
        "ConfirmationRequired.$": str,
        "Operation": X[JobOperation],
        "Operation.$": str,
        "Report": X[JobReport],
        "Report.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Manifest": X[JobManifest],
        "Manifest.$": str,
        "Description": S,
        "Description.$": str,
        "Priority": I,
        "Priority.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[S3Tag]],
        "Tags.$": str,
        "ManifestGenerator": X[JobManifestGenerator],
        "ManifestGenerator.$": str,
    },
    total=False,
)

class Region(TypedDict, total=False):
    Bucket: S
    BucketAccountId: S

class CreateMultiRegionAccessPointInput(TypedDict, total=False):
    Name: S
    PublicAccessBlock: X[PublicAccessBlockConfiguration]
    Regions: L[Xi[Region]]

CreateMultiRegionAccessPointParameters = TypedDict(
    "CreateMultiRegionAccessPointParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Details": X[CreateMultiRegionAccessPointInput],
        "Details.$": str,
    },
    total=False,
)

class MatchObjectAge(TypedDict, total=False):
    DaysGreaterThan: I
    DaysLessThan: I

class MatchObjectSize(TypedDict, total=False):
    BytesGreaterThan: I
    BytesLessThan: I

class StorageLensGroupAndOperator(TypedDict, total=False):
    MatchAnyPrefix: L[Si]
    MatchAnySuffix: L[Si]
    MatchAnyTag: L[Xi[S3Tag]]
    MatchObjectAge: X[MatchObjectAge]
    MatchObjectSize: X[MatchObjectSize]

class StorageLensGroupOrOperator(TypedDict, total=False):
    MatchAnyPrefix: L[Si]
    MatchAnySuffix: L[Si]
    MatchAnyTag: L[Xi[S3Tag]]
    MatchObjectAge: X[MatchObjectAge]
    MatchObjectSize: X[MatchObjectSize]

class StorageLensGroupFilter(TypedDict, total=False):
    MatchAnyPrefix: L[Si]
    MatchAnySuffix: L[Si]
    MatchAnyTag: L[Xi[S3Tag]]
    MatchObjectAge: X[MatchObjectAge]
    MatchObjectSize: X[MatchObjectSize]
    And: X[StorageLensGroupAndOperator]
    Or: X[StorageLensGroupOrOperator]

class StorageLensGroup(TypedDict, total=False):
    Name: S
    Filter: X[StorageLensGroupFilter]
    StorageLensGroupArn: S

CreateStorageLensGroupParameters = TypedDict(
    "CreateStorageLensGroupParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "StorageLensGroup": X[StorageLensGroup],
        "StorageLensGroup.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessGrantParameters = TypedDict(
    "DeleteAccessGrantParameters",
    {"AccountId": S, "AccountId.$": str, "AccessGrantId": S, "AccessGrantId.$": str},
    total=False,
)
DeleteAccessGrantsInstanceParameters = TypedDict(
    "DeleteAccessGrantsInstanceParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
DeleteAccessGrantsInstanceResourcePolicyParameters = TypedDict(
    "DeleteAccessGrantsInstanceResourcePolicyParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
DeleteAccessGrantsLocationParameters = TypedDict(
    "DeleteAccessGrantsLocationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "AccessGrantsLocationId": S,
        "AccessGrantsLocationId.$": str,
    },
    total=False,
)
DeleteAccessPointParameters = TypedDict(
    "DeleteAccessPointParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteAccessPointForObjectLambdaParameters = TypedDict(
    "DeleteAccessPointForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteAccessPointPolicyParameters = TypedDict(
    "DeleteAccessPointPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteAccessPointPolicyForObjectLambdaParameters = TypedDict(
    "DeleteAccessPointPolicyForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteAccessPointScopeParameters = TypedDict(
    "DeleteAccessPointScopeParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteBucketParameters = TypedDict(
    "DeleteBucketParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
DeleteBucketLifecycleConfigurationParameters = TypedDict(
    "DeleteBucketLifecycleConfigurationParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
DeleteBucketPolicyParameters = TypedDict(
    "DeleteBucketPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
DeleteBucketReplicationParameters = TypedDict(
    "DeleteBucketReplicationParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
DeleteBucketTaggingParameters = TypedDict(
    "DeleteBucketTaggingParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
DeleteJobTaggingParameters = TypedDict(
    "DeleteJobTaggingParameters",
    {"AccountId": S, "AccountId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)

class DeleteMultiRegionAccessPointInput(TypedDict, total=False):
    Name: S

DeleteMultiRegionAccessPointParameters = TypedDict(
    "DeleteMultiRegionAccessPointParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Details": X[DeleteMultiRegionAccessPointInput],
        "Details.$": str,
    },
    total=False,
)
DeletePublicAccessBlockParameters = TypedDict(
    "DeletePublicAccessBlockParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
DeleteStorageLensConfigurationParameters = TypedDict(
    "DeleteStorageLensConfigurationParameters",
    {"ConfigId": S, "ConfigId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DeleteStorageLensConfigurationTaggingParameters = TypedDict(
    "DeleteStorageLensConfigurationTaggingParameters",
    {"ConfigId": S, "ConfigId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DeleteStorageLensGroupParameters = TypedDict(
    "DeleteStorageLensGroupParameters",
    {"Name": S, "Name.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeJobParameters = TypedDict(
    "DescribeJobParameters",
    {"AccountId": S, "AccountId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeMultiRegionAccessPointOperationParameters = TypedDict(
    "DescribeMultiRegionAccessPointOperationParameters",
    {"AccountId": S, "AccountId.$": str, "RequestTokenARN": S, "RequestTokenARN.$": str},
    total=False,
)
DissociateAccessGrantsIdentityCenterParameters = TypedDict(
    "DissociateAccessGrantsIdentityCenterParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
GetAccessGrantParameters = TypedDict(
    "GetAccessGrantParameters",
    {"AccountId": S, "AccountId.$": str, "AccessGrantId": S, "AccessGrantId.$": str},
    total=False,
)
GetAccessGrantsInstanceParameters = TypedDict(
    "GetAccessGrantsInstanceParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetAccessGrantsInstanceForPrefixParameters = TypedDict(
    "GetAccessGrantsInstanceForPrefixParameters",
    {"AccountId": S, "AccountId.$": str, "S3Prefix": S, "S3Prefix.$": str},
    total=False,
)
GetAccessGrantsInstanceResourcePolicyParameters = TypedDict(
    "GetAccessGrantsInstanceResourcePolicyParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
GetAccessGrantsLocationParameters = TypedDict(
    "GetAccessGrantsLocationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "AccessGrantsLocationId": S,
        "AccessGrantsLocationId.$": str,
    },
    total=False,
)
GetAccessPointParameters = TypedDict(
    "GetAccessPointParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointConfigurationForObjectLambdaParameters = TypedDict(
    "GetAccessPointConfigurationForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointForObjectLambdaParameters = TypedDict(
    "GetAccessPointForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointPolicyParameters = TypedDict(
    "GetAccessPointPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointPolicyForObjectLambdaParameters = TypedDict(
    "GetAccessPointPolicyForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointPolicyStatusParameters = TypedDict(
    "GetAccessPointPolicyStatusParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointPolicyStatusForObjectLambdaParameters = TypedDict(
    "GetAccessPointPolicyStatusForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetAccessPointScopeParameters = TypedDict(
    "GetAccessPointScopeParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetBucketParameters = TypedDict(
    "GetBucketParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetBucketLifecycleConfigurationParameters = TypedDict(
    "GetBucketLifecycleConfigurationParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetBucketPolicyParameters = TypedDict(
    "GetBucketPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetBucketReplicationParameters = TypedDict(
    "GetBucketReplicationParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetBucketTaggingParameters = TypedDict(
    "GetBucketTaggingParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetBucketVersioningParameters = TypedDict(
    "GetBucketVersioningParameters",
    {"AccountId": S, "AccountId.$": str, "Bucket": S, "Bucket.$": str},
    total=False,
)
GetDataAccessParameters = TypedDict(
    "GetDataAccessParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Target": S,
        "Target.$": str,
        "Permission": S,
        "Permission.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "Privilege": S,
        "Privilege.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "AuditContext": S,
        "AuditContext.$": str,
        "InstanceScope": S,
        "InstanceScope.$": str,
    },
    total=False,
)
GetJobTaggingParameters = TypedDict(
    "GetJobTaggingParameters",
    {"AccountId": S, "AccountId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetMultiRegionAccessPointParameters = TypedDict(
    "GetMultiRegionAccessPointParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetMultiRegionAccessPointPolicyParameters = TypedDict(
    "GetMultiRegionAccessPointPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetMultiRegionAccessPointPolicyStatusParameters = TypedDict(
    "GetMultiRegionAccessPointPolicyStatusParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetMultiRegionAccessPointRoutesParameters = TypedDict(
    "GetMultiRegionAccessPointRoutesParameters",
    {"AccountId": S, "AccountId.$": str, "Mrap": S, "Mrap.$": str},
    total=False,
)
GetPublicAccessBlockParameters = TypedDict(
    "GetPublicAccessBlockParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetStorageLensConfigurationParameters = TypedDict(
    "GetStorageLensConfigurationParameters",
    {"ConfigId": S, "ConfigId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetStorageLensConfigurationTaggingParameters = TypedDict(
    "GetStorageLensConfigurationTaggingParameters",
    {"ConfigId": S, "ConfigId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetStorageLensGroupParameters = TypedDict(
    "GetStorageLensGroupParameters",
    {"Name": S, "Name.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
ListAccessGrantsParameters = TypedDict(
    "ListAccessGrantsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "GranteeType": S,
        "GranteeType.$": str,
        "GranteeIdentifier": S,
        "GranteeIdentifier.$": str,
        "Permission": S,
        "Permission.$": str,
        "GrantScope": S,
        "GrantScope.$": str,
        "ApplicationArn": S,
        "ApplicationArn.$": str,
    },
    total=False,
)
ListAccessGrantsInstancesParameters = TypedDict(
    "ListAccessGrantsInstancesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccessGrantsLocationsParameters = TypedDict(
    "ListAccessGrantsLocationsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LocationScope": S,
        "LocationScope.$": str,
    },
    total=False,
)
ListAccessPointsParameters = TypedDict(
    "ListAccessPointsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DataSourceType": S,
        "DataSourceType.$": str,
    },
    total=False,
)
ListAccessPointsForDirectoryBucketsParameters = TypedDict(
    "ListAccessPointsForDirectoryBucketsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "DirectoryBucket": S,
        "DirectoryBucket.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccessPointsForObjectLambdaParameters = TypedDict(
    "ListAccessPointsForObjectLambdaParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCallerAccessGrantsParameters = TypedDict(
    "ListCallerAccessGrantsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "GrantScope": S,
        "GrantScope.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AllowedByApplication": B,
        "AllowedByApplication.$": str,
        "InstanceScope": S,
        "InstanceScope.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "JobStatuses": L[Si],
        "JobStatuses.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMultiRegionAccessPointsParameters = TypedDict(
    "ListMultiRegionAccessPointsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRegionalBucketsParameters = TypedDict(
    "ListRegionalBucketsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OutpostId": S,
        "OutpostId.$": str,
    },
    total=False,
)
ListStorageLensConfigurationsParameters = TypedDict(
    "ListStorageLensConfigurationsParameters",
    {"AccountId": S, "AccountId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListStorageLensGroupsParameters = TypedDict(
    "ListStorageLensGroupsParameters",
    {"AccountId": S, "AccountId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"AccountId": S, "AccountId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
PutAccessGrantsInstanceResourcePolicyParameters = TypedDict(
    "PutAccessGrantsInstanceResourcePolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Policy": S,
        "Policy.$": str,
        "Organization": S,
        "Organization.$": str,
    },
    total=False,
)
PutAccessPointConfigurationForObjectLambdaParameters = TypedDict(
    "PutAccessPointConfigurationForObjectLambdaParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[ObjectLambdaConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
PutAccessPointPolicyParameters = TypedDict(
    "PutAccessPointPolicyParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutAccessPointPolicyForObjectLambdaParameters = TypedDict(
    "PutAccessPointPolicyForObjectLambdaParameters",
    {"AccountId": S, "AccountId.$": str, "Name": S, "Name.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutAccessPointScopeParameters = TypedDict(
    "PutAccessPointScopeParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
    },
    total=False,
)

class LifecycleExpiration(TypedDict, total=False):
    Date: T
    Days: I
    ExpiredObjectDeleteMarker: B

class LifecycleRuleAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[S3Tag]]
    ObjectSizeGreaterThan: I
    ObjectSizeLessThan: I

class LifecycleRuleFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[S3Tag]
    And: X[LifecycleRuleAndOperator]
    ObjectSizeGreaterThan: I
    ObjectSizeLessThan: I

class Transition(TypedDict, total=False):
    Date: T
    Days: I
    StorageClass: S

class NoncurrentVersionTransition(TypedDict, total=False):
    NoncurrentDays: I
    StorageClass: S

class NoncurrentVersionExpiration(TypedDict, total=False):
    NoncurrentDays: I
    NewerNoncurrentVersions: I

class AbortIncompleteMultipartUpload(TypedDict, total=False):
    DaysAfterInitiation: I

class LifecycleRule(TypedDict, total=False):
    Expiration: X[LifecycleExpiration]
    Id: S
    Filter: X[LifecycleRuleFilter]
    Status: S
    Transitions: L[Xi[Transition]]
    NoncurrentVersionTransitions: L[Xi[NoncurrentVersionTransition]]
    NoncurrentVersionExpiration: X[NoncurrentVersionExpiration]
    AbortIncompleteMultipartUpload: X[AbortIncompleteMultipartUpload]

class LifecycleConfiguration(TypedDict, total=False):
    Rules: L[Xi[LifecycleRule]]

PutBucketLifecycleConfigurationParameters = TypedDict(
    "PutBucketLifecycleConfigurationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "LifecycleConfiguration": X[LifecycleConfiguration],
        "LifecycleConfiguration.$": str,
    },
    total=False,
)
PutBucketPolicyParameters = TypedDict(
    "PutBucketPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ConfirmRemoveSelfBucketAccess": B,
        "ConfirmRemoveSelfBucketAccess.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)

class ReplicationRuleAndOperator(TypedDict, total=False):
    Prefix: S
    Tags: L[Xi[S3Tag]]

class ReplicationRuleFilter(TypedDict, total=False):
    Prefix: S
    Tag: X[S3Tag]
    And: X[ReplicationRuleAndOperator]

class SseKmsEncryptedObjects(TypedDict, total=False):
    Status: S

class ReplicaModifications(TypedDict, total=False):
    Status: S

class SourceSelectionCriteria(TypedDict, total=False):
    SseKmsEncryptedObjects: X[SseKmsEncryptedObjects]
    ReplicaModifications: X[ReplicaModifications]

class ExistingObjectReplication(TypedDict, total=False):
    Status: S

class ReplicationTimeValue(TypedDict, total=False):
    Minutes: I

class ReplicationTime(TypedDict, total=False):
    Status: S
    Time: X[ReplicationTimeValue]

class AccessControlTranslation(TypedDict, total=False):
    Owner: S

class EncryptionConfiguration(TypedDict, total=False):
    ReplicaKmsKeyID: S

class Metrics(TypedDict, total=False):
    Status: S
    EventThreshold: X[ReplicationTimeValue]

class Destination(TypedDict, total=False):
    Account: S
    Bucket: S
    ReplicationTime: X[ReplicationTime]
    AccessControlTranslation: X[AccessControlTranslation]
    EncryptionConfiguration: X[EncryptionConfiguration]
    Metrics: X[Metrics]
    StorageClass: S

class DeleteMarkerReplication(TypedDict, total=False):
    Status: S

class ReplicationRule(TypedDict, total=False):
    Id: S
    Priority: I
    Prefix: S
    Filter: X[ReplicationRuleFilter]
    Status: S
    SourceSelectionCriteria: X[SourceSelectionCriteria]
    ExistingObjectReplication: X[ExistingObjectReplication]
    Destination: X[Destination]
    DeleteMarkerReplication: X[DeleteMarkerReplication]
    Bucket: S

class ReplicationConfiguration(TypedDict, total=False):
    Role: S
    Rules: L[Xi[ReplicationRule]]

PutBucketReplicationParameters = TypedDict(
    "PutBucketReplicationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "ReplicationConfiguration": X[ReplicationConfiguration],
        "ReplicationConfiguration.$": str,
    },
    total=False,
)

class Tagging(TypedDict, total=False):
    TagSet: L[Xi[S3Tag]]

PutBucketTaggingParameters = TypedDict(
    "PutBucketTaggingParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "Tagging": X[Tagging],
        "Tagging.$": str,
    },
    total=False,
)

class VersioningConfiguration(TypedDict, total=False):
    MfaDelete: S
    Status: S

PutBucketVersioningParameters = TypedDict(
    "PutBucketVersioningParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "Mfa": S,
        "Mfa.$": str,
        "VersioningConfiguration": X[VersioningConfiguration],
        "VersioningConfiguration.$": str,
    },
    total=False,
)
PutJobTaggingParameters = TypedDict(
    "PutJobTaggingParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "JobId": S,
        "JobId.$": str,
        "Tags": L[Xi[S3Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PutMultiRegionAccessPointPolicyInput(TypedDict, total=False):
    Name: S
    Policy: S

PutMultiRegionAccessPointPolicyParameters = TypedDict(
    "PutMultiRegionAccessPointPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Details": X[PutMultiRegionAccessPointPolicyInput],
        "Details.$": str,
    },
    total=False,
)
PutPublicAccessBlockParameters = TypedDict(
    "PutPublicAccessBlockParameters",
    {
        "PublicAccessBlockConfiguration": X[PublicAccessBlockConfiguration],
        "PublicAccessBlockConfiguration.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)

class ActivityMetrics(TypedDict, total=False):
    IsEnabled: B

class SelectionCriteria(TypedDict, total=False):
    Delimiter: S
    MaxDepth: I
    MinStorageBytesPercentage: F

class PrefixLevelStorageMetrics(TypedDict, total=False):
    IsEnabled: B
    SelectionCriteria: X[SelectionCriteria]

class PrefixLevel(TypedDict, total=False):
    StorageMetrics: X[PrefixLevelStorageMetrics]

class AdvancedCostOptimizationMetrics(TypedDict, total=False):
    IsEnabled: B

class AdvancedDataProtectionMetrics(TypedDict, total=False):
    IsEnabled: B

class DetailedStatusCodesMetrics(TypedDict, total=False):
    IsEnabled: B

class AdvancedPerformanceMetrics(TypedDict, total=False):
    IsEnabled: B

class BucketLevel(TypedDict, total=False):
    ActivityMetrics: X[ActivityMetrics]
    PrefixLevel: X[PrefixLevel]
    AdvancedCostOptimizationMetrics: X[AdvancedCostOptimizationMetrics]
    AdvancedDataProtectionMetrics: X[AdvancedDataProtectionMetrics]
    DetailedStatusCodesMetrics: X[DetailedStatusCodesMetrics]
    AdvancedPerformanceMetrics: X[AdvancedPerformanceMetrics]

class StorageLensGroupLevelSelectionCriteria(TypedDict, total=False):
    Include: L[Si]
    Exclude: L[Si]

class StorageLensGroupLevel(TypedDict, total=False):
    SelectionCriteria: X[StorageLensGroupLevelSelectionCriteria]

class AccountLevel(TypedDict, total=False):
    ActivityMetrics: X[ActivityMetrics]
    BucketLevel: X[BucketLevel]
    AdvancedCostOptimizationMetrics: X[AdvancedCostOptimizationMetrics]
    AdvancedDataProtectionMetrics: X[AdvancedDataProtectionMetrics]
    DetailedStatusCodesMetrics: X[DetailedStatusCodesMetrics]
    AdvancedPerformanceMetrics: X[AdvancedPerformanceMetrics]
    StorageLensGroupLevel: X[StorageLensGroupLevel]

class Include(TypedDict, total=False):
    Buckets: L[Si]
    Regions: L[Si]

class Exclude(TypedDict, total=False):
    Buckets: L[Si]
    Regions: L[Si]

class SSES3(TypedDict, total=False): ...

class SSEKMS(TypedDict, total=False):
    KeyId: S

class StorageLensDataExportEncryption(TypedDict, total=False):
    Sses3: X[SSES3]
    Ssekms: X[SSEKMS]

class S3BucketDestination(TypedDict, total=False):
    Format: S
    OutputSchemaVersion: S
    AccountId: S
    Arn: S
    Prefix: S
    Encryption: X[StorageLensDataExportEncryption]

class CloudWatchMetrics(TypedDict, total=False):
    IsEnabled: B

class StorageLensTableDestination(TypedDict, total=False):
    IsEnabled: B
    Encryption: X[StorageLensDataExportEncryption]

class StorageLensDataExport(TypedDict, total=False):
    S3BucketDestination: X[S3BucketDestination]
    CloudWatchMetrics: X[CloudWatchMetrics]
    StorageLensTableDestination: X[StorageLensTableDestination]

class StorageLensExpandedPrefixesDataExport(TypedDict, total=False):
    S3BucketDestination: X[S3BucketDestination]
    StorageLensTableDestination: X[StorageLensTableDestination]

class StorageLensCostAndUsageReportsSelectionCriteria(TypedDict, total=False):
    MinDepth: I
    MaxDepth: I

class StorageLensCostAndUsageReportsPrefixLevel(TypedDict, total=False):
    IsEnabled: B
    SelectionCriteria: X[StorageLensCostAndUsageReportsSelectionCriteria]

class StorageLensCostAndUsageReportsPublish(TypedDict, total=False):
    PrefixLevel: X[StorageLensCostAndUsageReportsPrefixLevel]

class StorageLensAwsOrg(TypedDict, total=False):
    Arn: S

class IntAccessTiers(TypedDict, total=False):
    IsEnabled: B

class StorageLensConfiguration(TypedDict, total=False):
    Id: S
    AccountLevel: X[AccountLevel]
    Include: X[Include]
    Exclude: X[Exclude]
    DataExport: X[StorageLensDataExport]
    ExpandedPrefixesDataExport: X[StorageLensExpandedPrefixesDataExport]
    CostAndUsageReportsPublish: X[StorageLensCostAndUsageReportsPublish]
    IsEnabled: B
    AwsOrg: X[StorageLensAwsOrg]
    StorageLensArn: S
    PrefixDelimiter: S
    IntAccessTiers: X[IntAccessTiers]

class StorageLensTag(TypedDict, total=False):
    Key: S
    Value: S

PutStorageLensConfigurationParameters = TypedDict(
    "PutStorageLensConfigurationParameters",
    {
        "ConfigId": S,
        "ConfigId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "StorageLensConfiguration": X[StorageLensConfiguration],
        "StorageLensConfiguration.$": str,
        "Tags": L[Xi[StorageLensTag]],
        "Tags.$": str,
    },
    total=False,
)
PutStorageLensConfigurationTaggingParameters = TypedDict(
    "PutStorageLensConfigurationTaggingParameters",
    {
        "ConfigId": S,
        "ConfigId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "Tags": L[Xi[StorageLensTag]],
        "Tags.$": str,
    },
    total=False,
)

class MultiRegionAccessPointRoute(TypedDict, total=False):
    Bucket: S
    Region: S
    TrafficDialPercentage: I

SubmitMultiRegionAccessPointRoutesParameters = TypedDict(
    "SubmitMultiRegionAccessPointRoutesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Mrap": S,
        "Mrap.$": str,
        "RouteUpdates": L[Xi[MultiRegionAccessPointRoute]],
        "RouteUpdates.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UpdateAccessGrantsLocationParameters = TypedDict(
    "UpdateAccessGrantsLocationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "AccessGrantsLocationId": S,
        "AccessGrantsLocationId.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
    },
    total=False,
)
UpdateJobPriorityParameters = TypedDict(
    "UpdateJobPriorityParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "JobId": S,
        "JobId.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)
UpdateJobStatusParameters = TypedDict(
    "UpdateJobStatusParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "JobId": S,
        "JobId.$": str,
        "RequestedJobStatus": S,
        "RequestedJobStatus.$": str,
        "StatusUpdateReason": S,
        "StatusUpdateReason.$": str,
    },
    total=False,
)
UpdateStorageLensGroupParameters = TypedDict(
    "UpdateStorageLensGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "StorageLensGroup": X[StorageLensGroup],
        "StorageLensGroup.$": str,
    },
    total=False,
)
associate_access_grants_identity_center: Builder[AssociateAccessGrantsIdentityCenterParameters]
create_access_grant: Builder[CreateAccessGrantParameters]
create_access_grants_instance: Builder[CreateAccessGrantsInstanceParameters]
create_access_grants_location: Builder[CreateAccessGrantsLocationParameters]
create_access_point: Builder[CreateAccessPointParameters]
create_access_point_for_object_lambda: Builder[CreateAccessPointForObjectLambdaParameters]
create_bucket: Builder[CreateBucketParameters]
create_job: Builder[CreateJobParameters]
create_multi_region_access_point: Builder[CreateMultiRegionAccessPointParameters]
create_storage_lens_group: Builder[CreateStorageLensGroupParameters]
delete_access_grant: Builder[DeleteAccessGrantParameters]
delete_access_grants_instance: Builder[DeleteAccessGrantsInstanceParameters]
delete_access_grants_instance_resource_policy: Builder[
    DeleteAccessGrantsInstanceResourcePolicyParameters
]
delete_access_grants_location: Builder[DeleteAccessGrantsLocationParameters]
delete_access_point: Builder[DeleteAccessPointParameters]
delete_access_point_for_object_lambda: Builder[DeleteAccessPointForObjectLambdaParameters]
delete_access_point_policy: Builder[DeleteAccessPointPolicyParameters]
delete_access_point_policy_for_object_lambda: Builder[
    DeleteAccessPointPolicyForObjectLambdaParameters
]
delete_access_point_scope: Builder[DeleteAccessPointScopeParameters]
delete_bucket: Builder[DeleteBucketParameters]
delete_bucket_lifecycle_configuration: Builder[DeleteBucketLifecycleConfigurationParameters]
delete_bucket_policy: Builder[DeleteBucketPolicyParameters]
delete_bucket_replication: Builder[DeleteBucketReplicationParameters]
delete_bucket_tagging: Builder[DeleteBucketTaggingParameters]
delete_job_tagging: Builder[DeleteJobTaggingParameters]
delete_multi_region_access_point: Builder[DeleteMultiRegionAccessPointParameters]
delete_public_access_block: Builder[DeletePublicAccessBlockParameters]
delete_storage_lens_configuration: Builder[DeleteStorageLensConfigurationParameters]
delete_storage_lens_configuration_tagging: Builder[DeleteStorageLensConfigurationTaggingParameters]
delete_storage_lens_group: Builder[DeleteStorageLensGroupParameters]
describe_job: Builder[DescribeJobParameters]
describe_multi_region_access_point_operation: Builder[
    DescribeMultiRegionAccessPointOperationParameters
]
dissociate_access_grants_identity_center: Builder[DissociateAccessGrantsIdentityCenterParameters]
get_access_grant: Builder[GetAccessGrantParameters]
get_access_grants_instance: Builder[GetAccessGrantsInstanceParameters]
get_access_grants_instance_for_prefix: Builder[GetAccessGrantsInstanceForPrefixParameters]
get_access_grants_instance_resource_policy: Builder[GetAccessGrantsInstanceResourcePolicyParameters]
get_access_grants_location: Builder[GetAccessGrantsLocationParameters]
get_access_point: Builder[GetAccessPointParameters]
get_access_point_configuration_for_object_lambda: Builder[
    GetAccessPointConfigurationForObjectLambdaParameters
]
get_access_point_for_object_lambda: Builder[GetAccessPointForObjectLambdaParameters]
get_access_point_policy: Builder[GetAccessPointPolicyParameters]
get_access_point_policy_for_object_lambda: Builder[GetAccessPointPolicyForObjectLambdaParameters]
get_access_point_policy_status: Builder[GetAccessPointPolicyStatusParameters]
get_access_point_policy_status_for_object_lambda: Builder[
    GetAccessPointPolicyStatusForObjectLambdaParameters
]
get_access_point_scope: Builder[GetAccessPointScopeParameters]
get_bucket: Builder[GetBucketParameters]
get_bucket_lifecycle_configuration: Builder[GetBucketLifecycleConfigurationParameters]
get_bucket_policy: Builder[GetBucketPolicyParameters]
get_bucket_replication: Builder[GetBucketReplicationParameters]
get_bucket_tagging: Builder[GetBucketTaggingParameters]
get_bucket_versioning: Builder[GetBucketVersioningParameters]
get_data_access: Builder[GetDataAccessParameters]
get_job_tagging: Builder[GetJobTaggingParameters]
get_multi_region_access_point: Builder[GetMultiRegionAccessPointParameters]
get_multi_region_access_point_policy: Builder[GetMultiRegionAccessPointPolicyParameters]
get_multi_region_access_point_policy_status: Builder[
    GetMultiRegionAccessPointPolicyStatusParameters
]
get_multi_region_access_point_routes: Builder[GetMultiRegionAccessPointRoutesParameters]
get_public_access_block: Builder[GetPublicAccessBlockParameters]
get_storage_lens_configuration: Builder[GetStorageLensConfigurationParameters]
get_storage_lens_configuration_tagging: Builder[GetStorageLensConfigurationTaggingParameters]
get_storage_lens_group: Builder[GetStorageLensGroupParameters]
list_access_grants: Builder[ListAccessGrantsParameters]
list_access_grants_instances: Builder[ListAccessGrantsInstancesParameters]
list_access_grants_locations: Builder[ListAccessGrantsLocationsParameters]
list_access_points: Builder[ListAccessPointsParameters]
list_access_points_for_directory_buckets: Builder[ListAccessPointsForDirectoryBucketsParameters]
list_access_points_for_object_lambda: Builder[ListAccessPointsForObjectLambdaParameters]
list_caller_access_grants: Builder[ListCallerAccessGrantsParameters]
list_jobs: Builder[ListJobsParameters]
list_multi_region_access_points: Builder[ListMultiRegionAccessPointsParameters]
list_regional_buckets: Builder[ListRegionalBucketsParameters]
list_storage_lens_configurations: Builder[ListStorageLensConfigurationsParameters]
list_storage_lens_groups: Builder[ListStorageLensGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_access_grants_instance_resource_policy: Builder[PutAccessGrantsInstanceResourcePolicyParameters]
put_access_point_configuration_for_object_lambda: Builder[
    PutAccessPointConfigurationForObjectLambdaParameters
]
put_access_point_policy: Builder[PutAccessPointPolicyParameters]
put_access_point_policy_for_object_lambda: Builder[PutAccessPointPolicyForObjectLambdaParameters]
put_access_point_scope: Builder[PutAccessPointScopeParameters]
put_bucket_lifecycle_configuration: Builder[PutBucketLifecycleConfigurationParameters]
put_bucket_policy: Builder[PutBucketPolicyParameters]
put_bucket_replication: Builder[PutBucketReplicationParameters]
put_bucket_tagging: Builder[PutBucketTaggingParameters]
put_bucket_versioning: Builder[PutBucketVersioningParameters]
put_job_tagging: Builder[PutJobTaggingParameters]
put_multi_region_access_point_policy: Builder[PutMultiRegionAccessPointPolicyParameters]
put_public_access_block: Builder[PutPublicAccessBlockParameters]
put_storage_lens_configuration: Builder[PutStorageLensConfigurationParameters]
put_storage_lens_configuration_tagging: Builder[PutStorageLensConfigurationTaggingParameters]
submit_multi_region_access_point_routes: Builder[SubmitMultiRegionAccessPointRoutesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_grants_location: Builder[UpdateAccessGrantsLocationParameters]
update_job_priority: Builder[UpdateJobPriorityParameters]
update_job_status: Builder[UpdateJobStatusParameters]
update_storage_lens_group: Builder[UpdateStorageLensGroupParameters]

__all__ = [
    "associate_access_grants_identity_center",
    "create_access_grant",
    "create_access_grants_instance",
    "create_access_grants_location",
    "create_access_point",
    "create_access_point_for_object_lambda",
    "create_bucket",
    "create_job",
    "create_multi_region_access_point",
    "create_storage_lens_group",
    "delete_access_grant",
    "delete_access_grants_instance",
    "delete_access_grants_instance_resource_policy",
    "delete_access_grants_location",
    "delete_access_point",
    "delete_access_point_for_object_lambda",
    "delete_access_point_policy",
    "delete_access_point_policy_for_object_lambda",
    "delete_access_point_scope",
    "delete_bucket",
    "delete_bucket_lifecycle_configuration",
    "delete_bucket_policy",
    "delete_bucket_replication",
    "delete_bucket_tagging",
    "delete_job_tagging",
    "delete_multi_region_access_point",
    "delete_public_access_block",
    "delete_storage_lens_configuration",
    "delete_storage_lens_configuration_tagging",
    "delete_storage_lens_group",
    "describe_job",
    "describe_multi_region_access_point_operation",
    "dissociate_access_grants_identity_center",
    "get_access_grant",
    "get_access_grants_instance",
    "get_access_grants_instance_for_prefix",
    "get_access_grants_instance_resource_policy",
    "get_access_grants_location",
    "get_access_point",
    "get_access_point_configuration_for_object_lambda",
    "get_access_point_for_object_lambda",
    "get_access_point_policy",
    "get_access_point_policy_for_object_lambda",
    "get_access_point_policy_status",
    "get_access_point_policy_status_for_object_lambda",
    "get_access_point_scope",
    "get_bucket",
    "get_bucket_lifecycle_configuration",
    "get_bucket_policy",
    "get_bucket_replication",
    "get_bucket_tagging",
    "get_bucket_versioning",
    "get_data_access",
    "get_job_tagging",
    "get_multi_region_access_point",
    "get_multi_region_access_point_policy",
    "get_multi_region_access_point_policy_status",
    "get_multi_region_access_point_routes",
    "get_public_access_block",
    "get_storage_lens_configuration",
    "get_storage_lens_configuration_tagging",
    "get_storage_lens_group",
    "list_access_grants",
    "list_access_grants_instances",
    "list_access_grants_locations",
    "list_access_points",
    "list_access_points_for_directory_buckets",
    "list_access_points_for_object_lambda",
    "list_caller_access_grants",
    "list_jobs",
    "list_multi_region_access_points",
    "list_regional_buckets",
    "list_storage_lens_configurations",
    "list_storage_lens_groups",
    "list_tags_for_resource",
    "put_access_grants_instance_resource_policy",
    "put_access_point_configuration_for_object_lambda",
    "put_access_point_policy",
    "put_access_point_policy_for_object_lambda",
    "put_access_point_scope",
    "put_bucket_lifecycle_configuration",
    "put_bucket_policy",
    "put_bucket_replication",
    "put_bucket_tagging",
    "put_bucket_versioning",
    "put_job_tagging",
    "put_multi_region_access_point_policy",
    "put_public_access_block",
    "put_storage_lens_configuration",
    "put_storage_lens_configuration_tagging",
    "submit_multi_region_access_point_routes",
    "tag_resource",
    "untag_resource",
    "update_access_grants_location",
    "update_job_priority",
    "update_job_status",
    "update_storage_lens_group",
]
