"""Typed builders of the AWS SDK integration of accessanalyzer (``aws-sdk:accessanalyzer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, Mi, S, Si, T, X, Xi

ApplyArchiveRuleParameters = TypedDict(
    "ApplyArchiveRuleParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelPolicyGenerationParameters = TypedDict(
    "CancelPolicyGenerationParameters", {"JobId": S, "JobId.$": str}, total=False
)

class Access(TypedDict, total=False):
    Actions: L[Si]
    Resources: L[Si]

CheckAccessNotGrantedParameters = TypedDict(
    "CheckAccessNotGrantedParameters",
    {
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Access": L[Xi[Access]],
        "Access.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
    },
    total=False,
)
CheckNoNewAccessParameters = TypedDict(
    "CheckNoNewAccessParameters",
    {
        "NewPolicyDocument": S,
        "NewPolicyDocument.$": str,
        "ExistingPolicyDocument": S,
        "ExistingPolicyDocument.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
    },
    total=False,
)
CheckNoPublicAccessParameters = TypedDict(
    "CheckNoPublicAccessParameters",
    {"PolicyDocument": S, "PolicyDocument.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)

class EbsSnapshotConfiguration(TypedDict, total=False):
    UserIds: L[Si]
    Groups: L[Si]
    KmsKeyId: S

class EcrRepositoryConfiguration(TypedDict, total=False):
    RepositoryPolicy: S

class IamRoleConfiguration(TypedDict, total=False):
    TrustPolicy: S

class EfsFileSystemConfiguration(TypedDict, total=False):
    FileSystemPolicy: S

class KmsGrantConstraints(TypedDict, total=False):
    EncryptionContextEquals: M[S]
    EncryptionContextSubset: M[S]

class KmsGrantConfiguration(TypedDict, total=False):
    Operations: L[Si]
    GranteePrincipal: S
    RetiringPrincipal: S
    Constraints: X[KmsGrantConstraints]
    IssuingAccount: S

class KmsKeyConfiguration(TypedDict, total=False):
    KeyPolicies: M[S]
    Grants: L[Xi[KmsGrantConfiguration]]

class RdsDbClusterSnapshotAttributeValue(TypedDict, total=False):
    AccountIds: L[Si]

class RdsDbClusterSnapshotConfiguration(TypedDict, total=False):
    Attributes: M[X[RdsDbClusterSnapshotAttributeValue]]
    KmsKeyId: S

class RdsDbSnapshotAttributeValue(TypedDict, total=False):
    AccountIds: L[Si]

class RdsDbSnapshotConfiguration(TypedDict, total=False):
    Attributes: M[X[RdsDbSnapshotAttributeValue]]
    KmsKeyId: S

class SecretsManagerSecretConfiguration(TypedDict, total=False):
    KmsKeyId: S
    SecretPolicy: S

class AclGrantee(TypedDict, total=False):
    Id: S
    Uri: S

class S3BucketAclGrantConfiguration(TypedDict, total=False):
    Permission: S
    Grantee: X[AclGrantee]

class S3PublicAccessBlockConfiguration(TypedDict, total=False):
    IgnorePublicAcls: B
    RestrictPublicBuckets: B

class VpcConfiguration(TypedDict, total=False):
    VpcId: S

class InternetConfiguration(TypedDict, total=False): ...

class NetworkOriginConfiguration(TypedDict, total=False):
    VpcConfiguration: X[VpcConfiguration]
    InternetConfiguration: X[InternetConfiguration]

class S3AccessPointConfiguration(TypedDict, total=False):
    AccessPointPolicy: S
    PublicAccessBlock: X[S3PublicAccessBlockConfiguration]
    NetworkOrigin: X[NetworkOriginConfiguration]

class S3BucketConfiguration(TypedDict, total=False):
    BucketPolicy: S
    BucketAclGrants: L[Xi[S3BucketAclGrantConfiguration]]
    BucketPublicAccessBlock: X[S3PublicAccessBlockConfiguration]
    AccessPoints: M[X[S3AccessPointConfiguration]]

class SnsTopicConfiguration(TypedDict, total=False):
    TopicPolicy: S

class SqsQueueConfiguration(TypedDict, total=False):
    QueuePolicy: S

class S3ExpressDirectoryAccessPointConfiguration(TypedDict, total=False):
    AccessPointPolicy: S
    NetworkOrigin: X[NetworkOriginConfiguration]

class S3ExpressDirectoryBucketConfiguration(TypedDict, total=False):
    BucketPolicy: S
    AccessPoints: M[X[S3ExpressDirectoryAccessPointConfiguration]]

class DynamodbStreamConfiguration(TypedDict, total=False):
    StreamPolicy: S

class DynamodbTableConfiguration(TypedDict, total=False):
    TablePolicy: S

class Configuration(TypedDict, total=False):
    EbsSnapshot: X[EbsSnapshotConfiguration]
    EcrRepository: X[EcrRepositoryConfiguration]
    IamRole: X[IamRoleConfiguration]
    EfsFileSystem: X[EfsFileSystemConfiguration]
    KmsKey: X[KmsKeyConfiguration]
    RdsDbClusterSnapshot: X[RdsDbClusterSnapshotConfiguration]
    RdsDbSnapshot: X[RdsDbSnapshotConfiguration]
    SecretsManagerSecret: X[SecretsManagerSecretConfiguration]
    S3Bucket: X[S3BucketConfiguration]
    SnsTopic: X[SnsTopicConfiguration]
    SqsQueue: X[SqsQueueConfiguration]
    S3ExpressDirectoryBucket: X[S3ExpressDirectoryBucketConfiguration]
    DynamodbStream: X[DynamodbStreamConfiguration]
    DynamodbTable: X[DynamodbTableConfiguration]

CreateAccessPreviewParameters = TypedDict(
    "CreateAccessPreviewParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Configurations": M[X[Configuration]],
        "Configurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Criterion(TypedDict, total=False):
    Eq: L[Si]
    Neq: L[Si]
    Contains: L[Si]
    Exists: B

class InlineArchiveRule(TypedDict, total=False):
    RuleName: S
    Filter: M[X[Criterion]]

class AnalysisRuleCriteria(TypedDict, total=False):
    AccountIds: L[Si]
    ResourceTags: L[Mi[S]]

class AnalysisRule(TypedDict, total=False):
    Exclusions: L[Xi[AnalysisRuleCriteria]]

class UnusedAccessConfiguration(TypedDict, total=False):
    UnusedAccessAge: I
    AnalysisRule: X[AnalysisRule]

class InternalAccessAnalysisRuleCriteria(TypedDict, total=False):
    AccountIds: L[Si]
    ResourceTypes: L[Si]
    ResourceArns: L[Si]

class InternalAccessAnalysisRule(TypedDict, total=False):
    Inclusions: L[Xi[InternalAccessAnalysisRuleCriteria]]

class InternalAccessConfiguration(TypedDict, total=False):
    AnalysisRule: X[InternalAccessAnalysisRule]

class AnalyzerConfiguration(TypedDict, total=False):
    UnusedAccess: X[UnusedAccessConfiguration]
    InternalAccess: X[InternalAccessConfiguration]

CreateAnalyzerParameters = TypedDict(
    "CreateAnalyzerParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "Type": S,
        "Type.$": str,
        "ArchiveRules": L[Xi[InlineArchiveRule]],
        "ArchiveRules.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Configuration": X[AnalyzerConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
CreateArchiveRuleParameters = TypedDict(
    "CreateArchiveRuleParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "Filter": M[X[Criterion]],
        "Filter.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateServiceLinkedAnalyzerParameters = TypedDict(
    "CreateServiceLinkedAnalyzerParameters",
    {
        "Type": S,
        "Type.$": str,
        "ArchiveRules": L[Xi[InlineArchiveRule]],
        "ArchiveRules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Configuration": X[AnalyzerConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
DeleteAnalyzerParameters = TypedDict(
    "DeleteAnalyzerParameters",
    {"AnalyzerName": S, "AnalyzerName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteArchiveRuleParameters = TypedDict(
    "DeleteArchiveRuleParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteServiceLinkedAnalyzerParameters = TypedDict(
    "DeleteServiceLinkedAnalyzerParameters",
    {"AnalyzerName": S, "AnalyzerName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
GenerateFindingRecommendationParameters = TypedDict(
    "GenerateFindingRecommendationParameters",
    {"AnalyzerArn": S, "AnalyzerArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetAccessPreviewParameters = TypedDict(
    "GetAccessPreviewParameters",
    {"AccessPreviewId": S, "AccessPreviewId.$": str, "AnalyzerArn": S, "AnalyzerArn.$": str},
    total=False,
)
GetAnalyzedResourceParameters = TypedDict(
    "GetAnalyzedResourceParameters",
    {"AnalyzerArn": S, "AnalyzerArn.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
GetAnalyzerParameters = TypedDict(
    "GetAnalyzerParameters", {"AnalyzerName": S, "AnalyzerName.$": str}, total=False
)
GetArchiveRuleParameters = TypedDict(
    "GetArchiveRuleParameters",
    {"AnalyzerName": S, "AnalyzerName.$": str, "RuleName": S, "RuleName.$": str},
    total=False,
)
GetFindingParameters = TypedDict(
    "GetFindingParameters",
    {"AnalyzerArn": S, "AnalyzerArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetFindingRecommendationParameters = TypedDict(
    "GetFindingRecommendationParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFindingV2Parameters = TypedDict(
    "GetFindingV2Parameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFindingsStatisticsParameters = TypedDict(
    "GetFindingsStatisticsParameters", {"AnalyzerArn": S, "AnalyzerArn.$": str}, total=False
)
GetGeneratedPolicyParameters = TypedDict(
    "GetGeneratedPolicyParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "IncludeResourcePlaceholders": B,
        "IncludeResourcePlaceholders.$": str,
        "IncludeServiceLevelTemplate": B,
        "IncludeServiceLevelTemplate.$": str,
    },
    total=False,
)
ListAccessPreviewFindingsParameters = TypedDict(
    "ListAccessPreviewFindingsParameters",
    {
        "AccessPreviewId": S,
        "AccessPreviewId.$": str,
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Filter": M[X[Criterion]],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccessPreviewsParameters = TypedDict(
    "ListAccessPreviewsParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAnalyzedResourcesParameters = TypedDict(
    "ListAnalyzedResourcesParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAnalyzersParameters = TypedDict(
    "ListAnalyzersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListArchiveRulesParameters = TypedDict(
    "ListArchiveRulesParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Filter": M[X[Criterion]],
        "Filter.$": str,
        "Sort": X[SortCriteria],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFindingsV2Parameters = TypedDict(
    "ListFindingsV2Parameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Filter": M[X[Criterion]],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[SortCriteria],
        "Sort.$": str,
    },
    total=False,
)
ListPolicyGenerationsParameters = TypedDict(
    "ListPolicyGenerationsParameters",
    {
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class PolicyGenerationDetails(TypedDict, total=False):
    PrincipalArn: S

class Trail(TypedDict, total=False):
    CloudTrailArn: S
    Regions: L[Si]
    AllRegions: B

class CloudTrailDetails(TypedDict, total=False):
    Trails: L[Xi[Trail]]
    AccessRole: S
    StartTime: T
    EndTime: T

StartPolicyGenerationParameters = TypedDict(
    "StartPolicyGenerationParameters",
    {
        "PolicyGenerationDetails": X[PolicyGenerationDetails],
        "PolicyGenerationDetails.$": str,
        "CloudTrailDetails": X[CloudTrailDetails],
        "CloudTrailDetails.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartResourceScanParameters = TypedDict(
    "StartResourceScanParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourceOwnerAccount": S,
        "ResourceOwnerAccount.$": str,
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
UpdateAnalyzerParameters = TypedDict(
    "UpdateAnalyzerParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "Configuration": X[AnalyzerConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateArchiveRuleParameters = TypedDict(
    "UpdateArchiveRuleParameters",
    {
        "AnalyzerName": S,
        "AnalyzerName.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "Filter": M[X[Criterion]],
        "Filter.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateFindingsParameters = TypedDict(
    "UpdateFindingsParameters",
    {
        "AnalyzerArn": S,
        "AnalyzerArn.$": str,
        "Status": S,
        "Status.$": str,
        "Ids": L[Si],
        "Ids.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ValidatePolicyParameters = TypedDict(
    "ValidatePolicyParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "ValidatePolicyResourceType": S,
        "ValidatePolicyResourceType.$": str,
    },
    total=False,
)
apply_archive_rule: Builder[ApplyArchiveRuleParameters]
cancel_policy_generation: Builder[CancelPolicyGenerationParameters]
check_access_not_granted: Builder[CheckAccessNotGrantedParameters]
check_no_new_access: Builder[CheckNoNewAccessParameters]
check_no_public_access: Builder[CheckNoPublicAccessParameters]
create_access_preview: Builder[CreateAccessPreviewParameters]
create_analyzer: Builder[CreateAnalyzerParameters]
create_archive_rule: Builder[CreateArchiveRuleParameters]
create_service_linked_analyzer: Builder[CreateServiceLinkedAnalyzerParameters]
delete_analyzer: Builder[DeleteAnalyzerParameters]
delete_archive_rule: Builder[DeleteArchiveRuleParameters]
delete_service_linked_analyzer: Builder[DeleteServiceLinkedAnalyzerParameters]
generate_finding_recommendation: Builder[GenerateFindingRecommendationParameters]
get_access_preview: Builder[GetAccessPreviewParameters]
get_analyzed_resource: Builder[GetAnalyzedResourceParameters]
get_analyzer: Builder[GetAnalyzerParameters]
get_archive_rule: Builder[GetArchiveRuleParameters]
get_finding: Builder[GetFindingParameters]
get_finding_recommendation: Builder[GetFindingRecommendationParameters]
get_finding_v2: Builder[GetFindingV2Parameters]
get_findings_statistics: Builder[GetFindingsStatisticsParameters]
get_generated_policy: Builder[GetGeneratedPolicyParameters]
list_access_preview_findings: Builder[ListAccessPreviewFindingsParameters]
list_access_previews: Builder[ListAccessPreviewsParameters]
list_analyzed_resources: Builder[ListAnalyzedResourcesParameters]
list_analyzers: Builder[ListAnalyzersParameters]
list_archive_rules: Builder[ListArchiveRulesParameters]
list_findings: Builder[ListFindingsParameters]
list_findings_v2: Builder[ListFindingsV2Parameters]
list_policy_generations: Builder[ListPolicyGenerationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_policy_generation: Builder[StartPolicyGenerationParameters]
start_resource_scan: Builder[StartResourceScanParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_analyzer: Builder[UpdateAnalyzerParameters]
update_archive_rule: Builder[UpdateArchiveRuleParameters]
update_findings: Builder[UpdateFindingsParameters]
validate_policy: Builder[ValidatePolicyParameters]

__all__ = [
    "apply_archive_rule",
    "cancel_policy_generation",
    "check_access_not_granted",
    "check_no_new_access",
    "check_no_public_access",
    "create_access_preview",
    "create_analyzer",
    "create_archive_rule",
    "create_service_linked_analyzer",
    "delete_analyzer",
    "delete_archive_rule",
    "delete_service_linked_analyzer",
    "generate_finding_recommendation",
    "get_access_preview",
    "get_analyzed_resource",
    "get_analyzer",
    "get_archive_rule",
    "get_finding",
    "get_finding_recommendation",
    "get_finding_v2",
    "get_findings_statistics",
    "get_generated_policy",
    "list_access_preview_findings",
    "list_access_previews",
    "list_analyzed_resources",
    "list_analyzers",
    "list_archive_rules",
    "list_findings",
    "list_findings_v2",
    "list_policy_generations",
    "list_tags_for_resource",
    "start_policy_generation",
    "start_resource_scan",
    "tag_resource",
    "untag_resource",
    "update_analyzer",
    "update_archive_rule",
    "update_findings",
    "validate_policy",
]
