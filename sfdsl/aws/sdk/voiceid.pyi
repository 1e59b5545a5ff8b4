"""Typed builders of the AWS SDK integration of voiceid (``aws-sdk:voiceid:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

AssociateFraudsterParameters = TypedDict(
    "AssociateFraudsterParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "FraudsterId": S,
        "FraudsterId.$": str,
        "WatchlistId": S,
        "WatchlistId.$": str,
    },
    total=False,
)

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWatchlistParameters = TypedDict(
    "CreateWatchlistParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DeleteFraudsterParameters = TypedDict(
    "DeleteFraudsterParameters",
    {"DomainId": S, "DomainId.$": str, "FraudsterId": S, "FraudsterId.$": str},
    total=False,
)
DeleteSpeakerParameters = TypedDict(
    "DeleteSpeakerParameters",
    {"DomainId": S, "DomainId.$": str, "SpeakerId": S, "SpeakerId.$": str},
    total=False,
)
DeleteWatchlistParameters = TypedDict(
    "DeleteWatchlistParameters",
    {"DomainId": S, "DomainId.$": str, "WatchlistId": S, "WatchlistId.$": str},
    total=False,
)
DescribeDomainParameters = TypedDict(
    "DescribeDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DescribeFraudsterParameters = TypedDict(
    "DescribeFraudsterParameters",
    {"DomainId": S, "DomainId.$": str, "FraudsterId": S, "FraudsterId.$": str},
    total=False,
)
DescribeFraudsterRegistrationJobParameters = TypedDict(
    "DescribeFraudsterRegistrationJobParameters",
    {"DomainId": S, "DomainId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeSpeakerParameters = TypedDict(
    "DescribeSpeakerParameters",
    {"DomainId": S, "DomainId.$": str, "SpeakerId": S, "SpeakerId.$": str},
    total=False,
)
DescribeSpeakerEnrollmentJobParameters = TypedDict(
    "DescribeSpeakerEnrollmentJobParameters",
    {"DomainId": S, "DomainId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeWatchlistParameters = TypedDict(
    "DescribeWatchlistParameters",
    {"DomainId": S, "DomainId.$": str, "WatchlistId": S, "WatchlistId.$": str},
    total=False,
)
DisassociateFraudsterParameters = TypedDict(
    "DisassociateFraudsterParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "FraudsterId": S,
        "FraudsterId.$": str,
        "WatchlistId": S,
        "WatchlistId.$": str,
    },
    total=False,
)
EvaluateSessionParameters = TypedDict(
    "EvaluateSessionParameters",
    {"DomainId": S, "DomainId.$": str, "SessionNameOrId": S, "SessionNameOrId.$": str},
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFraudsterRegistrationJobsParameters = TypedDict(
    "ListFraudsterRegistrationJobsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFraudstersParameters = TypedDict(
    "ListFraudstersParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WatchlistId": S,
        "WatchlistId.$": str,
    },
    total=False,
)
ListSpeakerEnrollmentJobsParameters = TypedDict(
    "ListSpeakerEnrollmentJobsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSpeakersParameters = TypedDict(
    "ListSpeakersParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
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
ListWatchlistsParameters = TypedDict(
    "ListWatchlistsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
OptOutSpeakerParameters = TypedDict(
    "OptOutSpeakerParameters",
    {"DomainId": S, "DomainId.$": str, "SpeakerId": S, "SpeakerId.$": str},
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Uri: S

class OutputDataConfig(TypedDict, total=False):
    KmsKeyId: S
    S3Uri: S

class RegistrationConfig(TypedDict, total=False):
    DuplicateRegistrationAction: S
    FraudsterSimilarityThreshold: I
    WatchlistIds: L[Si]

StartFraudsterRegistrationJobParameters = TypedDict(
    "StartFraudsterRegistrationJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "JobName": S,
        "JobName.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "RegistrationConfig": X[RegistrationConfig],
        "RegistrationConfig.$": str,
    },
    total=False,
)

class EnrollmentJobFraudDetectionConfig(TypedDict, total=False):
    FraudDetectionAction: S
    RiskThreshold: I
    WatchlistIds: L[Si]

class EnrollmentConfig(TypedDict, total=False):
    ExistingEnrollmentAction: S
    FraudDetectionConfig: X[EnrollmentJobFraudDetectionConfig]

StartSpeakerEnrollmentJobParameters = TypedDict(
    "StartSpeakerEnrollmentJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "EnrollmentConfig": X[EnrollmentConfig],
        "EnrollmentConfig.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "JobName": S,
        "JobName.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateDomainParameters = TypedDict(
    "UpdateDomainParameters",
    {
        "Description": S,
        "Description.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateWatchlistParameters = TypedDict(
    "UpdateWatchlistParameters",
    {
        "Description": S,
        "Description.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "WatchlistId": S,
        "WatchlistId.$": str,
    },
    total=False,
)
associate_fraudster: Builder[AssociateFraudsterParameters]
create_domain: Builder[CreateDomainParameters]
create_watchlist: Builder[CreateWatchlistParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_fraudster: Builder[DeleteFraudsterParameters]
delete_speaker: Builder[DeleteSpeakerParameters]
delete_watchlist: Builder[DeleteWatchlistParameters]
describe_domain: Builder[DescribeDomainParameters]
describe_fraudster: Builder[DescribeFraudsterParameters]
describe_fraudster_registration_job: Builder[DescribeFraudsterRegistrationJobParameters]
describe_speaker: Builder[DescribeSpeakerParameters]
describe_speaker_enrollment_job: Builder[DescribeSpeakerEnrollmentJobParameters]
describe_watchlist: Builder[DescribeWatchlistParameters]
disassociate_fraudster: Builder[DisassociateFraudsterParameters]
evaluate_session: Builder[EvaluateSessionParameters]
list_domains: Builder[ListDomainsParameters]
list_fraudster_registration_jobs: Builder[ListFraudsterRegistrationJobsParameters]
list_fraudsters: Builder[ListFraudstersParameters]
list_speaker_enrollment_jobs: Builder[ListSpeakerEnrollmentJobsParameters]
list_speakers: Builder[ListSpeakersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_watchlists: Builder[ListWatchlistsParameters]
opt_out_speaker: Builder[OptOutSpeakerParameters]
start_fraudster_registration_job: Builder[StartFraudsterRegistrationJobParameters]
start_speaker_enrollment_job: Builder[StartSpeakerEnrollmentJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_domain: Builder[UpdateDomainParameters]
update_watchlist: Builder[UpdateWatchlistParameters]

__all__ = [
    "associate_fraudster",
    "create_domain",
    "create_watchlist",
    "delete_domain",
    "delete_fraudster",
    "delete_speaker",
    "delete_watchlist",
    "describe_domain",
    "describe_fraudster",
    "describe_fraudster_registration_job",
    "describe_speaker",
    "describe_speaker_enrollment_job",
    "describe_watchlist",
    "disassociate_fraudster",
    "evaluate_session",
    "list_domains",
    "list_fraudster_registration_jobs",
    "list_fraudsters",
    "list_speaker_enrollment_jobs",
    "list_speakers",
    "list_tags_for_resource",
    "list_watchlists",
    "opt_out_speaker",
    "start_fraudster_registration_job",
    "start_speaker_enrollment_job",
    "tag_resource",
    "untag_resource",
    "update_domain",
    "update_watchlist",
]
