"""Typed builders of the AWS SDK integration of socialmessaging (``aws-sdk:socialmessaging:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, Mi, S, Si, X, Xi

class WhatsAppSignupCallback(TypedDict, total=False):
    AccessToken: S
    CallbackUrl: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class WabaPhoneNumberSetupFinalization(TypedDict, total=False):
    Id: S
    TwoFactorPin: S
    DataLocalizationRegion: S
    Tags: L[Xi[Tag]]

class WhatsAppBusinessAccountEventDestination(TypedDict, total=False):
    EventDestinationArn: S
    RoleArn: S

class WabaSetupFinalization(TypedDict, total=False):
    Id: S
    EventDestinations: L[Xi[WhatsAppBusinessAccountEventDestination]]
    Tags: L[Xi[Tag]]

class WhatsAppSetupFinalization(TypedDict, total=False):
    AssociateInProgressToken: S
    PhoneNumbers: L[Xi[WabaPhoneNumberSetupFinalization]]
    PhoneNumberParent: S
    Waba: X[WabaSetupFinalization]

AssociateWhatsAppBusinessAccountParameters = TypedDict(
    "AssociateWhatsAppBusinessAccountParameters",
    {
        "SignupCallback": X[WhatsAppSignupCallback],
        "SignupCallback.$": str,
        "SetupFinalization": X[WhatsAppSetupFinalization],
        "SetupFinalization.$": str,
    },
    total=False,
)
CreateWhatsAppDatasetParameters = TypedDict(
    "CreateWhatsAppDatasetParameters", {"Id": S, "Id.$": str}, total=False
)
CreateWhatsAppFlowParameters = TypedDict(
    "CreateWhatsAppFlowParameters",
    {
        "Id": S,
        "Id.$": str,
        "FlowName": S,
        "FlowName.$": str,
        "Categories": L[Si],
        "Categories.$": str,
        "FlowJson": S,
        "FlowJson.$": str,
        "Publish": B,
        "Publish.$": str,
        "CloneFlowId": S,
        "CloneFlowId.$": str,
        "EndpointUri": S,
        "EndpointUri.$": str,
    },
    total=False,
)
CreateWhatsAppMessageTemplateParameters = TypedDict(
    "CreateWhatsAppMessageTemplateParameters",
    {"TemplateDefinition": S, "TemplateDefinition.$": str, "Id": S, "Id.$": str},
    total=False,
)

class LibraryTemplateButtonInput(TypedDict, total=False):
    Type: S
    PhoneNumber: S
    Url: M[S]
    OtpType: S
    ZeroTapTermsAccepted: B
    SupportedApps: L[Mi[S]]

class LibraryTemplateBodyInputs(TypedDict, total=False):
    AddContactNumber: B
    AddLearnMoreLink: B
    AddSecurityRecommendation: B
    AddTrackPackageLink: B
    CodeExpirationMinutes: I

class MetaLibraryTemplate(TypedDict, total=False):
    TemplateName: S
    LibraryTemplateName: S
    TemplateCategory: S
    TemplateLanguage: S
    LibraryTemplateButtonInputs: L[Xi[LibraryTemplateButtonInput]]
    LibraryTemplateBodyInputs: X[LibraryTemplateBodyInputs]

CreateWhatsAppMessageTemplateFromLibraryParameters = TypedDict(
    "CreateWhatsAppMessageTemplateFromLibraryParameters",
    {
        "MetaLibraryTemplate": X[MetaLibraryTemplate],
        "MetaLibraryTemplate.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)

class S3File(TypedDict, total=False):
    BucketName: S
    Key: S

CreateWhatsAppMessageTemplateMediaParameters = TypedDict(
    "CreateWhatsAppMessageTemplateMediaParameters",
    {"Id": S, "Id.$": str, "SourceS3File": X[S3File], "SourceS3File.$": str},
    total=False,
)
DeleteWhatsAppFlowParameters = TypedDict(
    "DeleteWhatsAppFlowParameters",
    {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)
DeleteWhatsAppMessageMediaParameters = TypedDict(
    "DeleteWhatsAppMessageMediaParameters",
    {
        "MediaId": S,
        "MediaId.$": str,
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
    },
    total=False,
)
DeleteWhatsAppMessageTemplateParameters = TypedDict(
    "DeleteWhatsAppMessageTemplateParameters",
    {
        "MetaTemplateId": S,
        "MetaTemplateId.$": str,
        "DeleteAllLanguages": B,
        "DeleteAllLanguages.$": str,
        "Id": S,
        "Id.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
DeprecateWhatsAppFlowParameters = TypedDict(
    "DeprecateWhatsAppFlowParameters",
    {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)
DisassociateWhatsAppBusinessAccountParameters = TypedDict(
    "DisassociateWhatsAppBusinessAccountParameters", {"Id": S, "Id.$": str}, total=False
)
GetLinkedWhatsAppBusinessAccountParameters = TypedDict(
    "GetLinkedWhatsAppBusinessAccountParameters", {"Id": S, "Id.$": str}, total=False
)
GetLinkedWhatsAppBusinessAccountPhoneNumberParameters = TypedDict(
    "GetLinkedWhatsAppBusinessAccountPhoneNumberParameters", {"Id": S, "Id.$": str}, total=False
)
GetWhatsAppBusinessPublicKeyParameters = TypedDict(
    "GetWhatsAppBusinessPublicKeyParameters",
    {"OriginationPhoneNumberId": S, "OriginationPhoneNumberId.$": str},
    total=False,
)
GetWhatsAppCallPermissionParameters = TypedDict(
    "GetWhatsAppCallPermissionParameters",
    {
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "EndUserBsuid": S,
        "EndUserBsuid.$": str,
    },
    total=False,
)
GetWhatsAppFlowParameters = TypedDict(
    "GetWhatsAppFlowParameters", {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str}, total=False
)
GetWhatsAppFlowPreviewParameters = TypedDict(
    "GetWhatsAppFlowPreviewParameters",
    {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str, "Invalidate": B, "Invalidate.$": str},
    total=False,
)

class S3PresignedUrl(TypedDict, total=False):
    Url: S
    Headers: M[S]

GetWhatsAppMessageMediaParameters = TypedDict(
    "GetWhatsAppMessageMediaParameters",
    {
        "MediaId": S,
        "MediaId.$": str,
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "MetadataOnly": B,
        "MetadataOnly.$": str,
        "DestinationS3PresignedUrl": X[S3PresignedUrl],
        "DestinationS3PresignedUrl.$": str,
        "DestinationS3File": X[S3File],
        "DestinationS3File.$": str,
    },
    total=False,
)
GetWhatsAppMessageTemplateParameters = TypedDict(
    "GetWhatsAppMessageTemplateParameters",
    {
        "MetaTemplateId": S,
        "MetaTemplateId.$": str,
        "Id": S,
        "Id.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateLanguageCode": S,
        "TemplateLanguageCode.$": str,
    },
    total=False,
)
ListLinkedWhatsAppBusinessAccountsParameters = TypedDict(
    "ListLinkedWhatsAppBusinessAccountsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWhatsAppFlowAssetsParameters = TypedDict(
    "ListWhatsAppFlowAssetsParameters",
    {
        "Id": S,
        "Id.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWhatsAppFlowsParameters = TypedDict(
    "ListWhatsAppFlowsParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWhatsAppMessageTemplatesParameters = TypedDict(
    "ListWhatsAppMessageTemplatesParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWhatsAppTemplateLibraryParameters = TypedDict(
    "ListWhatsAppTemplateLibraryParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Id": S,
        "Id.$": str,
        "Filters": M[S],
        "Filters.$": str,
    },
    total=False,
)
PostWhatsAppMessageMediaParameters = TypedDict(
    "PostWhatsAppMessageMediaParameters",
    {
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "SourceS3PresignedUrl": X[S3PresignedUrl],
        "SourceS3PresignedUrl.$": str,
        "SourceS3File": X[S3File],
        "SourceS3File.$": str,
    },
    total=False,
)
PublishWhatsAppFlowParameters = TypedDict(
    "PublishWhatsAppFlowParameters",
    {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)
PutWhatsAppBusinessAccountEventDestinationsParameters = TypedDict(
    "PutWhatsAppBusinessAccountEventDestinationsParameters",
    {
        "Id": S,
        "Id.$": str,
        "EventDestinations": L[Xi[WhatsAppBusinessAccountEventDestination]],
        "EventDestinations.$": str,
    },
    total=False,
)
PutWhatsAppBusinessPublicKeyParameters = TypedDict(
    "PutWhatsAppBusinessPublicKeyParameters",
    {
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "BusinessPublicKey": S,
        "BusinessPublicKey.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
SendWhatsAppCallEventParameters = TypedDict(
    "SendWhatsAppCallEventParameters",
    {
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "MetaApiVersion": S,
        "MetaApiVersion.$": str,
        "CallEvent": S,
        "CallEvent.$": str,
    },
    total=False,
)
SendWhatsAppConversionEventParameters = TypedDict(
    "SendWhatsAppConversionEventParameters",
    {"Id": S, "Id.$": str, "DatasetId": S, "DatasetId.$": str, "EventData": S, "EventData.$": str},
    total=False,
)
SendWhatsAppMessageParameters = TypedDict(
    "SendWhatsAppMessageParameters",
    {
        "OriginationPhoneNumberId": S,
        "OriginationPhoneNumberId.$": str,
        "Message": S,
        "Message.$": str,
        "MetaApiVersion": S,
        "MetaApiVersion.$": str,
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

class WhatsAppTimeOfDay(TypedDict, total=False):
    Hours: I
    Minutes: I

class WhatsAppWeeklyOperatingHoursEntry(TypedDict, total=False):
    DayOfWeek: S
    OpenTime: X[WhatsAppTimeOfDay]
    CloseTime: X[WhatsAppTimeOfDay]

class WhatsAppHolidayScheduleEntry(TypedDict, total=False):
    Date: S
    StartTime: X[WhatsAppTimeOfDay]
    EndTime: X[WhatsAppTimeOfDay]

class WhatsAppCallHours(TypedDict, total=False):
    Enabled: B
    Timezone: S
    WeeklyOperatingHours: L[Xi[WhatsAppWeeklyOperatingHoursEntry]]
    HolidaySchedule: L[Xi[WhatsAppHolidayScheduleEntry]]

class WhatsAppCallSettings(TypedDict, total=False):
    CallEnabled: B
    CallHours: X[WhatsAppCallHours]
    CallIconVisibility: S
    CallbackPermissionStatus: S

UpdateLinkedWhatsAppBusinessAccountPhoneNumberParameters = TypedDict(
    "UpdateLinkedWhatsAppBusinessAccountPhoneNumberParameters",
    {"Id": S, "Id.$": str, "CallSettings": X[WhatsAppCallSettings], "CallSettings.$": str},
    total=False,
)
UpdateWhatsAppFlowParameters = TypedDict(
    "UpdateWhatsAppFlowParameters",
    {
        "Id": S,
        "Id.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "FlowName": S,
        "FlowName.$": str,
        "Categories": L[Si],
        "Categories.$": str,
        "EndpointUri": S,
        "EndpointUri.$": str,
        "MetaAppId": S,
        "MetaAppId.$": str,
    },
    total=False,
)
UpdateWhatsAppFlowAssetsParameters = TypedDict(
    "UpdateWhatsAppFlowAssetsParameters",
    {"Id": S, "Id.$": str, "FlowId": S, "FlowId.$": str, "FlowJson": S, "FlowJson.$": str},
    total=False,
)
UpdateWhatsAppMessageTemplateParameters = TypedDict(
    "UpdateWhatsAppMessageTemplateParameters",
    {
        "Id": S,
        "Id.$": str,
        "MetaTemplateId": S,
        "MetaTemplateId.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateLanguageCode": S,
        "TemplateLanguageCode.$": str,
        "ParameterFormat": S,
        "ParameterFormat.$": str,
        "TemplateCategory": S,
        "TemplateCategory.$": str,
        "TemplateComponents": S,
        "TemplateComponents.$": str,
        "CtaUrlLinkTrackingOptedOut": B,
        "CtaUrlLinkTrackingOptedOut.$": str,
    },
    total=False,
)
associate_whats_app_business_account: Builder[AssociateWhatsAppBusinessAccountParameters]
create_whats_app_dataset: Builder[CreateWhatsAppDatasetParameters]
create_whats_app_flow: Builder[CreateWhatsAppFlowParameters]
create_whats_app_message_template: Builder[CreateWhatsAppMessageTemplateParameters]
create_whats_app_message_template_from_library: Builder[
    CreateWhatsAppMessageTemplateFromLibraryParameters
]
create_whats_app_message_template_media: Builder[CreateWhatsAppMessageTemplateMediaParameters]
delete_whats_app_flow: Builder[DeleteWhatsAppFlowParameters]
delete_whats_app_message_media: Builder[DeleteWhatsAppMessageMediaParameters]
delete_whats_app_message_template: Builder[DeleteWhatsAppMessageTemplateParameters]
deprecate_whats_app_flow: Builder[DeprecateWhatsAppFlowParameters]
disassociate_whats_app_business_account: Builder[DisassociateWhatsAppBusinessAccountParameters]
get_linked_whats_app_business_account: Builder[GetLinkedWhatsAppBusinessAccountParameters]
get_linked_whats_app_business_account_phone_number: Builder[
    GetLinkedWhatsAppBusinessAccountPhoneNumberParameters
]
get_whats_app_business_public_key: Builder[GetWhatsAppBusinessPublicKeyParameters]
get_whats_app_call_permission: Builder[GetWhatsAppCallPermissionParameters]
get_whats_app_flow: Builder[GetWhatsAppFlowParameters]
get_whats_app_flow_preview: Builder[GetWhatsAppFlowPreviewParameters]
get_whats_app_message_media: Builder[GetWhatsAppMessageMediaParameters]
get_whats_app_message_template: Builder[GetWhatsAppMessageTemplateParameters]
list_linked_whats_app_business_accounts: Builder[ListLinkedWhatsAppBusinessAccountsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_whats_app_flow_assets: Builder[ListWhatsAppFlowAssetsParameters]
list_whats_app_flows: Builder[ListWhatsAppFlowsParameters]
list_whats_app_message_templates: Builder[ListWhatsAppMessageTemplatesParameters]
list_whats_app_template_library: Builder[ListWhatsAppTemplateLibraryParameters]
post_whats_app_message_media: Builder[PostWhatsAppMessageMediaParameters]
publish_whats_app_flow: Builder[PublishWhatsAppFlowParameters]
put_whats_app_business_account_event_destinations: Builder[
    PutWhatsAppBusinessAccountEventDestinationsParameters
]
put_whats_app_business_public_key: Builder[PutWhatsAppBusinessPublicKeyParameters]
send_whats_app_call_event: Builder[SendWhatsAppCallEventParameters]
send_whats_app_conversion_event: Builder[SendWhatsAppConversionEventParameters]
send_whats_app_message: Builder[SendWhatsAppMessageParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_linked_whats_app_business_account_phone_number: Builder[
    UpdateLinkedWhatsAppBusinessAccountPhoneNumberParameters
]
update_whats_app_flow: Builder[UpdateWhatsAppFlowParameters]
update_whats_app_flow_assets: Builder[UpdateWhatsAppFlowAssetsParameters]
update_whats_app_message_template: Builder[UpdateWhatsAppMessageTemplateParameters]

__all__ = [
    "associate_whats_app_business_account",
    "create_whats_app_dataset",
    "create_whats_app_flow",
    "create_whats_app_message_template",
    "create_whats_app_message_template_from_library",
    "create_whats_app_message_template_media",
    "delete_whats_app_flow",
    "delete_whats_app_message_media",
    "delete_whats_app_message_template",
    "deprecate_whats_app_flow",
    "disassociate_whats_app_business_account",
    "get_linked_whats_app_business_account",
    "get_linked_whats_app_business_account_phone_number",
    "get_whats_app_business_public_key",
    "get_whats_app_call_permission",
    "get_whats_app_flow",
    "get_whats_app_flow_preview",
    "get_whats_app_message_media",
    "get_whats_app_message_template",
    "list_linked_whats_app_business_accounts",
    "list_tags_for_resource",
    "list_whats_app_flow_assets",
    "list_whats_app_flows",
    "list_whats_app_message_templates",
    "list_whats_app_template_library",
    "post_whats_app_message_media",
    "publish_whats_app_flow",
    "put_whats_app_business_account_event_destinations",
    "put_whats_app_business_public_key",
    "send_whats_app_call_event",
    "send_whats_app_conversion_event",
    "send_whats_app_message",
    "tag_resource",
    "untag_resource",
    "update_linked_whats_app_business_account_phone_number",
    "update_whats_app_flow",
    "update_whats_app_flow_assets",
    "update_whats_app_message_template",
]
