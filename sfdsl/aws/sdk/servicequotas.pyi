"""Typed builders of the AWS SDK integration of servicequotas (``aws-sdk:servicequotas:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, Xi

class AssociateServiceQuotaTemplateParameters(TypedDict, total=False): ...

CreateSupportCaseParameters = TypedDict(
    "CreateSupportCaseParameters", {"RequestId": S, "RequestId.$": str}, total=False
)
DeleteServiceQuotaIncreaseRequestFromTemplateParameters = TypedDict(
    "DeleteServiceQuotaIncreaseRequestFromTemplateParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
    },
    total=False,
)

class DisassociateServiceQuotaTemplateParameters(TypedDict, total=False): ...

GetAWSDefaultServiceQuotaParameters = TypedDict(
    "GetAWSDefaultServiceQuotaParameters",
    {"ServiceCode": S, "ServiceCode.$": str, "QuotaCode": S, "QuotaCode.$": str},
    total=False,
)

class GetAssociationForServiceQuotaTemplateParameters(TypedDict, total=False): ...
class GetAutoManagementConfigurationParameters(TypedDict, total=False): ...

GetQuotaUtilizationReportParameters = TypedDict(
    "GetQuotaUtilizationReportParameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetRequestedServiceQuotaChangeParameters = TypedDict(
    "GetRequestedServiceQuotaChangeParameters", {"RequestId": S, "RequestId.$": str}, total=False
)
GetServiceQuotaParameters = TypedDict(
    "GetServiceQuotaParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "ContextId": S,
        "ContextId.$": str,
    },
    total=False,
)
GetServiceQuotaIncreaseRequestFromTemplateParameters = TypedDict(
    "GetServiceQuotaIncreaseRequestFromTemplateParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
    },
    total=False,
)
ListAWSDefaultServiceQuotasParameters = TypedDict(
    "ListAWSDefaultServiceQuotasParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRequestedServiceQuotaChangeHistoryParameters = TypedDict(
    "ListRequestedServiceQuotaChangeHistoryParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuotaRequestedAtLevel": S,
        "QuotaRequestedAtLevel.$": str,
    },
    total=False,
)
ListRequestedServiceQuotaChangeHistoryByQuotaParameters = TypedDict(
    "ListRequestedServiceQuotaChangeHistoryByQuotaParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuotaRequestedAtLevel": S,
        "QuotaRequestedAtLevel.$": str,
    },
    total=False,
)
ListServiceQuotaIncreaseRequestsInTemplateParameters = TypedDict(
    "ListServiceQuotaIncreaseRequestsInTemplateParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListServiceQuotasParameters = TypedDict(
    "ListServiceQuotasParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "QuotaAppliedAtLevel": S,
        "QuotaAppliedAtLevel.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
PutServiceQuotaIncreaseRequestIntoTemplateParameters = TypedDict(
    "PutServiceQuotaIncreaseRequestIntoTemplateParameters",
    {
        "QuotaCode": S,
        "QuotaCode.$": str,
        "ServiceCode": S,
        "ServiceCode.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "DesiredValue": F,
        "DesiredValue.$": str,
    },
    total=False,
)
RequestServiceQuotaIncreaseParameters = TypedDict(
    "RequestServiceQuotaIncreaseParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "QuotaCode": S,
        "QuotaCode.$": str,
        "DesiredValue": F,
        "DesiredValue.$": str,
        "ContextId": S,
        "ContextId.$": str,
        "SupportCaseAllowed": B,
        "SupportCaseAllowed.$": str,
    },
    total=False,
)
StartAutoManagementParameters = TypedDict(
    "StartAutoManagementParameters",
    {
        "OptInLevel": S,
        "OptInLevel.$": str,
        "OptInType": S,
        "OptInType.$": str,
        "NotificationArn": S,
        "NotificationArn.$": str,
        "ExclusionList": M[L[Si]],
        "ExclusionList.$": str,
    },
    total=False,
)

class StartQuotaUtilizationReportParameters(TypedDict, total=False): ...
class StopAutoManagementParameters(TypedDict, total=False): ...

class Tag(TypedDict, total=False):
    Key: S
    Value: S

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAutoManagementParameters = TypedDict(
    "UpdateAutoManagementParameters",
    {
        "OptInType": S,
        "OptInType.$": str,
        "NotificationArn": S,
        "NotificationArn.$": str,
        "ExclusionList": M[L[Si]],
        "ExclusionList.$": str,
    },
    total=False,
)
associate_service_quota_template: Builder[AssociateServiceQuotaTemplateParameters]
create_support_case: Builder[CreateSupportCaseParameters]
delete_service_quota_increase_request_from_template: Builder[
    DeleteServiceQuotaIncreaseRequestFromTemplateParameters
]
disassociate_service_quota_template: Builder[DisassociateServiceQuotaTemplateParameters]
get_aws_default_service_quota: Builder[GetAWSDefaultServiceQuotaParameters]
get_association_for_service_quota_template: Builder[GetAssociationForServiceQuotaTemplateParameters]
get_auto_management_configuration: Builder[GetAutoManagementConfigurationParameters]
get_quota_utilization_report: Builder[GetQuotaUtilizationReportParameters]
get_requested_service_quota_change: Builder[GetRequestedServiceQuotaChangeParameters]
get_service_quota: Builder[GetServiceQuotaParameters]
get_service_quota_increase_request_from_template: Builder[
    GetServiceQuotaIncreaseRequestFromTemplateParameters
]
list_aws_default_service_quotas: Builder[ListAWSDefaultServiceQuotasParameters]
list_requested_service_quota_change_history: Builder[
    ListRequestedServiceQuotaChangeHistoryParameters
]
list_requested_service_quota_change_history_by_quota: Builder[
    ListRequestedServiceQuotaChangeHistoryByQuotaParameters
]
list_service_quota_increase_requests_in_template: Builder[
    ListServiceQuotaIncreaseRequestsInTemplateParameters
]
list_service_quotas: Builder[ListServiceQuotasParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_service_quota_increase_request_into_template: Builder[
    PutServiceQuotaIncreaseRequestIntoTemplateParameters
]
request_service_quota_increase: Builder[RequestServiceQuotaIncreaseParameters]
start_auto_management: Builder[StartAutoManagementParameters]
start_quota_utilization_report: Builder[StartQuotaUtilizationReportParameters]
stop_auto_management: Builder[StopAutoManagementParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_auto_management: Builder[UpdateAutoManagementParameters]

__all__ = [
    "associate_service_quota_template",
    "create_support_case",
    "delete_service_quota_increase_request_from_template",
    "disassociate_service_quota_template",
    "get_association_for_service_quota_template",
    "get_auto_management_configuration",
    "get_aws_default_service_quota",
    "get_quota_utilization_report",
    "get_requested_service_quota_change",
    "get_service_quota",
    "get_service_quota_increase_request_from_template",
    "list_aws_default_service_quotas",
    "list_requested_service_quota_change_history",
    "list_requested_service_quota_change_history_by_quota",
    "list_service_quota_increase_requests_in_template",
    "list_service_quotas",
    "list_services",
    "list_tags_for_resource",
    "put_service_quota_increase_request_into_template",
    "request_service_quota_increase",
    "start_auto_management",
    "start_quota_utilization_report",
    "stop_auto_management",
    "tag_resource",
    "untag_resource",
    "update_auto_management",
]
