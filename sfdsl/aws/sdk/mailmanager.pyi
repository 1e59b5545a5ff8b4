"""Typed builders of the AWS SDK integration of mailmanager (``aws-sdk:mailmanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAddonInstanceParameters = TypedDict(
    "CreateAddonInstanceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AddonSubscriptionId": S,
        "AddonSubscriptionId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAddonSubscriptionParameters = TypedDict(
    "CreateAddonSubscriptionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAddressListParameters = TypedDict(
    "CreateAddressListParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AddressListName": S,
        "AddressListName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ImportDataFormat(TypedDict, total=False):
    ImportDataType: S

CreateAddressListImportJobParameters = TypedDict(
    "CreateAddressListImportJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AddressListId": S,
        "AddressListId.$": str,
        "Name": S,
        "Name.$": str,
        "ImportDataFormat": X[ImportDataFormat],
        "ImportDataFormat.$": str,
    },
    total=False,
)

class ArchiveRetention(TypedDict, total=False):
    RetentionPeriod: S

CreateArchiveParameters = TypedDict(
    "CreateArchiveParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ArchiveName": S,
        "ArchiveName.$": str,
        "Retention": X[ArchiveRetention],
        "Retention.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TrustStore(TypedDict, total=False):
    CaContent: S
    CrlContent: S
    KmsKeyArn: S

class TlsAuthConfiguration(TypedDict, total=False):
    TrustStore: X[TrustStore]

class IngressPointConfiguration(TypedDict, total=False):
    SmtpPassword: S
    SecretArn: S
    TlsAuthConfiguration: X[TlsAuthConfiguration]

class PublicNetworkConfiguration(TypedDict, total=False):
    IpType: S

class PrivateNetworkConfiguration(TypedDict, total=False):
    VpcEndpointId: S

class NetworkConfiguration(TypedDict, total=False):
    PublicNetworkConfiguration: X[PublicNetworkConfiguration]
    PrivateNetworkConfiguration: X[PrivateNetworkConfiguration]

CreateIngressPointParameters = TypedDict(
    "CreateIngressPointParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "IngressPointName": S,
        "IngressPointName.$": str,
        "Type": S,
        "Type.$": str,
        "RuleSetId": S,
        "RuleSetId.$": str,
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "IngressPointConfiguration": X[IngressPointConfiguration],
        "IngressPointConfiguration.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "TlsPolicy": S,
        "TlsPolicy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class NoAuthentication(TypedDict, total=False): ...

class RelayAuthentication(TypedDict, total=False):
    SecretArn: S
    NoAuthentication: X[NoAuthentication]

CreateRelayParameters = TypedDict(
    "CreateRelayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "RelayName": S,
        "RelayName.$": str,
        "ServerName": S,
        "ServerName.$": str,
        "ServerPort": I,
        "ServerPort.$": str,
        "Authentication": X[RelayAuthentication],
        "Authentication.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Analysis(TypedDict, total=False):
    Analyzer: S
    ResultField: S

class RuleIsInAddressList(TypedDict, total=False):
    Attribute: S
    AddressLists: L[Si]

class RuleBooleanToEvaluate(TypedDict, total=False):
    Attribute: S
    Analysis: X[Analysis]
    IsInAddressList: X[RuleIsInAddressList]

class RuleBooleanExpression(TypedDict, total=False):
    Evaluate: X[RuleBooleanToEvaluate]
    Operator: S

class RuleStringToEvaluate(TypedDict, total=False):
    Attribute: S
    MimeHeaderAttribute: S
    Analysis: X[Analysis]
    ClientCertificateAttribute: S

class RuleStringExpression(TypedDict, total=False):
    Evaluate: X[RuleStringToEvaluate]
    Operator: S
    Values: L[Si]

class RuleNumberToEvaluate(TypedDict, total=False):
    Attribute: S

class RuleNumberExpression(TypedDict, total=False):
    Evaluate: X[RuleNumberToEvaluate]
    Operator: S
    Value: F

class RuleIpToEvaluate(TypedDict, total=False):
    Attribute: S

class RuleIpExpression(TypedDict, total=False):
    Evaluate: X[RuleIpToEvaluate]
    Operator: S
    Values: L[Si]

class RuleVerdictToEvaluate(TypedDict, total=False):
    Attribute: S
    Analysis: X[Analysis]

class RuleVerdictExpression(TypedDict, total=False):
    Evaluate: X[RuleVerdictToEvaluate]
    Operator: S
    Values: L[Si]

class RuleDmarcExpression(TypedDict, total=False):
    Operator: S
    Values: L[Si]

class RuleCondition(TypedDict, total=False):
    BooleanExpression: X[RuleBooleanExpression]
    StringExpression: X[RuleStringExpression]
    NumberExpression: X[RuleNumberExpression]
    IpExpression: X[RuleIpExpression]
    VerdictExpression: X[RuleVerdictExpression]
    DmarcExpression: X[RuleDmarcExpression]

class DropAction(TypedDict, total=False): ...

class RelayAction(TypedDict, total=False):
    ActionFailurePolicy: S
    Relay: S
    MailFrom: S

class ArchiveAction(TypedDict, total=False):
    ActionFailurePolicy: S
    TargetArchive: S

class S3Action(TypedDict, total=False):
    ActionFailurePolicy: S
    RoleArn: S
    S3Bucket: S
    S3Prefix: S
    S3SseKmsKeyId: S

class SendAction(TypedDict, total=False):
    ActionFailurePolicy: S
    RoleArn: S

class AddHeaderAction(TypedDict, total=False):
    HeaderName: S
    HeaderValue: S

class ReplaceRecipientAction(TypedDict, total=False):
    ReplaceWith: L[Si]

class DeliverToMailboxAction(TypedDict, total=False):
    ActionFailurePolicy: S
    MailboxArn: S
    RoleArn: S

class DeliverToQBusinessAction(TypedDict, total=False):
    ActionFailurePolicy: S
    ApplicationId: S
    IndexId: S
    RoleArn: S

class SnsAction(TypedDict, total=False):
    ActionFailurePolicy: S
    TopicArn: S
    RoleArn: S
    Encoding: S
    PayloadType: S

class BounceAction(TypedDict, total=False):
    ActionFailurePolicy: S
    RoleArn: S
    Sender: S
    StatusCode: S
    SmtpReplyCode: S
    DiagnosticMessage: S
    Message: S

class InvokeLambdaAction(TypedDict, total=False):
    ActionFailurePolicy: S
    FunctionArn: S
    InvocationType: S
    RoleArn: S
    RetryTimeMinutes: I

class RuleAction(TypedDict, total=False):
    Drop: X[DropAction]
    Relay: X[RelayAction]
    Archive: X[ArchiveAction]
    WriteToS3: X[S3Action]
    Send: X[SendAction]
    AddHeader: X[AddHeaderAction]
    ReplaceRecipient: X[ReplaceRecipientAction]
    DeliverToMailbox: X[DeliverToMailboxAction]
    DeliverToQBusiness: X[DeliverToQBusinessAction]
    PublishToSns: X[SnsAction]
    Bounce: X[BounceAction]
    InvokeLambda: X[InvokeLambdaAction]

class Rule(TypedDict, total=False):
    Name: S
    Conditions: L[Xi[RuleCondition]]
    Unless: L[Xi[RuleCondition]]
    Actions: L[Xi[RuleAction]]

CreateRuleSetParameters = TypedDict(
    "CreateRuleSetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "RuleSetName": S,
        "RuleSetName.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IngressAnalysis(TypedDict, total=False):
    Analyzer: S
    ResultField: S

class IngressStringToEvaluate(TypedDict, total=False):
    Attribute: S
    Analysis: X[IngressAnalysis]

class IngressStringExpression(TypedDict, total=False):
    Evaluate: X[IngressStringToEvaluate]
    Operator: S
    Values: L[Si]

class IngressIpToEvaluate(TypedDict, total=False):
    Attribute: S

class IngressIpv4Expression(TypedDict, total=False):
    Evaluate: X[IngressIpToEvaluate]
    Operator: S
    Values: L[Si]

class IngressIpv6ToEvaluate(TypedDict, total=False):
    Attribute: S

class IngressIpv6Expression(TypedDict, total=False):
    Evaluate: X[IngressIpv6ToEvaluate]
    Operator: S
    Values: L[Si]

class IngressTlsProtocolToEvaluate(TypedDict, total=False):
    Attribute: S

class IngressTlsProtocolExpression(TypedDict, total=False):
    Evaluate: X[IngressTlsProtocolToEvaluate]
    Operator: S
    Value: S

class IngressIsInAddressList(TypedDict, total=False):
    Attribute: S
    AddressLists: L[Si]

class IngressBooleanToEvaluate(TypedDict, total=False):
    Analysis: X[IngressAnalysis]
    IsInAddressList: X[IngressIsInAddressList]

class IngressBooleanExpression(TypedDict, total=False):
    Evaluate: X[IngressBooleanToEvaluate]
    Operator: S

class PolicyCondition(TypedDict, total=False):
    StringExpression: X[IngressStringExpression]
    IpExpression: X[IngressIpv4Expression]
    Ipv6Expression: X[IngressIpv6Expression]
    TlsExpression: X[IngressTlsProtocolExpression]
    BooleanExpression: X[IngressBooleanExpression]

class PolicyStatement(TypedDict, total=False):
    Conditions: L[Xi[PolicyCondition]]
    Action: S

CreateTrafficPolicyParameters = TypedDict(
    "CreateTrafficPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "TrafficPolicyName": S,
        "TrafficPolicyName.$": str,
        "PolicyStatements": L[Xi[PolicyStatement]],
        "PolicyStatements.$": str,
        "DefaultAction": S,
        "DefaultAction.$": str,
        "MaxMessageSizeBytes": I,
        "MaxMessageSizeBytes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAddonInstanceParameters = TypedDict(
    "DeleteAddonInstanceParameters", {"AddonInstanceId": S, "AddonInstanceId.$": str}, total=False
)
DeleteAddonSubscriptionParameters = TypedDict(
    "DeleteAddonSubscriptionParameters",
    {"AddonSubscriptionId": S, "AddonSubscriptionId.$": str},
    total=False,
)
DeleteAddressListParameters = TypedDict(
    "DeleteAddressListParameters", {"AddressListId": S, "AddressListId.$": str}, total=False
)
DeleteArchiveParameters = TypedDict(
    "DeleteArchiveParameters", {"ArchiveId": S, "ArchiveId.$": str}, total=False
)
DeleteIngressPointParameters = TypedDict(
    "DeleteIngressPointParameters", {"IngressPointId": S, "IngressPointId.$": str}, total=False
)
DeleteRelayParameters = TypedDict(
    "DeleteRelayParameters", {"RelayId": S, "RelayId.$": str}, total=False
)
DeleteRuleSetParameters = TypedDict(
    "DeleteRuleSetParameters", {"RuleSetId": S, "RuleSetId.$": str}, total=False
)
DeleteTrafficPolicyParameters = TypedDict(
    "DeleteTrafficPolicyParameters", {"TrafficPolicyId": S, "TrafficPolicyId.$": str}, total=False
)
DeregisterMemberFromAddressListParameters = TypedDict(
    "DeregisterMemberFromAddressListParameters",
    {"AddressListId": S, "AddressListId.$": str, "Address": S, "Address.$": str},
    total=False,
)
GetAddonInstanceParameters = TypedDict(
    "GetAddonInstanceParameters", {"AddonInstanceId": S, "AddonInstanceId.$": str}, total=False
)
GetAddonSubscriptionParameters = TypedDict(
    "GetAddonSubscriptionParameters",
    {"AddonSubscriptionId": S, "AddonSubscriptionId.$": str},
    total=False,
)
GetAddressListParameters = TypedDict(
    "GetAddressListParameters", {"AddressListId": S, "AddressListId.$": str}, total=False
)
GetAddressListImportJobParameters = TypedDict(
    "GetAddressListImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetArchiveParameters = TypedDict(
    "GetArchiveParameters", {"ArchiveId": S, "ArchiveId.$": str}, total=False
)
GetArchiveExportParameters = TypedDict(
    "GetArchiveExportParameters", {"ExportId": S, "ExportId.$": str}, total=False
)
GetArchiveMessageParameters = TypedDict(
    "GetArchiveMessageParameters", {"ArchivedMessageId": S, "ArchivedMessageId.$": str}, total=False
)
GetArchiveMessageContentParameters = TypedDict(
    "GetArchiveMessageContentParameters",
    {"ArchivedMessageId": S, "ArchivedMessageId.$": str},
    total=False,
)
GetArchiveSearchParameters = TypedDict(
    "GetArchiveSearchParameters", {"SearchId": S, "SearchId.$": str}, total=False
)
GetArchiveSearchResultsParameters = TypedDict(
    "GetArchiveSearchResultsParameters", {"SearchId": S, "SearchId.$": str}, total=False
)
GetIngressPointParameters = TypedDict(
    "GetIngressPointParameters",
    {
        "IngressPointId": S,
        "IngressPointId.$": str,
        "IncludeTrustStoreContents": S,
        "IncludeTrustStoreContents.$": str,
    },
    total=False,
)
GetMemberOfAddressListParameters = TypedDict(
    "GetMemberOfAddressListParameters",
    {"AddressListId": S, "AddressListId.$": str, "Address": S, "Address.$": str},
    total=False,
)
GetRelayParameters = TypedDict("GetRelayParameters", {"RelayId": S, "RelayId.$": str}, total=False)
GetRuleSetParameters = TypedDict(
    "GetRuleSetParameters", {"RuleSetId": S, "RuleSetId.$": str}, total=False
)
GetTrafficPolicyParameters = TypedDict(
    "GetTrafficPolicyParameters", {"TrafficPolicyId": S, "TrafficPolicyId.$": str}, total=False
)
ListAddonInstancesParameters = TypedDict(
    "ListAddonInstancesParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListAddonSubscriptionsParameters = TypedDict(
    "ListAddonSubscriptionsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListAddressListImportJobsParameters = TypedDict(
    "ListAddressListImportJobsParameters",
    {
        "AddressListId": S,
        "AddressListId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListAddressListsParameters = TypedDict(
    "ListAddressListsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListArchiveExportsParameters = TypedDict(
    "ListArchiveExportsParameters",
    {
        "ArchiveId": S,
        "ArchiveId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListArchiveSearchesParameters = TypedDict(
    "ListArchiveSearchesParameters",
    {
        "ArchiveId": S,
        "ArchiveId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListArchivesParameters = TypedDict(
    "ListArchivesParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListIngressPointsParameters = TypedDict(
    "ListIngressPointsParameters",
    {"PageSize": I, "PageSize.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class AddressFilter(TypedDict, total=False):
    AddressPrefix: S

ListMembersOfAddressListParameters = TypedDict(
    "ListMembersOfAddressListParameters",
    {
        "AddressListId": S,
        "AddressListId.$": str,
        "Filter": X[AddressFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListRelaysParameters = TypedDict(
    "ListRelaysParameters",
    {"PageSize": I, "PageSize.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRuleSetsParameters = TypedDict(
    "ListRuleSetsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTrafficPoliciesParameters = TypedDict(
    "ListTrafficPoliciesParameters",
    {"PageSize": I, "PageSize.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
RegisterMemberToAddressListParameters = TypedDict(
    "RegisterMemberToAddressListParameters",
    {"AddressListId": S, "AddressListId.$": str, "Address": S, "Address.$": str},
    total=False,
)
StartAddressListImportJobParameters = TypedDict(
    "StartAddressListImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)

class ArchiveStringToEvaluate(TypedDict, total=False):
    Attribute: S

class ArchiveStringExpression(TypedDict, total=False):
    Evaluate: X[ArchiveStringToEvaluate]
    Operator: S
    Values: L[Si]

class ArchiveBooleanToEvaluate(TypedDict, total=False):
    Attribute: S

class ArchiveBooleanExpression(TypedDict, total=False):
    Evaluate: X[ArchiveBooleanToEvaluate]
    Operator: S

class ArchiveFilterCondition(TypedDict, total=False):
    StringExpression: X[ArchiveStringExpression]
    BooleanExpression: X[ArchiveBooleanExpression]

class ArchiveFilters(TypedDict, total=False):
    Include: L[Xi[ArchiveFilterCondition]]
    Unless: L[Xi[ArchiveFilterCondition]]

class S3ExportDestinationConfiguration(TypedDict, total=False):
    S3Location: S

class ExportDestinationConfiguration(TypedDict, total=False):
    S3: X[S3ExportDestinationConfiguration]

StartArchiveExportParameters = TypedDict(
    "StartArchiveExportParameters",
    {
        "ArchiveId": S,
        "ArchiveId.$": str,
        "Filters": X[ArchiveFilters],
        "Filters.$": str,
        "FromTimestamp": T,
        "FromTimestamp.$": str,
        "ToTimestamp": T,
        "ToTimestamp.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ExportDestinationConfiguration": X[ExportDestinationConfiguration],
        "ExportDestinationConfiguration.$": str,
        "IncludeMetadata": B,
        "IncludeMetadata.$": str,
    },
    total=False,
)
StartArchiveSearchParameters = TypedDict(
    "StartArchiveSearchParameters",
    {
        "ArchiveId": S,
        "ArchiveId.$": str,
        "Filters": X[ArchiveFilters],
        "Filters.$": str,
        "FromTimestamp": T,
        "FromTimestamp.$": str,
        "ToTimestamp": T,
        "ToTimestamp.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
StopAddressListImportJobParameters = TypedDict(
    "StopAddressListImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopArchiveExportParameters = TypedDict(
    "StopArchiveExportParameters", {"ExportId": S, "ExportId.$": str}, total=False
)
StopArchiveSearchParameters = TypedDict(
    "StopArchiveSearchParameters", {"SearchId": S, "SearchId.$": str}, total=False
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
UpdateArchiveParameters = TypedDict(
    "UpdateArchiveParameters",
    {
        "ArchiveId": S,
        "ArchiveId.$": str,
        "ArchiveName": S,
        "ArchiveName.$": str,
        "Retention": X[ArchiveRetention],
        "Retention.$": str,
    },
    total=False,
)
UpdateIngressPointParameters = TypedDict(
    "UpdateIngressPointParameters",
    {
        "IngressPointId": S,
        "IngressPointId.$": str,
        "IngressPointName": S,
        "IngressPointName.$": str,
        "StatusToUpdate": S,
        "StatusToUpdate.$": str,
        "RuleSetId": S,
        "RuleSetId.$": str,
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "IngressPointConfiguration": X[IngressPointConfiguration],
        "IngressPointConfiguration.$": str,
        "TlsPolicy": S,
        "TlsPolicy.$": str,
    },
    total=False,
)
UpdateRelayParameters = TypedDict(
    "UpdateRelayParameters",
    {
        "RelayId": S,
        "RelayId.$": str,
        "RelayName": S,
        "RelayName.$": str,
        "ServerName": S,
        "ServerName.$": str,
        "ServerPort": I,
        "ServerPort.$": str,
        "Authentication": X[RelayAuthentication],
        "Authentication.$": str,
    },
    total=False,
)
UpdateRuleSetParameters = TypedDict(
    "UpdateRuleSetParameters",
    {
        "RuleSetId": S,
        "RuleSetId.$": str,
        "RuleSetName": S,
        "RuleSetName.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
    },
    total=False,
)
UpdateTrafficPolicyParameters = TypedDict(
    "UpdateTrafficPolicyParameters",
    {
        "TrafficPolicyId": S,
        "TrafficPolicyId.$": str,
        "TrafficPolicyName": S,
        "TrafficPolicyName.$": str,
        "PolicyStatements": L[Xi[PolicyStatement]],
        "PolicyStatements.$": str,
        "DefaultAction": S,
        "DefaultAction.$": str,
        "MaxMessageSizeBytes": I,
        "MaxMessageSizeBytes.$": str,
    },
    total=False,
)
create_addon_instance: Builder[CreateAddonInstanceParameters]
create_addon_subscription: Builder[CreateAddonSubscriptionParameters]
create_address_list: Builder[CreateAddressListParameters]
create_address_list_import_job: Builder[CreateAddressListImportJobParameters]
create_archive: Builder[CreateArchiveParameters]
create_ingress_point: Builder[CreateIngressPointParameters]
create_relay: Builder[CreateRelayParameters]
create_rule_set: Builder[CreateRuleSetParameters]
create_traffic_policy: Builder[CreateTrafficPolicyParameters]
delete_addon_instance: Builder[DeleteAddonInstanceParameters]
delete_addon_subscription: Builder[DeleteAddonSubscriptionParameters]
delete_address_list: Builder[DeleteAddressListParameters]
delete_archive: Builder[DeleteArchiveParameters]
delete_ingress_point: Builder[DeleteIngressPointParameters]
delete_relay: Builder[DeleteRelayParameters]
delete_rule_set: Builder[DeleteRuleSetParameters]
delete_traffic_policy: Builder[DeleteTrafficPolicyParameters]
deregister_member_from_address_list: Builder[DeregisterMemberFromAddressListParameters]
get_addon_instance: Builder[GetAddonInstanceParameters]
get_addon_subscription: Builder[GetAddonSubscriptionParameters]
get_address_list: Builder[GetAddressListParameters]
get_address_list_import_job: Builder[GetAddressListImportJobParameters]
get_archive: Builder[GetArchiveParameters]
get_archive_export: Builder[GetArchiveExportParameters]
get_archive_message: Builder[GetArchiveMessageParameters]
get_archive_message_content: Builder[GetArchiveMessageContentParameters]
get_archive_search: Builder[GetArchiveSearchParameters]
get_archive_search_results: Builder[GetArchiveSearchResultsParameters]
get_ingress_point: Builder[GetIngressPointParameters]
get_member_of_address_list: Builder[GetMemberOfAddressListParameters]
get_relay: Builder[GetRelayParameters]
get_rule_set: Builder[GetRuleSetParameters]
get_traffic_policy: Builder[GetTrafficPolicyParameters]
list_addon_instances: Builder[ListAddonInstancesParameters]
list_addon_subscriptions: Builder[ListAddonSubscriptionsParameters]
list_address_list_import_jobs: Builder[ListAddressListImportJobsParameters]
list_address_lists: Builder[ListAddressListsParameters]
list_archive_exports: Builder[ListArchiveExportsParameters]
list_archive_searches: Builder[ListArchiveSearchesParameters]
list_archives: Builder[ListArchivesParameters]
list_ingress_points: Builder[ListIngressPointsParameters]
list_members_of_address_list: Builder[ListMembersOfAddressListParameters]
list_relays: Builder[ListRelaysParameters]
list_rule_sets: Builder[ListRuleSetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_traffic_policies: Builder[ListTrafficPoliciesParameters]
register_member_to_address_list: Builder[RegisterMemberToAddressListParameters]
start_address_list_import_job: Builder[StartAddressListImportJobParameters]
start_archive_export: Builder[StartArchiveExportParameters]
start_archive_search: Builder[StartArchiveSearchParameters]
stop_address_list_import_job: Builder[StopAddressListImportJobParameters]
stop_archive_export: Builder[StopArchiveExportParameters]
stop_archive_search: Builder[StopArchiveSearchParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_archive: Builder[UpdateArchiveParameters]
update_ingress_point: Builder[UpdateIngressPointParameters]
update_relay: Builder[UpdateRelayParameters]
update_rule_set: Builder[UpdateRuleSetParameters]
update_traffic_policy: Builder[UpdateTrafficPolicyParameters]

__all__ = [
    "create_addon_instance",
    "create_addon_subscription",
    "create_address_list",
    "create_address_list_import_job",
    "create_archive",
    "create_ingress_point",
    "create_relay",
    "create_rule_set",
    "create_traffic_policy",
    "delete_addon_instance",
    "delete_addon_subscription",
    "delete_address_list",
    "delete_archive",
    "delete_ingress_point",
    "delete_relay",
    "delete_rule_set",
    "delete_traffic_policy",
    "deregister_member_from_address_list",
    "get_addon_instance",
    "get_addon_subscription",
    "get_address_list",
    "get_address_list_import_job",
    "get_archive",
    "get_archive_export",
    "get_archive_message",
    "get_archive_message_content",
    "get_archive_search",
    "get_archive_search_results",
    "get_ingress_point",
    "get_member_of_address_list",
    "get_relay",
    "get_rule_set",
    "get_traffic_policy",
    "list_addon_instances",
    "list_addon_subscriptions",
    "list_address_list_import_jobs",
    "list_address_lists",
    "list_archive_exports",
    "list_archive_searches",
    "list_archives",
    "list_ingress_points",
    "list_members_of_address_list",
    "list_relays",
    "list_rule_sets",
    "list_tags_for_resource",
    "list_traffic_policies",
    "register_member_to_address_list",
    "start_address_list_import_job",
    "start_archive_export",
    "start_archive_search",
    "stop_address_list_import_job",
    "stop_archive_export",
    "stop_archive_search",
    "tag_resource",
    "untag_resource",
    "update_archive",
    "update_ingress_point",
    "update_relay",
    "update_rule_set",
    "update_traffic_policy",
]
