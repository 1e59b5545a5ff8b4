"""Typed builders of the AWS SDK integration of partnercentralmarketing (``aws-sdk:partnercentralmarketing:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class BatchCreateCampaignAssetEntry(TypedDict, total=False):
    SourceAssetTemplateIdentifier: S

BatchCreateCampaignAssetParameters = TypedDict(
    "BatchCreateCampaignAssetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "Entries": L[Xi[BatchCreateCampaignAssetEntry]],
        "Entries.$": str,
    },
    total=False,
)

class FileRef(TypedDict, total=False):
    S3Uri: S
    VersionId: S

class TargetAudience(TypedDict, total=False):
    Industries: L[Si]
    CompanySizes: L[Si]
    Countries: L[Si]

class MonetaryValue(TypedDict, total=False):
    Amount: S
    CurrencyCode: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Name": S,
        "Name.$": str,
        "CampaignTemplateId": S,
        "CampaignTemplateId.$": str,
        "SenderEmail": S,
        "SenderEmail.$": str,
        "PrivacyPolicyUrl": S,
        "PrivacyPolicyUrl.$": str,
        "PartnerAddress": S,
        "PartnerAddress.$": str,
        "PartnerBadge": X[FileRef],
        "PartnerBadge.$": str,
        "EmailTarget": X[FileRef],
        "EmailTarget.$": str,
        "EmailTargetEngagementGroupIds": L[Si],
        "EmailTargetEngagementGroupIds.$": str,
        "TargetAudience": X[TargetAudience],
        "TargetAudience.$": str,
        "EstimatedBudget": X[MonetaryValue],
        "EstimatedBudget.$": str,
        "TotalBudget": X[MonetaryValue],
        "TotalBudget.$": str,
        "StartOn": S,
        "StartOn.$": str,
        "EndOn": S,
        "EndOn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSocialConnectionAuthorizationUrlParameters = TypedDict(
    "CreateSocialConnectionAuthorizationUrlParameters",
    {"Catalog": S, "Catalog.$": str, "Platform": S, "Platform.$": str},
    total=False,
)
DeactivateCampaignAssetParameters = TypedDict(
    "DeactivateCampaignAssetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetIdentifier": S,
        "CampaignAssetIdentifier.$": str,
    },
    total=False,
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters",
    {"Catalog": S, "Catalog.$": str, "CampaignIdentifier": S, "CampaignIdentifier.$": str},
    total=False,
)
DeleteCampaignAssetParameters = TypedDict(
    "DeleteCampaignAssetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetIdentifier": S,
        "CampaignAssetIdentifier.$": str,
    },
    total=False,
)
DeleteSocialConnectionParameters = TypedDict(
    "DeleteSocialConnectionParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetCampaignParameters = TypedDict(
    "GetCampaignParameters",
    {"Catalog": S, "Catalog.$": str, "CampaignIdentifier": S, "CampaignIdentifier.$": str},
    total=False,
)
GetCampaignAssetParameters = TypedDict(
    "GetCampaignAssetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetIdentifier": S,
        "CampaignAssetIdentifier.$": str,
    },
    total=False,
)
GetCampaignAssetActivationTaskParameters = TypedDict(
    "GetCampaignAssetActivationTaskParameters",
    {"Catalog": S, "Catalog.$": str, "CampaignIdentifier": S, "CampaignIdentifier.$": str},
    total=False,
)
GetCampaignAssetExportTaskParameters = TypedDict(
    "GetCampaignAssetExportTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetExportTaskIdentifier": S,
        "CampaignAssetExportTaskIdentifier.$": str,
    },
    total=False,
)
GetCampaignTemplateParameters = TypedDict(
    "GetCampaignTemplateParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
ListCampaignAssetsParameters = TypedDict(
    "ListCampaignAssetsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CampaignSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListCampaignsParameters = TypedDict(
    "ListCampaignsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifiers": L[Si],
        "CampaignIdentifiers.$": str,
        "Name": S,
        "Name.$": str,
        "States": L[Si],
        "States.$": str,
        "Sort": X[CampaignSort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSocialConnectionsParameters = TypedDict(
    "ListSocialConnectionsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Platform": S,
        "Platform.$": str,
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
SearchCampaignTemplatesParameters = TypedDict(
    "SearchCampaignTemplatesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "Industry": L[Si],
        "Industry.$": str,
        "UseCase": L[Si],
        "UseCase.$": str,
        "Language": L[Si],
        "Language.$": str,
        "AwsServices": L[Si],
        "AwsServices.$": str,
        "CustomerSegments": L[Si],
        "CustomerSegments.$": str,
        "Themes": L[Si],
        "Themes.$": str,
        "Collection": L[Si],
        "Collection.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartCampaignAssetActivationTaskParameters = TypedDict(
    "StartCampaignAssetActivationTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetIdentifiers": L[Si],
        "CampaignAssetIdentifiers.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartCampaignAssetExportTaskParameters = TypedDict(
    "StartCampaignAssetExportTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
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
UpdateCampaignParameters = TypedDict(
    "UpdateCampaignParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "SenderEmail": S,
        "SenderEmail.$": str,
        "PrivacyPolicyUrl": S,
        "PrivacyPolicyUrl.$": str,
        "PartnerAddress": S,
        "PartnerAddress.$": str,
        "PartnerBadge": X[FileRef],
        "PartnerBadge.$": str,
        "EmailTarget": X[FileRef],
        "EmailTarget.$": str,
        "EmailTargetEngagementGroupIds": L[Si],
        "EmailTargetEngagementGroupIds.$": str,
        "SocialConnections": M[L[Si]],
        "SocialConnections.$": str,
        "EstimatedBudget": X[MonetaryValue],
        "EstimatedBudget.$": str,
        "TotalBudget": X[MonetaryValue],
        "TotalBudget.$": str,
        "TargetAudience": X[TargetAudience],
        "TargetAudience.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "StartOn": S,
        "StartOn.$": str,
        "EndOn": S,
        "EndOn.$": str,
    },
    total=False,
)

class CampaignAssetImageSource(TypedDict, total=False):
    CampaignIdentifier: S
    CampaignAssetIdentifier: S
    FieldId: S

class TemplateFieldValue(TypedDict, total=False):
    Text: S
    ImageReference: S
    LinkedAssetId: S
    CampaignAssetImage: X[CampaignAssetImageSource]

class FieldValueInput(TypedDict, total=False):
    FieldId: S
    Value: X[TemplateFieldValue]

UpdateCampaignAssetParameters = TypedDict(
    "UpdateCampaignAssetParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CampaignIdentifier": S,
        "CampaignIdentifier.$": str,
        "CampaignAssetIdentifier": S,
        "CampaignAssetIdentifier.$": str,
        "FieldValues": L[Xi[FieldValueInput]],
        "FieldValues.$": str,
        "Layout": S,
        "Layout.$": str,
        "SendMode": S,
        "SendMode.$": str,
        "ScheduledSendAt": T,
        "ScheduledSendAt.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
batch_create_campaign_asset: Builder[BatchCreateCampaignAssetParameters]
create_campaign: Builder[CreateCampaignParameters]
create_social_connection_authorization_url: Builder[
    CreateSocialConnectionAuthorizationUrlParameters
]
deactivate_campaign_asset: Builder[DeactivateCampaignAssetParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_campaign_asset: Builder[DeleteCampaignAssetParameters]
delete_social_connection: Builder[DeleteSocialConnectionParameters]
get_campaign: Builder[GetCampaignParameters]
get_campaign_asset: Builder[GetCampaignAssetParameters]
get_campaign_asset_activation_task: Builder[GetCampaignAssetActivationTaskParameters]
get_campaign_asset_export_task: Builder[GetCampaignAssetExportTaskParameters]
get_campaign_template: Builder[GetCampaignTemplateParameters]
list_campaign_assets: Builder[ListCampaignAssetsParameters]
list_campaigns: Builder[ListCampaignsParameters]
list_social_connections: Builder[ListSocialConnectionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
search_campaign_templates: Builder[SearchCampaignTemplatesParameters]
start_campaign_asset_activation_task: Builder[StartCampaignAssetActivationTaskParameters]
start_campaign_asset_export_task: Builder[StartCampaignAssetExportTaskParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_campaign: Builder[UpdateCampaignParameters]
update_campaign_asset: Builder[UpdateCampaignAssetParameters]

__all__ = [
    "batch_create_campaign_asset",
    "create_campaign",
    "create_social_connection_authorization_url",
    "deactivate_campaign_asset",
    "delete_campaign",
    "delete_campaign_asset",
    "delete_social_connection",
    "get_campaign",
    "get_campaign_asset",
    "get_campaign_asset_activation_task",
    "get_campaign_asset_export_task",
    "get_campaign_template",
    "list_campaign_assets",
    "list_campaigns",
    "list_social_connections",
    "list_tags_for_resource",
    "search_campaign_templates",
    "start_campaign_asset_activation_task",
    "start_campaign_asset_export_task",
    "tag_resource",
    "untag_resource",
    "update_campaign",
    "update_campaign_asset",
]
