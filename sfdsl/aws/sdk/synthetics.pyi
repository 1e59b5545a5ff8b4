"""Typed builders of the AWS SDK integration of synthetics (``aws-sdk:synthetics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateResourceParameters = TypedDict(
    "AssociateResourceParameters",
    {"GroupIdentifier": S, "GroupIdentifier.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class Dependency(TypedDict, total=False):
    Type: S
    Reference: S

class CanaryCodeInput(TypedDict, total=False):
    S3Bucket: S
    S3Key: S
    S3Version: S
    ZipFile: S
    Handler: S
    BlueprintTypes: L[Si]
    Dependencies: L[Xi[Dependency]]

class RetryConfigInput(TypedDict, total=False):
    MaxRetries: I

class CanaryScheduleInput(TypedDict, total=False):
    Expression: S
    DurationInSeconds: I
    RetryConfig: X[RetryConfigInput]

class CanaryRunConfigInput(TypedDict, total=False):
    TimeoutInSeconds: I
    MemoryInMB: I
    ActiveTracing: B
    EnvironmentVariables: M[S]
    EphemeralStorage: I

class VpcConfigInput(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    Ipv6AllowedForDualStack: B

class BrowserConfig(TypedDict, total=False):
    BrowserType: S

class AddReplicaLocationInput(TypedDict, total=False):
    Location: S
    VpcConfig: X[VpcConfigInput]
    KmsKeyArn: S

class S3EncryptionConfig(TypedDict, total=False):
    EncryptionMode: S
    KmsKeyArn: S

class ArtifactConfigInput(TypedDict, total=False):
    S3Encryption: X[S3EncryptionConfig]

CreateCanaryParameters = TypedDict(
    "CreateCanaryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Code": X[CanaryCodeInput],
        "Code.$": str,
        "ArtifactS3Location": S,
        "ArtifactS3Location.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Schedule": X[CanaryScheduleInput],
        "Schedule.$": str,
        "RunConfig": X[CanaryRunConfigInput],
        "RunConfig.$": str,
        "SuccessRetentionPeriodInDays": I,
        "SuccessRetentionPeriodInDays.$": str,
        "FailureRetentionPeriodInDays": I,
        "FailureRetentionPeriodInDays.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "VpcConfig": X[VpcConfigInput],
        "VpcConfig.$": str,
        "ResourcesToReplicateTags": L[Si],
        "ResourcesToReplicateTags.$": str,
        "ProvisionedResourceCleanup": S,
        "ProvisionedResourceCleanup.$": str,
        "BrowserConfigs": L[Xi[BrowserConfig]],
        "BrowserConfigs.$": str,
        "AddReplicaLocations": L[Xi[AddReplicaLocationInput]],
        "AddReplicaLocations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ArtifactConfig": X[ArtifactConfigInput],
        "ArtifactConfig.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
CreateGroupParameters = TypedDict(
    "CreateGroupParameters", {"Name": S, "Name.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
DeleteCanaryParameters = TypedDict(
    "DeleteCanaryParameters",
    {"Name": S, "Name.$": str, "DeleteLambda": B, "DeleteLambda.$": str},
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters", {"GroupIdentifier": S, "GroupIdentifier.$": str}, total=False
)
DescribeCanariesParameters = TypedDict(
    "DescribeCanariesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Names": L[Si],
        "Names.$": str,
    },
    total=False,
)
DescribeCanariesLastRunParameters = TypedDict(
    "DescribeCanariesLastRunParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Names": L[Si],
        "Names.$": str,
        "BrowserType": S,
        "BrowserType.$": str,
    },
    total=False,
)
DescribeRuntimeVersionsParameters = TypedDict(
    "DescribeRuntimeVersionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DisassociateResourceParameters = TypedDict(
    "DisassociateResourceParameters",
    {"GroupIdentifier": S, "GroupIdentifier.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
GetCanaryParameters = TypedDict(
    "GetCanaryParameters", {"Name": S, "Name.$": str, "DryRunId": S, "DryRunId.$": str}, total=False
)
GetCanaryRunsParameters = TypedDict(
    "GetCanaryRunsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRunId": S,
        "DryRunId.$": str,
        "RunType": S,
        "RunType.$": str,
    },
    total=False,
)
GetGroupParameters = TypedDict(
    "GetGroupParameters", {"GroupIdentifier": S, "GroupIdentifier.$": str}, total=False
)
ListAssociatedGroupsParameters = TypedDict(
    "ListAssociatedGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListGroupResourcesParameters = TypedDict(
    "ListGroupResourcesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartCanaryParameters = TypedDict("StartCanaryParameters", {"Name": S, "Name.$": str}, total=False)

class BaseScreenshot(TypedDict, total=False):
    ScreenshotName: S
    IgnoreCoordinates: L[Si]

class VisualReferenceInput(TypedDict, total=False):
    BaseScreenshots: L[Xi[BaseScreenshot]]
    BaseCanaryRunId: S
    BrowserType: S

StartCanaryDryRunParameters = TypedDict(
    "StartCanaryDryRunParameters",
    {
        "Name": S,
        "Name.$": str,
        "Code": X[CanaryCodeInput],
        "Code.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "RunConfig": X[CanaryRunConfigInput],
        "RunConfig.$": str,
        "VpcConfig": X[VpcConfigInput],
        "VpcConfig.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "SuccessRetentionPeriodInDays": I,
        "SuccessRetentionPeriodInDays.$": str,
        "FailureRetentionPeriodInDays": I,
        "FailureRetentionPeriodInDays.$": str,
        "VisualReference": X[VisualReferenceInput],
        "VisualReference.$": str,
        "ArtifactS3Location": S,
        "ArtifactS3Location.$": str,
        "ArtifactConfig": X[ArtifactConfigInput],
        "ArtifactConfig.$": str,
        "ProvisionedResourceCleanup": S,
        "ProvisionedResourceCleanup.$": str,
        "BrowserConfigs": L[Xi[BrowserConfig]],
        "BrowserConfigs.$": str,
        "VisualReferences": L[Xi[VisualReferenceInput]],
        "VisualReferences.$": str,
    },
    total=False,
)
StopCanaryParameters = TypedDict("StopCanaryParameters", {"Name": S, "Name.$": str}, total=False)
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
UpdateCanaryParameters = TypedDict(
    "UpdateCanaryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Code": X[CanaryCodeInput],
        "Code.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "Schedule": X[CanaryScheduleInput],
        "Schedule.$": str,
        "RunConfig": X[CanaryRunConfigInput],
        "RunConfig.$": str,
        "SuccessRetentionPeriodInDays": I,
        "SuccessRetentionPeriodInDays.$": str,
        "FailureRetentionPeriodInDays": I,
        "FailureRetentionPeriodInDays.$": str,
        "VpcConfig": X[VpcConfigInput],
        "VpcConfig.$": str,
        "VisualReference": X[VisualReferenceInput],
        "VisualReference.$": str,
        "ArtifactS3Location": S,
        "ArtifactS3Location.$": str,
        "ArtifactConfig": X[ArtifactConfigInput],
        "ArtifactConfig.$": str,
        "ProvisionedResourceCleanup": S,
        "ProvisionedResourceCleanup.$": str,
        "DryRunId": S,
        "DryRunId.$": str,
        "VisualReferences": L[Xi[VisualReferenceInput]],
        "VisualReferences.$": str,
        "BrowserConfigs": L[Xi[BrowserConfig]],
        "BrowserConfigs.$": str,
        "AddReplicaLocations": L[Xi[AddReplicaLocationInput]],
        "AddReplicaLocations.$": str,
        "RemoveReplicaLocations": L[Si],
        "RemoveReplicaLocations.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
associate_resource: Builder[AssociateResourceParameters]
create_canary: Builder[CreateCanaryParameters]
create_group: Builder[CreateGroupParameters]
delete_canary: Builder[DeleteCanaryParameters]
delete_group: Builder[DeleteGroupParameters]
describe_canaries: Builder[DescribeCanariesParameters]
describe_canaries_last_run: Builder[DescribeCanariesLastRunParameters]
describe_runtime_versions: Builder[DescribeRuntimeVersionsParameters]
disassociate_resource: Builder[DisassociateResourceParameters]
get_canary: Builder[GetCanaryParameters]
get_canary_runs: Builder[GetCanaryRunsParameters]
get_group: Builder[GetGroupParameters]
list_associated_groups: Builder[ListAssociatedGroupsParameters]
list_group_resources: Builder[ListGroupResourcesParameters]
list_groups: Builder[ListGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_canary: Builder[StartCanaryParameters]
start_canary_dry_run: Builder[StartCanaryDryRunParameters]
stop_canary: Builder[StopCanaryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_canary: Builder[UpdateCanaryParameters]

__all__ = [
    "associate_resource",
    "create_canary",
    "create_group",
    "delete_canary",
    "delete_group",
    "describe_canaries",
    "describe_canaries_last_run",
    "describe_runtime_versions",
    "disassociate_resource",
    "get_canary",
    "get_canary_runs",
    "get_group",
    "list_associated_groups",
    "list_group_resources",
    "list_groups",
    "list_tags_for_resource",
    "start_canary",
    "start_canary_dry_run",
    "stop_canary",
    "tag_resource",
    "untag_resource",
    "update_canary",
]
