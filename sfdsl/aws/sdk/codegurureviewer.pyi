"""Typed builders of the AWS SDK integration of codegurureviewer (``aws-sdk:codegurureviewer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

class CodeCommitRepository(TypedDict, total=False):
    Name: S

class ThirdPartySourceRepository(TypedDict, total=False):
    Name: S
    ConnectionArn: S
    Owner: S

class S3Repository(TypedDict, total=False):
    Name: S
    BucketName: S

class Repository(TypedDict, total=False):
    CodeCommit: X[CodeCommitRepository]
    Bitbucket: X[ThirdPartySourceRepository]
    GitHubEnterpriseServer: X[ThirdPartySourceRepository]
    S3Bucket: X[S3Repository]

class KMSKeyDetails(TypedDict, total=False):
    KmsKeyId: S
    EncryptionOption: S

AssociateRepositoryParameters = TypedDict(
    "AssociateRepositoryParameters",
    {
        "Repository": X[Repository],
        "Repository.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyDetails": X[KMSKeyDetails],
        "KmsKeyDetails.$": str,
    },
    total=False,
)

class RepositoryHeadSourceCodeType(TypedDict, total=False):
    BranchName: S

class CommitDiffSourceCodeType(TypedDict, total=False):
    SourceCommit: S
    DestinationCommit: S
    MergeBaseCommit: S

class BranchDiffSourceCodeType(TypedDict, total=False):
    SourceBranchName: S
    DestinationBranchName: S

class CodeArtifacts(TypedDict, total=False):
    SourceCodeArtifactsObjectKey: S
    BuildArtifactsObjectKey: S

class S3RepositoryDetails(TypedDict, total=False):
    BucketName: S
    CodeArtifacts: X[CodeArtifacts]

class S3BucketRepository(TypedDict, total=False):
    Name: S
    Details: X[S3RepositoryDetails]

class EventInfo(TypedDict, total=False):
    Name: S
    State: S

class RequestMetadata(TypedDict, total=False):
    RequestId: S
    Requester: S
    EventInfo: X[EventInfo]
    VendorName: S

class SourceCodeType(TypedDict, total=False):
    CommitDiff: X[CommitDiffSourceCodeType]
    RepositoryHead: X[RepositoryHeadSourceCodeType]
    BranchDiff: X[BranchDiffSourceCodeType]
    S3BucketRepository: X[S3BucketRepository]
    RequestMetadata: X[RequestMetadata]

class RepositoryAnalysis(TypedDict, total=False):
    RepositoryHead: X[RepositoryHeadSourceCodeType]
    SourceCodeType: X[SourceCodeType]

class CodeReviewType(TypedDict, total=False):
    RepositoryAnalysis: X[RepositoryAnalysis]
    AnalysisTypes: L[Si]

CreateCodeReviewParameters = TypedDict(
    "CreateCodeReviewParameters",
    {
        "Name": S,
        "Name.$": str,
        "RepositoryAssociationArn": S,
        "RepositoryAssociationArn.$": str,
        "Type": X[CodeReviewType],
        "Type.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DescribeCodeReviewParameters = TypedDict(
    "DescribeCodeReviewParameters", {"CodeReviewArn": S, "CodeReviewArn.$": str}, total=False
)
DescribeRecommendationFeedbackParameters = TypedDict(
    "DescribeRecommendationFeedbackParameters",
    {
        "CodeReviewArn": S,
        "CodeReviewArn.$": str,
        "RecommendationId": S,
        "RecommendationId.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
DescribeRepositoryAssociationParameters = TypedDict(
    "DescribeRepositoryAssociationParameters",
    {"AssociationArn": S, "AssociationArn.$": str},
    total=False,
)
DisassociateRepositoryParameters = TypedDict(
    "DisassociateRepositoryParameters", {"AssociationArn": S, "AssociationArn.$": str}, total=False
)
ListCodeReviewsParameters = TypedDict(
    "ListCodeReviewsParameters",
    {
        "ProviderTypes": L[Si],
        "ProviderTypes.$": str,
        "States": L[Si],
        "States.$": str,
        "RepositoryNames": L[Si],
        "RepositoryNames.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendationFeedbackParameters = TypedDict(
    "ListRecommendationFeedbackParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CodeReviewArn": S,
        "CodeReviewArn.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
    },
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CodeReviewArn": S,
        "CodeReviewArn.$": str,
    },
    total=False,
)
ListRepositoryAssociationsParameters = TypedDict(
    "ListRepositoryAssociationsParameters",
    {
        "ProviderTypes": L[Si],
        "ProviderTypes.$": str,
        "States": L[Si],
        "States.$": str,
        "Names": L[Si],
        "Names.$": str,
        "Owners": L[Si],
        "Owners.$": str,
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
PutRecommendationFeedbackParameters = TypedDict(
    "PutRecommendationFeedbackParameters",
    {
        "CodeReviewArn": S,
        "CodeReviewArn.$": str,
        "RecommendationId": S,
        "RecommendationId.$": str,
        "Reactions": L[Si],
        "Reactions.$": str,
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
associate_repository: Builder[AssociateRepositoryParameters]
create_code_review: Builder[CreateCodeReviewParameters]
describe_code_review: Builder[DescribeCodeReviewParameters]
describe_recommendation_feedback: Builder[DescribeRecommendationFeedbackParameters]
describe_repository_association: Builder[DescribeRepositoryAssociationParameters]
disassociate_repository: Builder[DisassociateRepositoryParameters]
list_code_reviews: Builder[ListCodeReviewsParameters]
list_recommendation_feedback: Builder[ListRecommendationFeedbackParameters]
list_recommendations: Builder[ListRecommendationsParameters]
list_repository_associations: Builder[ListRepositoryAssociationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_recommendation_feedback: Builder[PutRecommendationFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "associate_repository",
    "create_code_review",
    "describe_code_review",
    "describe_recommendation_feedback",
    "describe_repository_association",
    "disassociate_repository",
    "list_code_reviews",
    "list_recommendation_feedback",
    "list_recommendations",
    "list_repository_associations",
    "list_tags_for_resource",
    "put_recommendation_feedback",
    "tag_resource",
    "untag_resource",
]
