"""Typed builders of the AWS SDK integration of licensemanager (``aws-sdk:licensemanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AcceptGrantParameters = TypedDict(
    "AcceptGrantParameters", {"GrantArn": S, "GrantArn.$": str}, total=False
)
CheckInLicenseParameters = TypedDict(
    "CheckInLicenseParameters",
    {
        "LicenseConsumptionToken": S,
        "LicenseConsumptionToken.$": str,
        "Beneficiary": S,
        "Beneficiary.$": str,
    },
    total=False,
)

class EntitlementData(TypedDict, total=False):
    Name: S
    Value: S
    Unit: S

class Metadata(TypedDict, total=False):
    Name: S
    Value: S

CheckoutBorrowLicenseParameters = TypedDict(
    "CheckoutBorrowLicenseParameters",
    {
        "LicenseArn": S,
        "LicenseArn.$": str,
        "Entitlements": L[Xi[EntitlementData]],
        "Entitlements.$": str,
        "DigitalSignatureMethod": S,
        "DigitalSignatureMethod.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "CheckoutMetadata": L[Xi[Metadata]],
        "CheckoutMetadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CheckoutLicenseParameters = TypedDict(
    "CheckoutLicenseParameters",
    {
        "ProductSKU": S,
        "ProductSKU.$": str,
        "CheckoutType": S,
        "CheckoutType.$": str,
        "KeyFingerprint": S,
        "KeyFingerprint.$": str,
        "Entitlements": L[Xi[EntitlementData]],
        "Entitlements.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Beneficiary": S,
        "Beneficiary.$": str,
        "NodeId": S,
        "NodeId.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Options(TypedDict, total=False):
    ActivationOverrideBehavior: S
    DesiredStatus: S

CreateGrantParameters = TypedDict(
    "CreateGrantParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GrantName": S,
        "GrantName.$": str,
        "LicenseArn": S,
        "LicenseArn.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "HomeRegion": S,
        "HomeRegion.$": str,
        "AllowedOperations": L[Si],
        "AllowedOperations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "Options": X[Options],
        "Options.$": str,
    },
    total=False,
)
CreateGrantVersionParameters = TypedDict(
    "CreateGrantVersionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GrantArn": S,
        "GrantArn.$": str,
        "GrantName": S,
        "GrantName.$": str,
        "AllowedOperations": L[Si],
        "AllowedOperations.$": str,
        "Status": S,
        "Status.$": str,
        "StatusReason": S,
        "StatusReason.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "Options": X[Options],
        "Options.$": str,
    },
    total=False,
)

class Issuer(TypedDict, total=False):
    Name: S
    SignKey: S

class DatetimeRange(TypedDict, total=False):
    Begin: S
    End: S

class Entitlement(TypedDict, total=False):
    Name: S
    Value: S
    MaxCount: I
    Overage: B
    Unit: S
    AllowCheckIn: B

class ProvisionalConfiguration(TypedDict, total=False):
    MaxTimeToLiveInMinutes: I

class BorrowConfiguration(TypedDict, total=False):
    AllowEarlyCheckIn: B
    MaxTimeToLiveInMinutes: I

class ConsumptionConfiguration(TypedDict, total=False):
    RenewType: S
    ProvisionalConfiguration: X[ProvisionalConfiguration]
    BorrowConfiguration: X[BorrowConfiguration]

CreateLicenseParameters = TypedDict(
    "CreateLicenseParameters",
    {
        "LicenseName": S,
        "LicenseName.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "ProductSKU": S,
        "ProductSKU.$": str,
        "Issuer": X[Issuer],
        "Issuer.$": str,
        "HomeRegion": S,
        "HomeRegion.$": str,
        "Validity": X[DatetimeRange],
        "Validity.$": str,
        "Entitlements": L[Xi[Entitlement]],
        "Entitlements.$": str,
        "Beneficiary": S,
        "Beneficiary.$": str,
        "ConsumptionConfiguration": X[ConsumptionConfiguration],
        "ConsumptionConfiguration.$": str,
        "LicenseMetadata": L[Xi[Metadata]],
        "LicenseMetadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LicenseAssetGroupConfiguration(TypedDict, total=False):
    UsageDimension: S

class LicenseAssetGroupProperty(TypedDict, total=False):
    Key: S
    Value: S

CreateLicenseAssetGroupParameters = TypedDict(
    "CreateLicenseAssetGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LicenseAssetGroupConfigurations": L[Xi[LicenseAssetGroupConfiguration]],
        "LicenseAssetGroupConfigurations.$": str,
        "AssociatedLicenseAssetRulesetARNs": L[Si],
        "AssociatedLicenseAssetRulesetARNs.$": str,
        "Properties": L[Xi[LicenseAssetGroupProperty]],
        "Properties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MatchingRuleStatement(TypedDict, total=False):
    KeyToMatch: S
    Constraint: S
    ValueToMatch: L[Si]

class ScriptRuleStatement(TypedDict, total=False):
    KeyToMatch: S
    Script: S

class AndRuleStatement(TypedDict, total=False):
    MatchingRuleStatements: L[Xi[MatchingRuleStatement]]
    ScriptRuleStatements: L[Xi[ScriptRuleStatement]]

class OrRuleStatement(TypedDict, total=False):
    MatchingRuleStatements: L[Xi[MatchingRuleStatement]]
    ScriptRuleStatements: L[Xi[ScriptRuleStatement]]

class LicenseConfigurationRuleStatement(TypedDict, total=False):
    AndRuleStatement: X[AndRuleStatement]
    OrRuleStatement: X[OrRuleStatement]
    MatchingRuleStatement: X[MatchingRuleStatement]

class LicenseRuleStatement(TypedDict, total=False):
    AndRuleStatement: X[AndRuleStatement]
    OrRuleStatement: X[OrRuleStatement]
    MatchingRuleStatement: X[MatchingRuleStatement]

class InstanceRuleStatement(TypedDict, total=False):
    AndRuleStatement: X[AndRuleStatement]
    OrRuleStatement: X[OrRuleStatement]
    MatchingRuleStatement: X[MatchingRuleStatement]
    ScriptRuleStatement: X[ScriptRuleStatement]

class RuleStatement(TypedDict, total=False):
    LicenseConfigurationRuleStatement: X[LicenseConfigurationRuleStatement]
    LicenseRuleStatement: X[LicenseRuleStatement]
    InstanceRuleStatement: X[InstanceRuleStatement]

class LicenseAssetRule(TypedDict, total=False):
    RuleStatement: X[RuleStatement]

CreateLicenseAssetRulesetParameters = TypedDict(
    "CreateLicenseAssetRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[LicenseAssetRule]],
        "Rules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ProductInformationFilter(TypedDict, total=False):
    ProductInformationFilterName: S
    ProductInformationFilterValue: L[Si]
    ProductInformationFilterComparator: S

class ProductInformation(TypedDict, total=False):
    ResourceType: S
    ProductInformationFilterList: L[Xi[ProductInformationFilter]]

CreateLicenseConfigurationParameters = TypedDict(
    "CreateLicenseConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LicenseCountingType": S,
        "LicenseCountingType.$": str,
        "LicenseCount": I,
        "LicenseCount.$": str,
        "LicenseCountHardLimit": B,
        "LicenseCountHardLimit.$": str,
        "LicenseRules": L[Si],
        "LicenseRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DisassociateWhenNotFound": B,
        "DisassociateWhenNotFound.$": str,
        "ProductInformationList": L[Xi[ProductInformation]],
        "ProductInformationList.$": str,
        "LicenseExpiry": I,
        "LicenseExpiry.$": str,
    },
    total=False,
)

class ProductCodeListItem(TypedDict, total=False):
    ProductCodeId: S
    ProductCodeType: S

class LicenseConversionContext(TypedDict, total=False):
    UsageOperation: S
    ProductCodes: L[Xi[ProductCodeListItem]]

CreateLicenseConversionTaskForResourceParameters = TypedDict(
    "CreateLicenseConversionTaskForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SourceLicenseContext": X[LicenseConversionContext],
        "SourceLicenseContext.$": str,
        "DestinationLicenseContext": X[LicenseConversionContext],
        "DestinationLicenseContext.$": str,
    },
    total=False,
)

class ReportContext(TypedDict, total=False):
    LicenseConfigurationArns: L[Si]
    LicenseAssetGroupArns: L[Si]
    ReportStartDate: T
    ReportEndDate: T

class ReportFrequency(TypedDict, total=False):
    Value: I
    Period: S

CreateLicenseManagerReportGeneratorParameters = TypedDict(
    "CreateLicenseManagerReportGeneratorParameters",
    {
        "ReportGeneratorName": S,
        "ReportGeneratorName.$": str,
        "Type": L[Si],
        "Type.$": str,
        "ReportContext": X[ReportContext],
        "ReportContext.$": str,
        "ReportFrequency": X[ReportFrequency],
        "ReportFrequency.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLicenseVersionParameters = TypedDict(
    "CreateLicenseVersionParameters",
    {
        "LicenseArn": S,
        "LicenseArn.$": str,
        "LicenseName": S,
        "LicenseName.$": str,
        "ProductName": S,
        "ProductName.$": str,
        "Issuer": X[Issuer],
        "Issuer.$": str,
        "HomeRegion": S,
        "HomeRegion.$": str,
        "Validity": X[DatetimeRange],
        "Validity.$": str,
        "LicenseMetadata": L[Xi[Metadata]],
        "LicenseMetadata.$": str,
        "Entitlements": L[Xi[Entitlement]],
        "Entitlements.$": str,
        "ConsumptionConfiguration": X[ConsumptionConfiguration],
        "ConsumptionConfiguration.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "ResetUsage": B,
        "ResetUsage.$": str,
    },
    total=False,
)
CreateTokenParameters = TypedDict(
    "CreateTokenParameters",
    {
        "LicenseArn": S,
        "LicenseArn.$": str,
        "RoleArns": L[Si],
        "RoleArns.$": str,
        "ExpirationInDays": I,
        "ExpirationInDays.$": str,
        "TokenProperties": L[Si],
        "TokenProperties.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteGrantParameters = TypedDict(
    "DeleteGrantParameters",
    {
        "GrantArn": S,
        "GrantArn.$": str,
        "StatusReason": S,
        "StatusReason.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
DeleteLicenseParameters = TypedDict(
    "DeleteLicenseParameters",
    {"LicenseArn": S, "LicenseArn.$": str, "SourceVersion": S, "SourceVersion.$": str},
    total=False,
)
DeleteLicenseAssetGroupParameters = TypedDict(
    "DeleteLicenseAssetGroupParameters",
    {"LicenseAssetGroupArn": S, "LicenseAssetGroupArn.$": str},
    total=False,
)
DeleteLicenseAssetRulesetParameters = TypedDict(
    "DeleteLicenseAssetRulesetParameters",
    {"LicenseAssetRulesetArn": S, "LicenseAssetRulesetArn.$": str},
    total=False,
)
DeleteLicenseConfigurationParameters = TypedDict(
    "DeleteLicenseConfigurationParameters",
    {"LicenseConfigurationArn": S, "LicenseConfigurationArn.$": str},
    total=False,
)
DeleteLicenseManagerReportGeneratorParameters = TypedDict(
    "DeleteLicenseManagerReportGeneratorParameters",
    {"LicenseManagerReportGeneratorArn": S, "LicenseManagerReportGeneratorArn.$": str},
    total=False,
)
DeleteTokenParameters = TypedDict(
    "DeleteTokenParameters", {"TokenId": S, "TokenId.$": str}, total=False
)
ExtendLicenseConsumptionParameters = TypedDict(
    "ExtendLicenseConsumptionParameters",
    {"LicenseConsumptionToken": S, "LicenseConsumptionToken.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetAccessTokenParameters = TypedDict(
    "GetAccessTokenParameters",
    {"Token": S, "Token.$": str, "TokenProperties": L[Si], "TokenProperties.$": str},
    total=False,
)
GetGrantParameters = TypedDict(
    "GetGrantParameters",
    {"GrantArn": S, "GrantArn.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetLicenseParameters = TypedDict(
    "GetLicenseParameters",
    {"LicenseArn": S, "LicenseArn.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetLicenseAssetGroupParameters = TypedDict(
    "GetLicenseAssetGroupParameters",
    {"LicenseAssetGroupArn": S, "LicenseAssetGroupArn.$": str},
    total=False,
)
GetLicenseAssetRulesetParameters = TypedDict(
    "GetLicenseAssetRulesetParameters",
    {"LicenseAssetRulesetArn": S, "LicenseAssetRulesetArn.$": str},
    total=False,
)
GetLicenseConfigurationParameters = TypedDict(
    "GetLicenseConfigurationParameters",
    {"LicenseConfigurationArn": S, "LicenseConfigurationArn.$": str},
    total=False,
)
GetLicenseConversionTaskParameters = TypedDict(
    "GetLicenseConversionTaskParameters",
    {"LicenseConversionTaskId": S, "LicenseConversionTaskId.$": str},
    total=False,
)
GetLicenseManagerReportGeneratorParameters = TypedDict(
    "GetLicenseManagerReportGeneratorParameters",
    {"LicenseManagerReportGeneratorArn": S, "LicenseManagerReportGeneratorArn.$": str},
    total=False,
)
GetLicenseUsageParameters = TypedDict(
    "GetLicenseUsageParameters", {"LicenseArn": S, "LicenseArn.$": str}, total=False
)

class GetServiceSettingsParameters(TypedDict, total=False): ...

ListAssetsForLicenseAssetGroupParameters = TypedDict(
    "ListAssetsForLicenseAssetGroupParameters",
    {
        "LicenseAssetGroupArn": S,
        "LicenseAssetGroupArn.$": str,
        "AssetType": S,
        "AssetType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssociationsForLicenseConfigurationParameters = TypedDict(
    "ListAssociationsForLicenseConfigurationParameters",
    {
        "LicenseConfigurationArn": S,
        "LicenseConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListDistributedGrantsParameters = TypedDict(
    "ListDistributedGrantsParameters",
    {
        "GrantArns": L[Si],
        "GrantArns.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFailuresForLicenseConfigurationOperationsParameters = TypedDict(
    "ListFailuresForLicenseConfigurationOperationsParameters",
    {
        "LicenseConfigurationArn": S,
        "LicenseConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLicenseAssetGroupsParameters = TypedDict(
    "ListLicenseAssetGroupsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLicenseAssetRulesetsParameters = TypedDict(
    "ListLicenseAssetRulesetsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ShowAWSManagedLicenseAssetRulesets": B,
        "ShowAWSManagedLicenseAssetRulesets.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLicenseConfigurationsParameters = TypedDict(
    "ListLicenseConfigurationsParameters",
    {
        "LicenseConfigurationArns": L[Si],
        "LicenseConfigurationArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListLicenseConfigurationsForOrganizationParameters = TypedDict(
    "ListLicenseConfigurationsForOrganizationParameters",
    {
        "LicenseConfigurationArns": L[Si],
        "LicenseConfigurationArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListLicenseConversionTasksParameters = TypedDict(
    "ListLicenseConversionTasksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListLicenseManagerReportGeneratorsParameters = TypedDict(
    "ListLicenseManagerReportGeneratorsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLicenseSpecificationsForResourceParameters = TypedDict(
    "ListLicenseSpecificationsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLicenseVersionsParameters = TypedDict(
    "ListLicenseVersionsParameters",
    {
        "LicenseArn": S,
        "LicenseArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLicensesParameters = TypedDict(
    "ListLicensesParameters",
    {
        "LicenseArns": L[Si],
        "LicenseArns.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReceivedGrantsParameters = TypedDict(
    "ListReceivedGrantsParameters",
    {
        "GrantArns": L[Si],
        "GrantArns.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReceivedGrantsForOrganizationParameters = TypedDict(
    "ListReceivedGrantsForOrganizationParameters",
    {
        "LicenseArn": S,
        "LicenseArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReceivedLicensesParameters = TypedDict(
    "ListReceivedLicensesParameters",
    {
        "LicenseArns": L[Si],
        "LicenseArns.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReceivedLicensesForOrganizationParameters = TypedDict(
    "ListReceivedLicensesForOrganizationParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InventoryFilter(TypedDict, total=False):
    Name: S
    Condition: S
    Value: S

ListResourceInventoryParameters = TypedDict(
    "ListResourceInventoryParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[InventoryFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTokensParameters = TypedDict(
    "ListTokensParameters",
    {
        "TokenIds": L[Si],
        "TokenIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListUsageForLicenseConfigurationParameters = TypedDict(
    "ListUsageForLicenseConfigurationParameters",
    {
        "LicenseConfigurationArn": S,
        "LicenseConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
RejectGrantParameters = TypedDict(
    "RejectGrantParameters", {"GrantArn": S, "GrantArn.$": str}, total=False
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
UpdateLicenseAssetGroupParameters = TypedDict(
    "UpdateLicenseAssetGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LicenseAssetGroupConfigurations": L[Xi[LicenseAssetGroupConfiguration]],
        "LicenseAssetGroupConfigurations.$": str,
        "AssociatedLicenseAssetRulesetARNs": L[Si],
        "AssociatedLicenseAssetRulesetARNs.$": str,
        "Properties": L[Xi[LicenseAssetGroupProperty]],
        "Properties.$": str,
        "LicenseAssetGroupArn": S,
        "LicenseAssetGroupArn.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateLicenseAssetRulesetParameters = TypedDict(
    "UpdateLicenseAssetRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[LicenseAssetRule]],
        "Rules.$": str,
        "LicenseAssetRulesetArn": S,
        "LicenseAssetRulesetArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateLicenseConfigurationParameters = TypedDict(
    "UpdateLicenseConfigurationParameters",
    {
        "LicenseConfigurationArn": S,
        "LicenseConfigurationArn.$": str,
        "LicenseConfigurationStatus": S,
        "LicenseConfigurationStatus.$": str,
        "LicenseRules": L[Si],
        "LicenseRules.$": str,
        "LicenseCount": I,
        "LicenseCount.$": str,
        "LicenseCountHardLimit": B,
        "LicenseCountHardLimit.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ProductInformationList": L[Xi[ProductInformation]],
        "ProductInformationList.$": str,
        "DisassociateWhenNotFound": B,
        "DisassociateWhenNotFound.$": str,
        "LicenseExpiry": I,
        "LicenseExpiry.$": str,
    },
    total=False,
)
UpdateLicenseManagerReportGeneratorParameters = TypedDict(
    "UpdateLicenseManagerReportGeneratorParameters",
    {
        "LicenseManagerReportGeneratorArn": S,
        "LicenseManagerReportGeneratorArn.$": str,
        "ReportGeneratorName": S,
        "ReportGeneratorName.$": str,
        "Type": L[Si],
        "Type.$": str,
        "ReportContext": X[ReportContext],
        "ReportContext.$": str,
        "ReportFrequency": X[ReportFrequency],
        "ReportFrequency.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class LicenseSpecification(TypedDict, total=False):
    LicenseConfigurationArn: S
    AmiAssociationScope: S

UpdateLicenseSpecificationsForResourceParameters = TypedDict(
    "UpdateLicenseSpecificationsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "AddLicenseSpecifications": L[Xi[LicenseSpecification]],
        "AddLicenseSpecifications.$": str,
        "RemoveLicenseSpecifications": L[Xi[LicenseSpecification]],
        "RemoveLicenseSpecifications.$": str,
    },
    total=False,
)

class OrganizationConfiguration(TypedDict, total=False):
    EnableIntegration: B

UpdateServiceSettingsParameters = TypedDict(
    "UpdateServiceSettingsParameters",
    {
        "S3BucketArn": S,
        "S3BucketArn.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "OrganizationConfiguration": X[OrganizationConfiguration],
        "OrganizationConfiguration.$": str,
        "EnableCrossAccountsDiscovery": B,
        "EnableCrossAccountsDiscovery.$": str,
        "EnabledDiscoverySourceRegions": L[Si],
        "EnabledDiscoverySourceRegions.$": str,
    },
    total=False,
)
accept_grant: Builder[AcceptGrantParameters]
check_in_license: Builder[CheckInLicenseParameters]
checkout_borrow_license: Builder[CheckoutBorrowLicenseParameters]
checkout_license: Builder[CheckoutLicenseParameters]
create_grant: Builder[CreateGrantParameters]
create_grant_version: Builder[CreateGrantVersionParameters]
create_license: Builder[CreateLicenseParameters]
create_license_asset_group: Builder[CreateLicenseAssetGroupParameters]
create_license_asset_ruleset: Builder[CreateLicenseAssetRulesetParameters]
create_license_configuration: Builder[CreateLicenseConfigurationParameters]
create_license_conversion_task_for_resource: Builder[
    CreateLicenseConversionTaskForResourceParameters
]
create_license_manager_report_generator: Builder[CreateLicenseManagerReportGeneratorParameters]
create_license_version: Builder[CreateLicenseVersionParameters]
create_token: Builder[CreateTokenParameters]
delete_grant: Builder[DeleteGrantParameters]
delete_license: Builder[DeleteLicenseParameters]
delete_license_asset_group: Builder[DeleteLicenseAssetGroupParameters]
delete_license_asset_ruleset: Builder[DeleteLicenseAssetRulesetParameters]
delete_license_configuration: Builder[DeleteLicenseConfigurationParameters]
delete_license_manager_report_generator: Builder[DeleteLicenseManagerReportGeneratorParameters]
delete_token: Builder[DeleteTokenParameters]
extend_license_consumption: Builder[ExtendLicenseConsumptionParameters]
get_access_token: Builder[GetAccessTokenParameters]
get_grant: Builder[GetGrantParameters]
get_license: Builder[GetLicenseParameters]
get_license_asset_group: Builder[GetLicenseAssetGroupParameters]
get_license_asset_ruleset: Builder[GetLicenseAssetRulesetParameters]
get_license_configuration: Builder[GetLicenseConfigurationParameters]
get_license_conversion_task: Builder[GetLicenseConversionTaskParameters]
get_license_manager_report_generator: Builder[GetLicenseManagerReportGeneratorParameters]
get_license_usage: Builder[GetLicenseUsageParameters]
get_service_settings: Builder[GetServiceSettingsParameters]
list_assets_for_license_asset_group: Builder[ListAssetsForLicenseAssetGroupParameters]
list_associations_for_license_configuration: Builder[
    ListAssociationsForLicenseConfigurationParameters
]
list_distributed_grants: Builder[ListDistributedGrantsParameters]
list_failures_for_license_configuration_operations: Builder[
    ListFailuresForLicenseConfigurationOperationsParameters
]
list_license_asset_groups: Builder[ListLicenseAssetGroupsParameters]
list_license_asset_rulesets: Builder[ListLicenseAssetRulesetsParameters]
list_license_configurations: Builder[ListLicenseConfigurationsParameters]
list_license_configurations_for_organization: Builder[
    ListLicenseConfigurationsForOrganizationParameters
]
list_license_conversion_tasks: Builder[ListLicenseConversionTasksParameters]
list_license_manager_report_generators: Builder[ListLicenseManagerReportGeneratorsParameters]
list_license_specifications_for_resource: Builder[ListLicenseSpecificationsForResourceParameters]
list_license_versions: Builder[ListLicenseVersionsParameters]
list_licenses: Builder[ListLicensesParameters]
list_received_grants: Builder[ListReceivedGrantsParameters]
list_received_grants_for_organization: Builder[ListReceivedGrantsForOrganizationParameters]
list_received_licenses: Builder[ListReceivedLicensesParameters]
list_received_licenses_for_organization: Builder[ListReceivedLicensesForOrganizationParameters]
list_resource_inventory: Builder[ListResourceInventoryParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tokens: Builder[ListTokensParameters]
list_usage_for_license_configuration: Builder[ListUsageForLicenseConfigurationParameters]
reject_grant: Builder[RejectGrantParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_license_asset_group: Builder[UpdateLicenseAssetGroupParameters]
update_license_asset_ruleset: Builder[UpdateLicenseAssetRulesetParameters]
update_license_configuration: Builder[UpdateLicenseConfigurationParameters]
update_license_manager_report_generator: Builder[UpdateLicenseManagerReportGeneratorParameters]
update_license_specifications_for_resource: Builder[
    UpdateLicenseSpecificationsForResourceParameters
]
update_service_settings: Builder[UpdateServiceSettingsParameters]

__all__ = [
    "accept_grant",
    "check_in_license",
    "checkout_borrow_license",
    "checkout_license",
    "create_grant",
    "create_grant_version",
    "create_license",
    "create_license_asset_group",
    "create_license_asset_ruleset",
    "create_license_configuration",
    "create_license_conversion_task_for_resource",
    "create_license_manager_report_generator",
    "create_license_version",
    "create_token",
    "delete_grant",
    "delete_license",
    "delete_license_asset_group",
    "delete_license_asset_ruleset",
    "delete_license_configuration",
    "delete_license_manager_report_generator",
    "delete_token",
    "extend_license_consumption",
    "get_access_token",
    "get_grant",
    "get_license",
    "get_license_asset_group",
    "get_license_asset_ruleset",
    "get_license_configuration",
    "get_license_conversion_task",
    "get_license_manager_report_generator",
    "get_license_usage",
    "get_service_settings",
    "list_assets_for_license_asset_group",
    "list_associations_for_license_configuration",
    "list_distributed_grants",
    "list_failures_for_license_configuration_operations",
    "list_license_asset_groups",
    "list_license_asset_rulesets",
    "list_license_configurations",
    "list_license_configurations_for_organization",
    "list_license_conversion_tasks",
    "list_license_manager_report_generators",
    "list_license_specifications_for_resource",
    "list_license_versions",
    "list_licenses",
    "list_received_grants",
    "list_received_grants_for_organization",
    "list_received_licenses",
    "list_received_licenses_for_organization",
    "list_resource_inventory",
    "list_tags_for_resource",
    "list_tokens",
    "list_usage_for_license_configuration",
    "reject_grant",
    "tag_resource",
    "untag_resource",
    "update_license_asset_group",
    "update_license_asset_ruleset",
    "update_license_configuration",
    "update_license_manager_report_generator",
    "update_license_specifications_for_resource",
    "update_service_settings",
]
