"""Typed builders of the AWS SDK integration of connectcampaigns (``aws-sdk:connectcampaigns:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class ProgressiveDialerConfig(TypedDict, total=False):
    BandwidthAllocation: F
    DialingCapacity: F

class PredictiveDialerConfig(TypedDict, total=False):
    BandwidthAllocation: F
    DialingCapacity: F

class AgentlessDialerConfig(TypedDict, total=False):
    DialingCapacity: F

class DialerConfig(TypedDict, total=False):
    ProgressiveDialerConfig: X[ProgressiveDialerConfig]
    PredictiveDialerConfig: X[PredictiveDialerConfig]
    AgentlessDialerConfig: X[AgentlessDialerConfig]

class AnswerMachineDetectionConfig(TypedDict, total=False):
    EnableAnswerMachineDetection: B
    AwaitAnswerMachinePrompt: B

class OutboundCallConfig(TypedDict, total=False):
    ConnectContactFlowId: S
    ConnectSourcePhoneNumber: S
    ConnectQueueId: S
    AnswerMachineDetectionConfig: X[AnswerMachineDetectionConfig]

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "DialerConfig": X[DialerConfig],
        "DialerConfig.$": str,
        "OutboundCallConfig": X[OutboundCallConfig],
        "OutboundCallConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteConnectInstanceConfigParameters = TypedDict(
    "DeleteConnectInstanceConfigParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
DeleteInstanceOnboardingJobParameters = TypedDict(
    "DeleteInstanceOnboardingJobParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
DescribeCampaignParameters = TypedDict(
    "DescribeCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
GetCampaignStateParameters = TypedDict(
    "GetCampaignStateParameters", {"Id": S, "Id.$": str}, total=False
)
GetCampaignStateBatchParameters = TypedDict(
    "GetCampaignStateBatchParameters", {"CampaignIds": L[Si], "CampaignIds.$": str}, total=False
)
GetConnectInstanceConfigParameters = TypedDict(
    "GetConnectInstanceConfigParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
GetInstanceOnboardingJobStatusParameters = TypedDict(
    "GetInstanceOnboardingJobStatusParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)

class InstanceIdFilter(TypedDict, total=False):
    Value: S
    Operator: S

class CampaignFilters(TypedDict, total=False):
    InstanceIdFilter: X[InstanceIdFilter]

ListCampaignsParameters = TypedDict(
    "ListCampaignsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[CampaignFilters],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
PauseCampaignParameters = TypedDict("PauseCampaignParameters", {"Id": S, "Id.$": str}, total=False)

class DialRequest(TypedDict, total=False):
    ClientToken: S
    PhoneNumber: S
    ExpirationTime: T
    Attributes: M[S]

PutDialRequestBatchParameters = TypedDict(
    "PutDialRequestBatchParameters",
    {"Id": S, "Id.$": str, "DialRequests": L[Xi[DialRequest]], "DialRequests.$": str},
    total=False,
)
ResumeCampaignParameters = TypedDict(
    "ResumeCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
StartCampaignParameters = TypedDict("StartCampaignParameters", {"Id": S, "Id.$": str}, total=False)

class EncryptionConfig(TypedDict, total=False):
    Enabled: B
    EncryptionType: S
    KeyArn: S

StartInstanceOnboardingJobParameters = TypedDict(
    "StartInstanceOnboardingJobParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
    },
    total=False,
)
StopCampaignParameters = TypedDict("StopCampaignParameters", {"Id": S, "Id.$": str}, total=False)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCampaignDialerConfigParameters = TypedDict(
    "UpdateCampaignDialerConfigParameters",
    {"Id": S, "Id.$": str, "DialerConfig": X[DialerConfig], "DialerConfig.$": str},
    total=False,
)
UpdateCampaignNameParameters = TypedDict(
    "UpdateCampaignNameParameters", {"Id": S, "Id.$": str, "Name": S, "Name.$": str}, total=False
)
UpdateCampaignOutboundCallConfigParameters = TypedDict(
    "UpdateCampaignOutboundCallConfigParameters",
    {
        "Id": S,
        "Id.$": str,
        "ConnectContactFlowId": S,
        "ConnectContactFlowId.$": str,
        "ConnectSourcePhoneNumber": S,
        "ConnectSourcePhoneNumber.$": str,
        "AnswerMachineDetectionConfig": X[AnswerMachineDetectionConfig],
        "AnswerMachineDetectionConfig.$": str,
    },
    total=False,
)
create_campaign: Builder[CreateCampaignParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_connect_instance_config: Builder[DeleteConnectInstanceConfigParameters]
delete_instance_onboarding_job: Builder[DeleteInstanceOnboardingJobParameters]
describe_campaign: Builder[DescribeCampaignParameters]
get_campaign_state: Builder[GetCampaignStateParameters]
get_campaign_state_batch: Builder[GetCampaignStateBatchParameters]
get_connect_instance_config: Builder[GetConnectInstanceConfigParameters]
get_instance_onboarding_job_status: Builder[GetInstanceOnboardingJobStatusParameters]
list_campaigns: Builder[ListCampaignsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
pause_campaign: Builder[PauseCampaignParameters]
put_dial_request_batch: Builder[PutDialRequestBatchParameters]
resume_campaign: Builder[ResumeCampaignParameters]
start_campaign: Builder[StartCampaignParameters]
start_instance_onboarding_job: Builder[StartInstanceOnboardingJobParameters]
stop_campaign: Builder[StopCampaignParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_campaign_dialer_config: Builder[UpdateCampaignDialerConfigParameters]
update_campaign_name: Builder[UpdateCampaignNameParameters]
update_campaign_outbound_call_config: Builder[UpdateCampaignOutboundCallConfigParameters]

__all__ = [
    "create_campaign",
    "delete_campaign",
    "delete_connect_instance_config",
    "delete_instance_onboarding_job",
    "describe_campaign",
    "get_campaign_state",
    "get_campaign_state_batch",
    "get_connect_instance_config",
    "get_instance_onboarding_job_status",
    "list_campaigns",
    "list_tags_for_resource",
    "pause_campaign",
    "put_dial_request_batch",
    "resume_campaign",
    "start_campaign",
    "start_instance_onboarding_job",
    "stop_campaign",
    "tag_resource",
    "untag_resource",
    "update_campaign_dialer_config",
    "update_campaign_name",
    "update_campaign_outbound_call_config",
]
