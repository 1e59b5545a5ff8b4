"""Typed builders of the AWS SDK integration of connect (``aws-sdk:connect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, Ii, L, Li, M, S, Si, T, X, Xi

ActivateEvaluationFormParameters = TypedDict(
    "ActivateEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
AssociateAnalyticsDataSetParameters = TypedDict(
    "AssociateAnalyticsDataSetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "TargetAccountId": S,
        "TargetAccountId.$": str,
    },
    total=False,
)
AssociateApprovedOriginParameters = TypedDict(
    "AssociateApprovedOriginParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Origin": S,
        "Origin.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class LexBot(TypedDict, total=False):
    Name: S
    LexRegion: S

class LexV2Bot(TypedDict, total=False):
    AliasArn: S

AssociateBotParameters = TypedDict(
    "AssociateBotParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LexBot": X[LexBot],
        "LexBot.$": str,
        "LexV2Bot": X[LexV2Bot],
        "LexV2Bot.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateContactWithUserParameters = TypedDict(
    "AssociateContactWithUserParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
AssociateDefaultVocabularyParameters = TypedDict(
    "AssociateDefaultVocabularyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "VocabularyId": S,
        "VocabularyId.$": str,
    },
    total=False,
)

class AliasConfiguration(TypedDict, total=False):
    EmailAddressId: S

AssociateEmailAddressAliasParameters = TypedDict(
    "AssociateEmailAddressAliasParameters",
    {
        "EmailAddressId": S,
        "EmailAddressId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AliasConfiguration": X[AliasConfiguration],
        "AliasConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateFlowParameters = TypedDict(
    "AssociateFlowParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)

class ParentHoursOfOperationConfig(TypedDict, total=False):
    HoursOfOperationId: S

AssociateHoursOfOperationsParameters = TypedDict(
    "AssociateHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "ParentHoursOfOperationConfigs": L[Xi[ParentHoursOfOperationConfig]],
        "ParentHoursOfOperationConfigs.$": str,
    },
    total=False,
)

class EncryptionConfig(TypedDict, total=False):
    EncryptionType: S
    KeyId: S

class S3Config(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    EncryptionConfig: X[EncryptionConfig]

class KinesisVideoStreamConfig(TypedDict, total=False):
    Prefix: S
    RetentionPeriodHours: I
    EncryptionConfig: X[EncryptionConfig]

class KinesisStreamConfig(TypedDict, total=False):
    StreamArn: S

class KinesisFirehoseConfig(TypedDict, total=False):
    FirehoseArn: S

class InstanceStorageConfig(TypedDict, total=False):
    AssociationId: S
    StorageType: S
    S3Config: X[S3Config]
    KinesisVideoStreamConfig: X[KinesisVideoStreamConfig]
    KinesisStreamConfig: X[KinesisStreamConfig]
    KinesisFirehoseConfig: X[KinesisFirehoseConfig]

AssociateInstanceStorageConfigParameters = TypedDict(
    "AssociateInstanceStorageConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "StorageConfig": X[InstanceStorageConfig],
        "StorageConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateLambdaFunctionParameters = TypedDict(
    "AssociateLambdaFunctionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FunctionArn": S,
        "FunctionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateLexBotParameters = TypedDict(
    "AssociateLexBotParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LexBot": X[LexBot],
        "LexBot.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociatePhoneNumberContactFlowParameters = TypedDict(
    "AssociatePhoneNumberContactFlowParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
    },
    total=False,
)

class EmailAddressConfig(TypedDict, total=False):
    EmailAddressId: S

AssociateQueueEmailAddressesParameters = TypedDict(
    "AssociateQueueEmailAddressesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "EmailAddressesConfig": L[Xi[EmailAddressConfig]],
        "EmailAddressesConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateQueueQuickConnectsParameters = TypedDict(
    "AssociateQueueQuickConnectsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "QuickConnectIds": L[Si],
        "QuickConnectIds.$": str,
    },
    total=False,
)

class RoutingProfileQueueReference(TypedDict, total=False):
    QueueId: S
    Channel: S

class RoutingProfileQueueConfig(TypedDict, total=False):
    QueueReference: X[RoutingProfileQueueReference]
    Priority: I
    Delay: I

class RoutingProfileManualAssignmentQueueConfig(TypedDict, total=False):
    QueueReference: X[RoutingProfileQueueReference]

AssociateRoutingProfileQueuesParameters = TypedDict(
    "AssociateRoutingProfileQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "QueueConfigs": L[Xi[RoutingProfileQueueConfig]],
        "QueueConfigs.$": str,
        "ManualAssignmentQueueConfigs": L[Xi[RoutingProfileManualAssignmentQueueConfig]],
        "ManualAssignmentQueueConfigs.$": str,
    },
    total=False,
)
AssociateSecurityKeyParameters = TypedDict(
    "AssociateSecurityKeyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Key": S,
        "Key.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SecurityProfileItem(TypedDict, total=False):
    Id: S

AssociateSecurityProfilesParameters = TypedDict(
    "AssociateSecurityProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SecurityProfiles": L[Xi[SecurityProfileItem]],
        "SecurityProfiles.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityArn": S,
        "EntityArn.$": str,
    },
    total=False,
)
AssociateTrafficDistributionGroupUserParameters = TypedDict(
    "AssociateTrafficDistributionGroupUserParameters",
    {
        "TrafficDistributionGroupId": S,
        "TrafficDistributionGroupId.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)

class UserProficiency(TypedDict, total=False):
    AttributeName: S
    AttributeValue: S
    Level: F

AssociateUserProficienciesParameters = TypedDict(
    "AssociateUserProficienciesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserProficiencies": L[Xi[UserProficiency]],
        "UserProficiencies.$": str,
    },
    total=False,
)
AssociateWorkspaceParameters = TypedDict(
    "AssociateWorkspaceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
    },
    total=False,
)
BatchAssociateAnalyticsDataSetParameters = TypedDict(
    "BatchAssociateAnalyticsDataSetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataSetIds": L[Si],
        "DataSetIds.$": str,
        "TargetAccountId": S,
        "TargetAccountId.$": str,
    },
    total=False,
)

class PrimaryValue(TypedDict, total=False):
    AttributeName: S
    Value: S

class DataTableLockVersion(TypedDict, total=False):
    DataTable: S
    Attribute: S
    PrimaryValues: S
    Value: S

class DataTableValue(TypedDict, total=False):
    PrimaryValues: L[Xi[PrimaryValue]]
    AttributeName: S
    Value: S
    LockVersion: X[DataTableLockVersion]
    LastModifiedTime: T
    LastModifiedRegion: S

BatchCreateDataTableValueParameters = TypedDict(
    "BatchCreateDataTableValueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Values": L[Xi[DataTableValue]],
        "Values.$": str,
    },
    total=False,
)

class DataTableDeleteValueIdentifier(TypedDict, total=False):
    PrimaryValues: L[Xi[PrimaryValue]]
    AttributeName: S
    LockVersion: X[DataTableLockVersion]

BatchDeleteDataTableValueParameters = TypedDict(
    "BatchDeleteDataTableValueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Values": L[Xi[DataTableDeleteValueIdentifier]],
        "Values.$": str,
    },
    total=False,
)

class DataTableValueIdentifier(TypedDict, total=False):
    PrimaryValues: L[Xi[PrimaryValue]]
    AttributeName: S

BatchDescribeDataTableValueParameters = TypedDict(
    "BatchDescribeDataTableValueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Values": L[Xi[DataTableValueIdentifier]],
        "Values.$": str,
    },
    total=False,
)
BatchDisassociateAnalyticsDataSetParameters = TypedDict(
    "BatchDisassociateAnalyticsDataSetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataSetIds": L[Si],
        "DataSetIds.$": str,
        "TargetAccountId": S,
        "TargetAccountId.$": str,
    },
    total=False,
)
BatchGetAttachedFileMetadataParameters = TypedDict(
    "BatchGetAttachedFileMetadataParameters",
    {
        "FileIds": L[Si],
        "FileIds.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
    },
    total=False,
)
BatchGetFlowAssociationParameters = TypedDict(
    "BatchGetFlowAssociationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceIds": L[Si],
        "ResourceIds.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)

class Endpoint(TypedDict, total=False):
    Type: S
    Address: S

class Campaign(TypedDict, total=False):
    CampaignId: S

class PostAcceptTimeoutConfig(TypedDict, total=False):
    DurationInSeconds: I

class Preview(TypedDict, total=False):
    PostAcceptTimeoutConfig: X[PostAcceptTimeoutConfig]
    AllowedUserActions: L[Si]

class AgentFirst(TypedDict, total=False):
    Preview: X[Preview]

class OutboundStrategyConfig(TypedDict, total=False):
    AgentFirst: X[AgentFirst]

class OutboundStrategy(TypedDict, total=False):
    Type: S
    Config: X[OutboundStrategyConfig]

class ContactDataRequest(TypedDict, total=False):
    SystemEndpoint: X[Endpoint]
    CustomerEndpoint: X[Endpoint]
    RequestIdentifier: S
    QueueId: S
    Attributes: M[S]
    Campaign: X[Campaign]
    OutboundStrategy: X[OutboundStrategy]

BatchPutContactParameters = TypedDict(
    "BatchPutContactParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactDataRequestList": L[Xi[ContactDataRequest]],
        "ContactDataRequestList.$": str,
    },
    total=False,
)
BatchUpdateDataTableValueParameters = TypedDict(
    "BatchUpdateDataTableValueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Values": L[Xi[DataTableValue]],
        "Values.$": str,
    },
    total=False,
)
ClaimPhoneNumberParameters = TypedDict(
    "ClaimPhoneNumberParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "PhoneNumberDescription": S,
        "PhoneNumberDescription.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CompleteAttachedFileUploadParameters = TypedDict(
    "CompleteAttachedFileUploadParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FileId": S,
        "FileId.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
    },
    total=False,
)
CreateAgentStatusParameters = TypedDict(
    "CreateAgentStatusParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "State": S,
        "State.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAttachedFileParameters = TypedDict(
    "CreateAttachedFileParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "FileUseCaseType": S,
        "FileUseCaseType.$": str,
        "FileSourceUri": S,
        "FileSourceUri.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AuthScope(TypedDict, total=False):
    SecurityProfileIds: L[Si]
    EntityType: S
    EntityId: S
    DomainName: S

CreateAuthCodeParameters = TypedDict(
    "CreateAuthCodeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Scope": X[AuthScope],
        "Scope.$": str,
        "MaxSessionDurationMinutes": I,
        "MaxSessionDurationMinutes.$": str,
        "SessionInactivityDurationMinutes": I,
        "SessionInactivityDurationMinutes.$": str,
    },
    total=False,
)

class Reference(TypedDict, total=False):
    Value: S
    Type: S
    Status: S
    Arn: S
    StatusReason: S

class UserInfo(TypedDict, total=False):
    UserId: S

class SegmentAttributeValue(TypedDict, total=False):
    ValueString: S
    ValueMap: M[X[SegmentAttributeValue]]
    ValueInteger: I
    ValueList: L[Xi[SegmentAttributeValue]]
    ValueArn: S

CreateContactParameters = TypedDict(
    "CreateContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "Channel": S,
        "Channel.$": str,
        "InitiationMethod": S,
        "InitiationMethod.$": str,
        "ExpiryDurationInMinutes": I,
        "ExpiryDurationInMinutes.$": str,
        "UserInfo": X[UserInfo],
        "UserInfo.$": str,
        "InitiateAs": S,
        "InitiateAs.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "PreviousContactId": S,
        "PreviousContactId.$": str,
    },
    total=False,
)
CreateContactFlowParameters = TypedDict(
    "CreateContactFlowParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Content": S,
        "Content.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateContactFlowAliasParameters = TypedDict(
    "CreateContactFlowAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "ContactFlowVersion": I,
        "ContactFlowVersion.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)

class ExternalInvocationConfiguration(TypedDict, total=False):
    Enabled: B

CreateContactFlowModuleParameters = TypedDict(
    "CreateContactFlowModuleParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Content": S,
        "Content.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Settings": S,
        "Settings.$": str,
        "ExternalInvocationConfiguration": X[ExternalInvocationConfiguration],
        "ExternalInvocationConfiguration.$": str,
    },
    total=False,
)
CreateContactFlowModuleAliasParameters = TypedDict(
    "CreateContactFlowModuleAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "ContactFlowModuleVersion": I,
        "ContactFlowModuleVersion.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
CreateContactFlowModuleVersionParameters = TypedDict(
    "CreateContactFlowModuleVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "FlowModuleContentSha256": S,
        "FlowModuleContentSha256.$": str,
    },
    total=False,
)
CreateContactFlowVersionParameters = TypedDict(
    "CreateContactFlowVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "FlowContentSha256": S,
        "FlowContentSha256.$": str,
        "ContactFlowVersion": I,
        "ContactFlowVersion.$": str,
        "LastModifiedTime": T,
        "LastModifiedTime.$": str,
        "LastModifiedRegion": S,
        "LastModifiedRegion.$": str,
    },
    total=False,
)
CreateDataTableParameters = TypedDict(
    "CreateDataTableParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "ValueLockLevel": S,
        "ValueLockLevel.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ValidationEnum(TypedDict, total=False):
    Strict: B
    Values: L[Si]

class Validation(TypedDict, total=False):
    MinLength: I
    MaxLength: I
    MinValues: I
    MaxValues: I
    IgnoreCase: B
    Minimum: F
    Maximum: F
    ExclusiveMinimum: F
    ExclusiveMaximum: F
    MultipleOf: F
    EnumValue: X[ValidationEnum]

CreateDataTableAttributeParameters = TypedDict(
    "CreateDataTableAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Name": S,
        "Name.$": str,
        "ValueType": S,
        "ValueType.$": str,
        "Description": S,
        "Description.$": str,
        "Primary": B,
        "Primary.$": str,
        "Validation": X[Validation],
        "Validation.$": str,
    },
    total=False,
)
CreateEmailAddressParameters = TypedDict(
    "CreateEmailAddressParameters",
    {
        "Description": S,
        "Description.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EvaluationFormScoreThreshold(TypedDict, total=False):
    PerformanceCategory: S
    MinScorePercentage: F
    MaxScorePercentage: F

class EvaluationFormItemEnablementSource(TypedDict, total=False):
    Type: S
    RefId: S
    ContactField: S
    ContactAttributeKey: S
    SegmentAttributeKey: S
    EvaluationMetadataField: S
    AiMetricsField: S

class EvaluationFormItemEnablementSourceValue(TypedDict, total=False):
    Type: S
    RefId: S
    StringValue: S
    NumericValue: F
    BooleanValue: B
    DateTimeValue: T

class EvaluationFormItemEnablementExpression(TypedDict, total=False):
    Source: X[EvaluationFormItemEnablementSource]
    Values: L[Xi[EvaluationFormItemEnablementSourceValue]]
    Comparator: S

class EvaluationFormItemEnablementConditionOperand(TypedDict, total=False):
    Expression: X[EvaluationFormItemEnablementExpression]
    Condition: X[EvaluationFormItemEnablementCondition]

class EvaluationFormItemEnablementCondition(TypedDict, total=False):
    Operands: L[Xi[EvaluationFormItemEnablementConditionOperand]]
    Operator: S

class EvaluationFormItemEnablementConfiguration(TypedDict, total=False):
    Condition: X[EvaluationFormItemEnablementCondition]
    Action: S
    DefaultAction: S

class EvaluationFormSection(TypedDict, total=False):
    Title: S
    RefId: S
    Instructions: S
    Items: L[Xi[EvaluationFormItem]]
    Weight: F
    IsExcludedFromScoring: B
    ScoreThresholds: L[Xi[EvaluationFormScoreThreshold]]
    Enablement: X[EvaluationFormItemEnablementConfiguration]

class AutomaticFailConfiguration(TypedDict, total=False):
    TargetSection: S

class QuestionOptionPointsConfiguration(TypedDict, total=False):
    PointValue: I
    IsBonus: B

class EvaluationFormNumericQuestionOption(TypedDict, total=False):
    MinValue: I
    MaxValue: I
    Score: I
    AutomaticFail: B
    AutomaticFailConfiguration: X[AutomaticFailConfiguration]
    PointsConfiguration: X[QuestionOptionPointsConfiguration]

class NumericQuestionPropertyValueAutomation(TypedDict, total=False):
    Label: S

class EvaluationFormQuestionAutomationAnswerSource(TypedDict, total=False):
    SourceType: S

class EvaluationFormNumericQuestionAutomation(TypedDict, total=False):
    PropertyValue: X[NumericQuestionPropertyValueAutomation]
    AnswerSource: X[EvaluationFormQuestionAutomationAnswerSource]

class EvaluationFormNumericQuestionProperties(TypedDict, total=False):
    MinValue: I
    MaxValue: I
    Options: L[Xi[EvaluationFormNumericQuestionOption]]
    Automation: X[EvaluationFormNumericQuestionAutomation]

class EvaluationFormSingleSelectQuestionOption(TypedDict, total=False):
    RefId: S
    Text: S
    Score: I
    AutomaticFail: B
    AutomaticFailConfiguration: X[AutomaticFailConfiguration]
    PointsConfiguration: X[QuestionOptionPointsConfiguration]

class SingleSelectQuestionRuleCategoryAutomation(TypedDict, total=False):
    Category: S
    Condition: S
    OptionRefId: S

class SingleSelectQuestionAutomationRule(TypedDict, total=False):
    Condition: X[EvaluationFormItemEnablementCondition]
    OptionRefId: S

class EvaluationFormSingleSelectQuestionAutomationOption(TypedDict, total=False):
    RuleCategory: X[SingleSelectQuestionRuleCategoryAutomation]
    AutomationRule: X[SingleSelectQuestionAutomationRule]

class EvaluationFormSingleSelectQuestionAutomation(TypedDict, total=False):
    Options: L[Xi[EvaluationFormSingleSelectQuestionAutomationOption]]
    DefaultOptionRefId: S
    AnswerSource: X[EvaluationFormQuestionAutomationAnswerSource]

class EvaluationFormSingleSelectQuestionProperties(TypedDict, total=False):
    Options: L[Xi[EvaluationFormSingleSelectQuestionOption]]
    DisplayAs: S
    Automation: X[EvaluationFormSingleSelectQuestionAutomation]

class EvaluationFormTextQuestionAutomation(TypedDict, total=False):
    AnswerSource: X[EvaluationFormQuestionAutomationAnswerSource]

class EvaluationFormTextQuestionProperties(TypedDict, total=False):
    Automation: X[EvaluationFormTextQuestionAutomation]

class EvaluationFormMultiSelectQuestionOption(TypedDict, total=False):
    RefId: S
    Text: S
    Score: I
    AutomaticFail: B
    AutomaticFailConfiguration: X[AutomaticFailConfiguration]
    PointsConfiguration: X[QuestionOptionPointsConfiguration]

class MultiSelectQuestionRuleCategoryAutomation(TypedDict, total=False):
    Category: S
    Condition: S
    OptionRefIds: L[Si]

class EvaluationFormMultiSelectQuestionAutomationOption(TypedDict, total=False):
    RuleCategory: X[MultiSelectQuestionRuleCategoryAutomation]

class EvaluationFormMultiSelectQuestionAutomation(TypedDict, total=False):
    Options: L[Xi[EvaluationFormMultiSelectQuestionAutomationOption]]
    DefaultOptionRefIds: L[Si]
    AnswerSource: X[EvaluationFormQuestionAutomationAnswerSource]

class EvaluationFormMultiSelectQuestionProperties(TypedDict, total=False):
    Options: L[Xi[EvaluationFormMultiSelectQuestionOption]]
    DisplayAs: S
    Automation: X[EvaluationFormMultiSelectQuestionAutomation]

class EvaluationFormQuestionTypeProperties(TypedDict, total=False):
    Numeric: X[EvaluationFormNumericQuestionProperties]
    SingleSelect: X[EvaluationFormSingleSelectQuestionProperties]
    Text: X[EvaluationFormTextQuestionProperties]
    MultiSelect: X[EvaluationFormMultiSelectQuestionProperties]

class QuestionPointsConfiguration(TypedDict, total=False):
    MaxPointValue: I
    MinPointValue: I
    IsBonus: B

class EvaluationFormQuestionScoringConfiguration(TypedDict, total=False):
    PointsConfiguration: X[QuestionPointsConfiguration]
    IsExcludedFromScoring: B
    ScoreThresholds: L[Xi[EvaluationFormScoreThreshold]]

class EvaluationFormMetricConfiguration(TypedDict, total=False):
    MetricType: S
    MetricName: S

class EvaluationFormQuestion(TypedDict, total=False):
    Title: S
    Instructions: S
    RefId: S
    NotApplicableEnabled: B
    QuestionType: S
    QuestionTypeProperties: X[EvaluationFormQuestionTypeProperties]
    Enablement: X[EvaluationFormItemEnablementConfiguration]
    Weight: F
    ScoringConfiguration: X[EvaluationFormQuestionScoringConfiguration]
    MetricConfiguration: X[EvaluationFormMetricConfiguration]

class EvaluationFormItem(TypedDict, total=False):
    Section: X[EvaluationFormSection]
    Question: X[EvaluationFormQuestion]

class EvaluationFormScoringStrategy(TypedDict, total=False):
    Mode: S
    Status: S
    ScoreThresholds: L[Xi[EvaluationFormScoreThreshold]]

class EvaluationFormAutoEvaluationConfiguration(TypedDict, total=False):
    Enabled: B

class EvaluationReviewNotificationRecipientValue(TypedDict, total=False):
    UserId: S

class EvaluationReviewNotificationRecipient(TypedDict, total=False):
    Type: S
    Value: X[EvaluationReviewNotificationRecipientValue]

class EvaluationReviewConfiguration(TypedDict, total=False):
    ReviewNotificationRecipients: L[Xi[EvaluationReviewNotificationRecipient]]
    EligibilityDays: I

class EvaluationFormTargetConfiguration(TypedDict, total=False):
    ContactInteractionType: S
    AutomatedParticipantRole: S

class EvaluationFormLanguageConfiguration(TypedDict, total=False):
    FormLanguage: S

CreateEvaluationFormParameters = TypedDict(
    "CreateEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Items": L[Xi[EvaluationFormItem]],
        "Items.$": str,
        "ScoringStrategy": X[EvaluationFormScoringStrategy],
        "ScoringStrategy.$": str,
        "AutoEvaluationConfiguration": X[EvaluationFormAutoEvaluationConfiguration],
        "AutoEvaluationConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AsDraft": B,
        "AsDraft.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ReviewConfiguration": X[EvaluationReviewConfiguration],
        "ReviewConfiguration.$": str,
        "TargetConfiguration": X[EvaluationFormTargetConfiguration],
        "TargetConfiguration.$": str,
        "LanguageConfiguration": X[EvaluationFormLanguageConfiguration],
        "LanguageConfiguration.$": str,
        "AiVersion": S,
        "AiVersion.$": str,
    },
    total=False,
)

class ExtractionDefinitionNotFoundBehavior(TypedDict, total=False):
    Behavior: S
    DefaultValue: S

class ExtractionConfiguration(TypedDict, total=False):
    PromptHint: S
    NotFoundBehavior: X[ExtractionDefinitionNotFoundBehavior]

class ExtractionDefinitionDisplay(TypedDict, total=False):
    Label: S

CreateExtractionDefinitionParameters = TypedDict(
    "CreateExtractionDefinitionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "ExtractionConfiguration": X[ExtractionConfiguration],
        "ExtractionConfiguration.$": str,
        "Display": X[ExtractionDefinitionDisplay],
        "Display.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class HoursOfOperationTimeSlice(TypedDict, total=False):
    Hours: I
    Minutes: I

class HoursOfOperationConfig(TypedDict, total=False):
    Day: S
    StartTime: X[HoursOfOperationTimeSlice]
    EndTime: X[HoursOfOperationTimeSlice]

CreateHoursOfOperationParameters = TypedDict(
    "CreateHoursOfOperationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "Config": L[Xi[HoursOfOperationConfig]],
        "Config.$": str,
        "ParentHoursOfOperationConfigs": L[Xi[ParentHoursOfOperationConfig]],
        "ParentHoursOfOperationConfigs.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class OverrideTimeSlice(TypedDict, total=False):
    Hours: I
    Minutes: I

class HoursOfOperationOverrideConfig(TypedDict, total=False):
    Day: S
    StartTime: X[OverrideTimeSlice]
    EndTime: X[OverrideTimeSlice]

class RecurrencePattern(TypedDict, total=False):
    Frequency: S
    Interval: I
    ByMonth: L[Ii]
    ByMonthDay: L[Ii]
    ByWeekdayOccurrence: L[Ii]

class RecurrenceConfig(TypedDict, total=False):
    RecurrencePattern: X[RecurrencePattern]

CreateHoursOfOperationOverrideParameters = TypedDict(
    "CreateHoursOfOperationOverrideParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Config": L[Xi[HoursOfOperationOverrideConfig]],
        "Config.$": str,
        "EffectiveFrom": S,
        "EffectiveFrom.$": str,
        "EffectiveTill": S,
        "EffectiveTill.$": str,
        "RecurrenceConfig": X[RecurrenceConfig],
        "RecurrenceConfig.$": str,
        "OverrideType": S,
        "OverrideType.$": str,
    },
    total=False,
)
CreateInstanceParameters = TypedDict(
    "CreateInstanceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "IdentityManagementType": S,
        "IdentityManagementType.$": str,
        "InstanceAlias": S,
        "InstanceAlias.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "InboundCallsEnabled": B,
        "InboundCallsEnabled.$": str,
        "OutboundCallsEnabled": B,
        "OutboundCallsEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateIntegrationAssociationParameters = TypedDict(
    "CreateIntegrationAssociationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "SourceApplicationUrl": S,
        "SourceApplicationUrl.$": str,
        "SourceApplicationName": S,
        "SourceApplicationName.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MetricFilterNumberCondition(TypedDict, total=False):
    Comparison: S
    Values: L[Fi]

class MetricFilterStringCondition(TypedDict, total=False):
    Comparison: S
    Values: L[Si]

class MetricFilterBooleanCondition(TypedDict, total=False):
    Comparison: S

class MetricFilter(TypedDict, total=False):
    MetricFilterKey: S
    Negate: B
    NumberCondition: X[MetricFilterNumberCondition]
    StringCondition: X[MetricFilterStringCondition]
    BooleanCondition: X[MetricFilterBooleanCondition]

class CalculationComponent(TypedDict, total=False):
    Alias: S
    MetricName: S
    MetricId: S
    MetricFilters: L[Xi[MetricFilter]]

class MetricCalculation(TypedDict, total=False):
    CalculationComponents: L[Xi[CalculationComponent]]
    Calculation: S

CreateMetricParameters = TypedDict(
    "CreateMetricParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "MetricCalculation": X[MetricCalculation],
        "MetricCalculation.$": str,
        "Unit": S,
        "Unit.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "PositiveTrendIndicator": S,
        "PositiveTrendIndicator.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateNotificationParameters = TypedDict(
    "CreateNotificationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
        "Recipients": L[Si],
        "Recipients.$": str,
        "Priority": S,
        "Priority.$": str,
        "Content": M[S],
        "Content.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PredefinedNotificationId": S,
        "PredefinedNotificationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ParticipantCapabilities(TypedDict, total=False):
    Video: S
    ScreenShare: S

class ParticipantDetailsToAdd(TypedDict, total=False):
    ParticipantRole: S
    DisplayName: S
    ParticipantCapabilities: X[ParticipantCapabilities]

CreateParticipantParameters = TypedDict(
    "CreateParticipantParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ParticipantDetails": X[ParticipantDetailsToAdd],
        "ParticipantDetails.$": str,
    },
    total=False,
)
CreatePersistentContactAssociationParameters = TypedDict(
    "CreatePersistentContactAssociationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "InitialContactId": S,
        "InitialContactId.$": str,
        "RehydrationType": S,
        "RehydrationType.$": str,
        "SourceContactId": S,
        "SourceContactId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PredefinedAttributeValues(TypedDict, total=False):
    StringList: L[Si]

class InputPredefinedAttributeConfiguration(TypedDict, total=False):
    EnableValueValidationOnAssociation: B

CreatePredefinedAttributeParameters = TypedDict(
    "CreatePredefinedAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Values": X[PredefinedAttributeValues],
        "Values.$": str,
        "Purposes": L[Si],
        "Purposes.$": str,
        "AttributeConfiguration": X[InputPredefinedAttributeConfiguration],
        "AttributeConfiguration.$": str,
    },
    total=False,
)
CreatePromptParameters = TypedDict(
    "CreatePromptParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "S3Uri": S,
        "S3Uri.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ContactConfiguration(TypedDict, total=False):
    ContactId: S
    ParticipantRole: S
    IncludeRawMessage: B

CreatePushNotificationRegistrationParameters = TypedDict(
    "CreatePushNotificationRegistrationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PinpointAppArn": S,
        "PinpointAppArn.$": str,
        "DeviceToken": S,
        "DeviceToken.$": str,
        "DeviceType": S,
        "DeviceType.$": str,
        "ContactConfiguration": X[ContactConfiguration],
        "ContactConfiguration.$": str,
    },
    total=False,
)

class OutboundCallerConfig(TypedDict, total=False):
    OutboundCallerIdName: S
    OutboundCallerIdNumberId: S
    OutboundFlowId: S

class OutboundEmailConfig(TypedDict, total=False):
    OutboundEmailAddressId: S

CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "OutboundCallerConfig": X[OutboundCallerConfig],
        "OutboundCallerConfig.$": str,
        "OutboundEmailConfig": X[OutboundEmailConfig],
        "OutboundEmailConfig.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "MaxContacts": I,
        "MaxContacts.$": str,
        "QuickConnectIds": L[Si],
        "QuickConnectIds.$": str,
        "EmailAddressesConfig": L[Xi[EmailAddressConfig]],
        "EmailAddressesConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class UserQuickConnectConfig(TypedDict, total=False):
    UserId: S
    ContactFlowId: S

class QueueQuickConnectConfig(TypedDict, total=False):
    QueueId: S
    ContactFlowId: S

class PhoneNumberQuickConnectConfig(TypedDict, total=False):
    PhoneNumber: S

class FlowQuickConnectConfig(TypedDict, total=False):
    ContactFlowId: S

class QuickConnectConfig(TypedDict, total=False):
    QuickConnectType: S
    UserConfig: X[UserQuickConnectConfig]
    QueueConfig: X[QueueQuickConnectConfig]
    PhoneConfig: X[PhoneNumberQuickConnectConfig]
    FlowConfig: X[FlowQuickConnectConfig]

CreateQuickConnectParameters = TypedDict(
    "CreateQuickConnectParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "QuickConnectConfig": X[QuickConnectConfig],
        "QuickConnectConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CrossChannelBehavior(TypedDict, total=False):
    BehaviorType: S

class CrossChannelWorkloadBehavior(TypedDict, total=False):
    ChannelWorkloadBehaviorType: S

class WorkloadTypeConcurrency(TypedDict, total=False):
    WorkloadType: S
    Concurrency: I
    CrossChannelWorkloadBehavior: X[CrossChannelWorkloadBehavior]

class MediaConcurrency(TypedDict, total=False):
    Channel: S
    Concurrency: I
    CrossChannelBehavior: X[CrossChannelBehavior]
    WorkloadTypeConcurrencies: L[Xi[WorkloadTypeConcurrency]]

CreateRoutingProfileParameters = TypedDict(
    "CreateRoutingProfileParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultOutboundQueueId": S,
        "DefaultOutboundQueueId.$": str,
        "QueueConfigs": L[Xi[RoutingProfileQueueConfig]],
        "QueueConfigs.$": str,
        "ManualAssignmentQueueConfigs": L[Xi[RoutingProfileManualAssignmentQueueConfig]],
        "ManualAssignmentQueueConfigs.$": str,
        "MediaConcurrencies": L[Xi[MediaConcurrency]],
        "MediaConcurrencies.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AgentAvailabilityTimer": S,
        "AgentAvailabilityTimer.$": str,
    },
    total=False,
)

class RuleTriggerEventSource(TypedDict, total=False):
    EventSourceName: S
    IntegrationAssociationId: S

class TaskActionDefinition(TypedDict, total=False):
    Name: S
    Description: S
    ContactFlowId: S
    References: M[X[Reference]]

class EventBridgeActionDefinition(TypedDict, total=False):
    Name: S

class AssignContactCategoryActionDefinition(TypedDict, total=False): ...

class NotificationRecipientType(TypedDict, total=False):
    UserTags: M[S]
    UserIds: L[Si]

class SendNotificationActionDefinition(TypedDict, total=False):
    DeliveryMethod: S
    Subject: S
    Content: S
    ContentType: S
    Recipient: X[NotificationRecipientType]
    Exclusion: X[NotificationRecipientType]

class EmptyFieldValue(TypedDict, total=False): ...

class FieldValueUnion(TypedDict, total=False):
    BooleanValue: B
    DoubleValue: F
    EmptyValue: X[EmptyFieldValue]
    StringValue: S

class FieldValue(TypedDict, total=False):
    Id: S
    Value: X[FieldValueUnion]

class CreateCaseActionDefinition(TypedDict, total=False):
    Fields: L[Xi[FieldValue]]
    TemplateId: S

class UpdateCaseActionDefinition(TypedDict, total=False):
    Fields: L[Xi[FieldValue]]

class CaseSlaConfiguration(TypedDict, total=False):
    Name: S
    Type: S
    FieldId: S
    TargetFieldValues: L[Xi[FieldValueUnion]]
    TargetSlaMinutes: I

class AssignSlaActionDefinition(TypedDict, total=False):
    SlaAssignmentType: S
    CaseSlaConfiguration: X[CaseSlaConfiguration]

class EndAssociatedTasksActionDefinition(TypedDict, total=False): ...
class EndAssociatedEmailsActionDefinition(TypedDict, total=False): ...

class AutoEvaluationParticipantSelection(TypedDict, total=False):
    ParticipantType: S
    SelectionMode: S
    ParticipantIdentifiers: L[Si]

class SubmitAutoEvaluationActionDefinition(TypedDict, total=False):
    EvaluationFormId: S
    ParticipantSelection: X[AutoEvaluationParticipantSelection]

class RulesExtractionDefinitionIdentifier(TypedDict, total=False):
    Identifier: S

class ExtractInformationActionDefinition(TypedDict, total=False):
    RulesExtractionDefinitions: L[Xi[RulesExtractionDefinitionIdentifier]]

class SendInAppNotificationActionDefinition(TypedDict, total=False):
    Content: M[S]
    Recipient: X[NotificationRecipientType]
    Exclusion: X[NotificationRecipientType]
    Priority: S

class RuleAction(TypedDict, total=False):
    ActionType: S
    TaskAction: X[TaskActionDefinition]
    EventBridgeAction: X[EventBridgeActionDefinition]
    AssignContactCategoryAction: X[AssignContactCategoryActionDefinition]
    SendNotificationAction: X[SendNotificationActionDefinition]
    CreateCaseAction: X[CreateCaseActionDefinition]
    UpdateCaseAction: X[UpdateCaseActionDefinition]
    AssignSlaAction: X[AssignSlaActionDefinition]
    EndAssociatedTasksAction: X[EndAssociatedTasksActionDefinition]
    EndAssociatedEmailsAction: X[EndAssociatedEmailsActionDefinition]
    SubmitAutoEvaluationAction: X[SubmitAutoEvaluationActionDefinition]
    ExtractInformationAction: X[ExtractInformationActionDefinition]
    SendInAppNotificationAction: X[SendInAppNotificationActionDefinition]

class PreEvaluationFilter(TypedDict, total=False):
    ResourceType: S
    FilterType: S
    FilterKey: S
    FilterValue: S
    Operator: S

class PreEvaluationFilters(TypedDict, total=False):
    AndConditions: L[Xi[PreEvaluationFilter]]

CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "TriggerEventSource": X[RuleTriggerEventSource],
        "TriggerEventSource.$": str,
        "Function": S,
        "Function.$": str,
        "Actions": L[Xi[RuleAction]],
        "Actions.$": str,
        "PublishStatus": S,
        "PublishStatus.$": str,
        "PreEvaluationFilters": X[PreEvaluationFilters],
        "PreEvaluationFilters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Application(TypedDict, total=False):
    Namespace: S
    ApplicationPermissions: L[Si]
    Type: S

class FlowModule(TypedDict, total=False):
    Type: S
    FlowModuleId: S

class AIAgent(TypedDict, total=False):
    Arn: S
    Type: S

class PrimaryAttributeValue(TypedDict, total=False):
    AccessType: S
    AttributeName: S
    Values: L[Si]

class PrimaryAttributeAccessControlConfigurationItem(TypedDict, total=False):
    PrimaryAttributeValues: L[Xi[PrimaryAttributeValue]]

class DataTableAccessControlConfiguration(TypedDict, total=False):
    PrimaryAttributeAccessControlConfiguration: X[PrimaryAttributeAccessControlConfigurationItem]

class GranularAccessControlConfiguration(TypedDict, total=False):
    DataTableAccessControlConfiguration: X[DataTableAccessControlConfiguration]

CreateSecurityProfileParameters = TypedDict(
    "CreateSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AllowedAccessControlTags": M[S],
        "AllowedAccessControlTags.$": str,
        "TagRestrictedResources": L[Si],
        "TagRestrictedResources.$": str,
        "Applications": L[Xi[Application]],
        "Applications.$": str,
        "HierarchyRestrictedResources": L[Si],
        "HierarchyRestrictedResources.$": str,
        "AllowedAccessControlHierarchyGroupId": S,
        "AllowedAccessControlHierarchyGroupId.$": str,
        "AllowedFlowModules": L[Xi[FlowModule]],
        "AllowedFlowModules.$": str,
        "AllowedAIAgents": L[Xi[AIAgent]],
        "AllowedAIAgents.$": str,
        "GranularAccessControlConfiguration": X[GranularAccessControlConfiguration],
        "GranularAccessControlConfiguration.$": str,
    },
    total=False,
)

class TaskTemplateContactHooks(TypedDict, total=False):
    WrapUpFlowId: S

class TaskTemplateFieldIdentifier(TypedDict, total=False):
    Name: S

class RequiredFieldInfo(TypedDict, total=False):
    Id: X[TaskTemplateFieldIdentifier]

class ReadOnlyFieldInfo(TypedDict, total=False):
    Id: X[TaskTemplateFieldIdentifier]

class InvisibleFieldInfo(TypedDict, total=False):
    Id: X[TaskTemplateFieldIdentifier]

class TaskTemplateConstraints(TypedDict, total=False):
    RequiredFields: L[Xi[RequiredFieldInfo]]
    ReadOnlyFields: L[Xi[ReadOnlyFieldInfo]]
    InvisibleFields: L[Xi[InvisibleFieldInfo]]

class TaskTemplateDefaultFieldValue(TypedDict, total=False):
    Id: X[TaskTemplateFieldIdentifier]
    DefaultValue: S

class TaskTemplateDefaults(TypedDict, total=False):
    DefaultFieldValues: L[Xi[TaskTemplateDefaultFieldValue]]

class TaskTemplateField(TypedDict, total=False):
    Id: X[TaskTemplateFieldIdentifier]
    Description: S
    Type: S
    SingleSelectOptions: L[Si]

CreateTaskTemplateParameters = TypedDict(
    "CreateTaskTemplateParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "SelfAssignFlowId": S,
        "SelfAssignFlowId.$": str,
        "ContactHooks": X[TaskTemplateContactHooks],
        "ContactHooks.$": str,
        "Constraints": X[TaskTemplateConstraints],
        "Constraints.$": str,
        "Defaults": X[TaskTemplateDefaults],
        "Defaults.$": str,
        "Status": S,
        "Status.$": str,
        "Fields": L[Xi[TaskTemplateField]],
        "Fields.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class VoiceCallEntryPointParameters(TypedDict, total=False):
    SourcePhoneNumber: S
    DestinationPhoneNumber: S
    FlowId: S
    TranscriptionLanguageCodes: L[Si]

class ChatEntryPointParameters(TypedDict, total=False):
    FlowId: S

class TestCaseEntryPoint(TypedDict, total=False):
    Type: S
    VoiceCallEntryPointParameters: X[VoiceCallEntryPointParameters]
    ChatEntryPointParameters: X[ChatEntryPointParameters]

class SyntheticCustomerPersona(TypedDict, total=False):
    Name: S
    CommunicationStyle: S
    Language: S
    Voice: S
    VoiceEngine: S
    DomainKnowledge: S
    EmotionalState: S
    Cooperativeness: S

class ScenarioStopConditions(TypedDict, total=False):
    MaxTurns: I

class ScenarioKnownInput(TypedDict, total=False):
    InputName: S
    InputValue: S

class SyntheticCustomerScenario(TypedDict, total=False):
    Name: S
    Goal: S
    ExpectedOutcome: S
    InitialQuery: S
    StopConditions: X[ScenarioStopConditions]
    KnownInputs: L[Xi[ScenarioKnownInput]]

class SyntheticCustomerConfiguration(TypedDict, total=False):
    Enabled: B
    Persona: X[SyntheticCustomerPersona]
    Scenario: X[SyntheticCustomerScenario]

CreateTestCaseParameters = TypedDict(
    "CreateTestCaseParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Content": S,
        "Content.$": str,
        "EntryPoint": X[TestCaseEntryPoint],
        "EntryPoint.$": str,
        "InitializationData": S,
        "InitializationData.$": str,
        "SyntheticCustomerConfiguration": X[SyntheticCustomerConfiguration],
        "SyntheticCustomerConfiguration.$": str,
        "Status": S,
        "Status.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LastModifiedTime": T,
        "LastModifiedTime.$": str,
        "LastModifiedRegion": S,
        "LastModifiedRegion.$": str,
    },
    total=False,
)
CreateTrafficDistributionGroupParameters = TypedDict(
    "CreateTrafficDistributionGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateUseCaseParameters = TypedDict(
    "CreateUseCaseParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationAssociationId": S,
        "IntegrationAssociationId.$": str,
        "UseCaseType": S,
        "UseCaseType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class UserIdentityInfo(TypedDict, total=False):
    FirstName: S
    LastName: S
    Email: S
    SecondaryEmail: S
    Mobile: S

class UserPhoneConfig(TypedDict, total=False):
    PhoneType: S
    AutoAccept: B
    AfterContactWorkTimeLimit: I
    DeskPhoneNumber: S
    PersistentConnection: B

class AutoAcceptConfig(TypedDict, total=False):
    Channel: S
    AutoAccept: B
    AgentFirstCallbackAutoAccept: B

class AfterContactWorkConfig(TypedDict, total=False):
    AfterContactWorkTimeLimit: I

class AfterContactWorkConfigPerChannel(TypedDict, total=False):
    Channel: S
    AfterContactWorkConfig: X[AfterContactWorkConfig]
    AgentFirstCallbackAfterContactWorkConfig: X[AfterContactWorkConfig]

class PhoneNumberConfig(TypedDict, total=False):
    Channel: S
    PhoneType: S
    PhoneNumber: S

class PersistentConnectionConfig(TypedDict, total=False):
    Channel: S
    PersistentConnection: B

class VoiceEnhancementConfig(TypedDict, total=False):
    Channel: S
    VoiceEnhancementMode: S

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "IdentityInfo": X[UserIdentityInfo],
        "IdentityInfo.$": str,
        "PhoneConfig": X[UserPhoneConfig],
        "PhoneConfig.$": str,
        "DirectoryUserId": S,
        "DirectoryUserId.$": str,
        "SecurityProfileIds": L[Si],
        "SecurityProfileIds.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "HierarchyGroupId": S,
        "HierarchyGroupId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AutoAcceptConfigs": L[Xi[AutoAcceptConfig]],
        "AutoAcceptConfigs.$": str,
        "AfterContactWorkConfigs": L[Xi[AfterContactWorkConfigPerChannel]],
        "AfterContactWorkConfigs.$": str,
        "PhoneNumberConfigs": L[Xi[PhoneNumberConfig]],
        "PhoneNumberConfigs.$": str,
        "PersistentConnectionConfigs": L[Xi[PersistentConnectionConfig]],
        "PersistentConnectionConfigs.$": str,
        "VoiceEnhancementConfigs": L[Xi[VoiceEnhancementConfig]],
        "VoiceEnhancementConfigs.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateUserHierarchyGroupParameters = TypedDict(
    "CreateUserHierarchyGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "ParentGroupId": S,
        "ParentGroupId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ViewInputContent(TypedDict, total=False):
    Template: S
    Actions: L[Si]

CreateViewParameters = TypedDict(
    "CreateViewParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Status": S,
        "Status.$": str,
        "Content": X[ViewInputContent],
        "Content.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateViewVersionParameters = TypedDict(
    "CreateViewVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ViewId": S,
        "ViewId.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "ViewContentSha256": S,
        "ViewContentSha256.$": str,
    },
    total=False,
)
CreateVocabularyParameters = TypedDict(
    "CreateVocabularyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "VocabularyName": S,
        "VocabularyName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "Content": S,
        "Content.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PaletteHeader(TypedDict, total=False):
    Background: S
    Text: S
    TextHover: S
    InvertActionsColors: B

class PaletteNavigation(TypedDict, total=False):
    Background: S
    TextBackgroundHover: S
    TextBackgroundActive: S
    Text: S
    TextHover: S
    TextActive: S
    InvertActionsColors: B

class PaletteCanvas(TypedDict, total=False):
    ContainerBackground: S
    PageBackground: S
    ActiveBackground: S

class PalettePrimary(TypedDict, total=False):
    DefaultValue: S
    Active: S
    ContrastText: S

class WorkspaceThemePalette(TypedDict, total=False):
    Header: X[PaletteHeader]
    Navigation: X[PaletteNavigation]
    Canvas: X[PaletteCanvas]
    Primary: X[PalettePrimary]

class ImagesLogo(TypedDict, total=False):
    DefaultValue: S
    Favicon: S

class WorkspaceThemeImages(TypedDict, total=False):
    Logo: X[ImagesLogo]

class FontFamily(TypedDict, total=False):
    DefaultValue: S

class WorkspaceThemeTypography(TypedDict, total=False):
    FontFamily: X[FontFamily]

class WorkspaceThemeConfig(TypedDict, total=False):
    Palette: X[WorkspaceThemePalette]
    Images: X[WorkspaceThemeImages]
    Typography: X[WorkspaceThemeTypography]

class WorkspaceTheme(TypedDict, total=False):
    Light: X[WorkspaceThemeConfig]
    Dark: X[WorkspaceThemeConfig]

CreateWorkspaceParameters = TypedDict(
    "CreateWorkspaceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Theme": X[WorkspaceTheme],
        "Theme.$": str,
        "Title": S,
        "Title.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkspacePageParameters = TypedDict(
    "CreateWorkspacePageParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Page": S,
        "Page.$": str,
        "Slug": S,
        "Slug.$": str,
        "InputData": S,
        "InputData.$": str,
    },
    total=False,
)
DeactivateEvaluationFormParameters = TypedDict(
    "DeactivateEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
DeleteAllEntitySessionsParameters = TypedDict(
    "DeleteAllEntitySessionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "EntityType": S,
        "EntityType.$": str,
    },
    total=False,
)
DeleteAttachedFileParameters = TypedDict(
    "DeleteAttachedFileParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FileId": S,
        "FileId.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
    },
    total=False,
)
DeleteContactDataParameters = TypedDict(
    "DeleteContactDataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ContactFields": L[Si],
        "ContactFields.$": str,
    },
    total=False,
)
DeleteContactEvaluationParameters = TypedDict(
    "DeleteContactEvaluationParameters",
    {"InstanceId": S, "InstanceId.$": str, "EvaluationId": S, "EvaluationId.$": str},
    total=False,
)
DeleteContactFlowParameters = TypedDict(
    "DeleteContactFlowParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactFlowId": S, "ContactFlowId.$": str},
    total=False,
)
DeleteContactFlowAliasParameters = TypedDict(
    "DeleteContactFlowAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "AliasId": S,
        "AliasId.$": str,
    },
    total=False,
)
DeleteContactFlowModuleParameters = TypedDict(
    "DeleteContactFlowModuleParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactFlowModuleId": S, "ContactFlowModuleId.$": str},
    total=False,
)
DeleteContactFlowModuleAliasParameters = TypedDict(
    "DeleteContactFlowModuleAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "AliasId": S,
        "AliasId.$": str,
    },
    total=False,
)
DeleteContactFlowModuleVersionParameters = TypedDict(
    "DeleteContactFlowModuleVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "ContactFlowModuleVersion": I,
        "ContactFlowModuleVersion.$": str,
    },
    total=False,
)
DeleteContactFlowVersionParameters = TypedDict(
    "DeleteContactFlowVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "ContactFlowVersion": I,
        "ContactFlowVersion.$": str,
    },
    total=False,
)
DeleteDataTableParameters = TypedDict(
    "DeleteDataTableParameters",
    {"InstanceId": S, "InstanceId.$": str, "DataTableId": S, "DataTableId.$": str},
    total=False,
)
DeleteDataTableAttributeParameters = TypedDict(
    "DeleteDataTableAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
    },
    total=False,
)
DeleteEmailAddressParameters = TypedDict(
    "DeleteEmailAddressParameters",
    {"InstanceId": S, "InstanceId.$": str, "EmailAddressId": S, "EmailAddressId.$": str},
    total=False,
)
DeleteEvaluationFormParameters = TypedDict(
    "DeleteEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
DeleteExtractionDefinitionParameters = TypedDict(
    "DeleteExtractionDefinitionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ExtractionDefinitionId": S,
        "ExtractionDefinitionId.$": str,
    },
    total=False,
)
DeleteHoursOfOperationParameters = TypedDict(
    "DeleteHoursOfOperationParameters",
    {"InstanceId": S, "InstanceId.$": str, "HoursOfOperationId": S, "HoursOfOperationId.$": str},
    total=False,
)
DeleteHoursOfOperationOverrideParameters = TypedDict(
    "DeleteHoursOfOperationOverrideParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "HoursOfOperationOverrideId": S,
        "HoursOfOperationOverrideId.$": str,
    },
    total=False,
)
DeleteInstanceParameters = TypedDict(
    "DeleteInstanceParameters",
    {"InstanceId": S, "InstanceId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteIntegrationAssociationParameters = TypedDict(
    "DeleteIntegrationAssociationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationAssociationId": S,
        "IntegrationAssociationId.$": str,
    },
    total=False,
)
DeleteMetricParameters = TypedDict(
    "DeleteMetricParameters",
    {"InstanceId": S, "InstanceId.$": str, "MetricId": S, "MetricId.$": str},
    total=False,
)
DeleteNotificationParameters = TypedDict(
    "DeleteNotificationParameters",
    {"InstanceId": S, "InstanceId.$": str, "NotificationId": S, "NotificationId.$": str},
    total=False,
)
DeletePredefinedAttributeParameters = TypedDict(
    "DeletePredefinedAttributeParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeletePromptParameters = TypedDict(
    "DeletePromptParameters",
    {"InstanceId": S, "InstanceId.$": str, "PromptId": S, "PromptId.$": str},
    total=False,
)
DeletePushNotificationRegistrationParameters = TypedDict(
    "DeletePushNotificationRegistrationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RegistrationId": S,
        "RegistrationId.$": str,
        "ContactId": S,
        "ContactId.$": str,
    },
    total=False,
)
DeleteQueueParameters = TypedDict(
    "DeleteQueueParameters",
    {"InstanceId": S, "InstanceId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
DeleteQuickConnectParameters = TypedDict(
    "DeleteQuickConnectParameters",
    {"InstanceId": S, "InstanceId.$": str, "QuickConnectId": S, "QuickConnectId.$": str},
    total=False,
)
DeleteRoutingProfileParameters = TypedDict(
    "DeleteRoutingProfileParameters",
    {"InstanceId": S, "InstanceId.$": str, "RoutingProfileId": S, "RoutingProfileId.$": str},
    total=False,
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters",
    {"InstanceId": S, "InstanceId.$": str, "RuleId": S, "RuleId.$": str},
    total=False,
)
DeleteSecurityProfileParameters = TypedDict(
    "DeleteSecurityProfileParameters",
    {"InstanceId": S, "InstanceId.$": str, "SecurityProfileId": S, "SecurityProfileId.$": str},
    total=False,
)
DeleteSessionParameters = TypedDict(
    "DeleteSessionParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
DeleteTaskTemplateParameters = TypedDict(
    "DeleteTaskTemplateParameters",
    {"InstanceId": S, "InstanceId.$": str, "TaskTemplateId": S, "TaskTemplateId.$": str},
    total=False,
)
DeleteTestCaseParameters = TypedDict(
    "DeleteTestCaseParameters",
    {"InstanceId": S, "InstanceId.$": str, "TestCaseId": S, "TestCaseId.$": str},
    total=False,
)
DeleteTrafficDistributionGroupParameters = TypedDict(
    "DeleteTrafficDistributionGroupParameters",
    {"TrafficDistributionGroupId": S, "TrafficDistributionGroupId.$": str},
    total=False,
)
DeleteUseCaseParameters = TypedDict(
    "DeleteUseCaseParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationAssociationId": S,
        "IntegrationAssociationId.$": str,
        "UseCaseId": S,
        "UseCaseId.$": str,
    },
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"InstanceId": S, "InstanceId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DeleteUserHierarchyGroupParameters = TypedDict(
    "DeleteUserHierarchyGroupParameters",
    {"HierarchyGroupId": S, "HierarchyGroupId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DeleteViewParameters = TypedDict(
    "DeleteViewParameters",
    {"InstanceId": S, "InstanceId.$": str, "ViewId": S, "ViewId.$": str},
    total=False,
)
DeleteViewVersionParameters = TypedDict(
    "DeleteViewVersionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ViewId": S,
        "ViewId.$": str,
        "ViewVersion": I,
        "ViewVersion.$": str,
    },
    total=False,
)
DeleteVocabularyParameters = TypedDict(
    "DeleteVocabularyParameters",
    {"InstanceId": S, "InstanceId.$": str, "VocabularyId": S, "VocabularyId.$": str},
    total=False,
)
DeleteWorkspaceParameters = TypedDict(
    "DeleteWorkspaceParameters",
    {"InstanceId": S, "InstanceId.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DeleteWorkspaceMediaParameters = TypedDict(
    "DeleteWorkspaceMediaParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "MediaType": S,
        "MediaType.$": str,
    },
    total=False,
)
DeleteWorkspacePageParameters = TypedDict(
    "DeleteWorkspacePageParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Page": S,
        "Page.$": str,
    },
    total=False,
)
DescribeAgentStatusParameters = TypedDict(
    "DescribeAgentStatusParameters",
    {"InstanceId": S, "InstanceId.$": str, "AgentStatusId": S, "AgentStatusId.$": str},
    total=False,
)
DescribeAttachedFilesConfigurationParameters = TypedDict(
    "DescribeAttachedFilesConfigurationParameters",
    {"InstanceId": S, "InstanceId.$": str, "AttachmentScope": S, "AttachmentScope.$": str},
    total=False,
)
DescribeAuthenticationProfileParameters = TypedDict(
    "DescribeAuthenticationProfileParameters",
    {
        "AuthenticationProfileId": S,
        "AuthenticationProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
DescribeContactParameters = TypedDict(
    "DescribeContactParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactId": S, "ContactId.$": str},
    total=False,
)
DescribeContactEvaluationParameters = TypedDict(
    "DescribeContactEvaluationParameters",
    {"InstanceId": S, "InstanceId.$": str, "EvaluationId": S, "EvaluationId.$": str},
    total=False,
)
DescribeContactFlowParameters = TypedDict(
    "DescribeContactFlowParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactFlowId": S, "ContactFlowId.$": str},
    total=False,
)
DescribeContactFlowAliasParameters = TypedDict(
    "DescribeContactFlowAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "AliasId": S,
        "AliasId.$": str,
    },
    total=False,
)
DescribeContactFlowModuleParameters = TypedDict(
    "DescribeContactFlowModuleParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactFlowModuleId": S, "ContactFlowModuleId.$": str},
    total=False,
)
DescribeContactFlowModuleAliasParameters = TypedDict(
    "DescribeContactFlowModuleAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "AliasId": S,
        "AliasId.$": str,
    },
    total=False,
)
DescribeDataTableParameters = TypedDict(
    "DescribeDataTableParameters",
    {"InstanceId": S, "InstanceId.$": str, "DataTableId": S, "DataTableId.$": str},
    total=False,
)
DescribeDataTableAttributeParameters = TypedDict(
    "DescribeDataTableAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
    },
    total=False,
)
DescribeEmailAddressParameters = TypedDict(
    "DescribeEmailAddressParameters",
    {"InstanceId": S, "InstanceId.$": str, "EmailAddressId": S, "EmailAddressId.$": str},
    total=False,
)
DescribeEvaluationFormParameters = TypedDict(
    "DescribeEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
DescribeExtractionDefinitionParameters = TypedDict(
    "DescribeExtractionDefinitionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ExtractionDefinitionId": S,
        "ExtractionDefinitionId.$": str,
    },
    total=False,
)
DescribeHoursOfOperationParameters = TypedDict(
    "DescribeHoursOfOperationParameters",
    {"InstanceId": S, "InstanceId.$": str, "HoursOfOperationId": S, "HoursOfOperationId.$": str},
    total=False,
)
DescribeHoursOfOperationOverrideParameters = TypedDict(
    "DescribeHoursOfOperationOverrideParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "HoursOfOperationOverrideId": S,
        "HoursOfOperationOverrideId.$": str,
    },
    total=False,
)
DescribeInstanceParameters = TypedDict(
    "DescribeInstanceParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
DescribeInstanceAttributeParameters = TypedDict(
    "DescribeInstanceAttributeParameters",
    {"InstanceId": S, "InstanceId.$": str, "AttributeType": S, "AttributeType.$": str},
    total=False,
)
DescribeInstanceStorageConfigParameters = TypedDict(
    "DescribeInstanceStorageConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
DescribeMetricParameters = TypedDict(
    "DescribeMetricParameters",
    {"InstanceId": S, "InstanceId.$": str, "MetricId": S, "MetricId.$": str},
    total=False,
)
DescribeNotificationParameters = TypedDict(
    "DescribeNotificationParameters",
    {"InstanceId": S, "InstanceId.$": str, "NotificationId": S, "NotificationId.$": str},
    total=False,
)
DescribePhoneNumberParameters = TypedDict(
    "DescribePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
DescribePredefinedAttributeParameters = TypedDict(
    "DescribePredefinedAttributeParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DescribePromptParameters = TypedDict(
    "DescribePromptParameters",
    {"InstanceId": S, "InstanceId.$": str, "PromptId": S, "PromptId.$": str},
    total=False,
)
DescribeQueueParameters = TypedDict(
    "DescribeQueueParameters",
    {"InstanceId": S, "InstanceId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
DescribeQuickConnectParameters = TypedDict(
    "DescribeQuickConnectParameters",
    {"InstanceId": S, "InstanceId.$": str, "QuickConnectId": S, "QuickConnectId.$": str},
    total=False,
)
DescribeRoutingProfileParameters = TypedDict(
    "DescribeRoutingProfileParameters",
    {"InstanceId": S, "InstanceId.$": str, "RoutingProfileId": S, "RoutingProfileId.$": str},
    total=False,
)
DescribeRuleParameters = TypedDict(
    "DescribeRuleParameters",
    {"InstanceId": S, "InstanceId.$": str, "RuleId": S, "RuleId.$": str},
    total=False,
)
DescribeSecurityProfileParameters = TypedDict(
    "DescribeSecurityProfileParameters",
    {"SecurityProfileId": S, "SecurityProfileId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DescribeTestCaseParameters = TypedDict(
    "DescribeTestCaseParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
DescribeTrafficDistributionGroupParameters = TypedDict(
    "DescribeTrafficDistributionGroupParameters",
    {"TrafficDistributionGroupId": S, "TrafficDistributionGroupId.$": str},
    total=False,
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {"UserId": S, "UserId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DescribeUserHierarchyGroupParameters = TypedDict(
    "DescribeUserHierarchyGroupParameters",
    {"HierarchyGroupId": S, "HierarchyGroupId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DescribeUserHierarchyStructureParameters = TypedDict(
    "DescribeUserHierarchyStructureParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
DescribeViewParameters = TypedDict(
    "DescribeViewParameters",
    {"InstanceId": S, "InstanceId.$": str, "ViewId": S, "ViewId.$": str},
    total=False,
)
DescribeVocabularyParameters = TypedDict(
    "DescribeVocabularyParameters",
    {"InstanceId": S, "InstanceId.$": str, "VocabularyId": S, "VocabularyId.$": str},
    total=False,
)
DescribeWorkspaceParameters = TypedDict(
    "DescribeWorkspaceParameters",
    {"InstanceId": S, "InstanceId.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DisassociateAnalyticsDataSetParameters = TypedDict(
    "DisassociateAnalyticsDataSetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "TargetAccountId": S,
        "TargetAccountId.$": str,
    },
    total=False,
)
DisassociateApprovedOriginParameters = TypedDict(
    "DisassociateApprovedOriginParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Origin": S,
        "Origin.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateBotParameters = TypedDict(
    "DisassociateBotParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LexBot": X[LexBot],
        "LexBot.$": str,
        "LexV2Bot": X[LexV2Bot],
        "LexV2Bot.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateEmailAddressAliasParameters = TypedDict(
    "DisassociateEmailAddressAliasParameters",
    {
        "EmailAddressId": S,
        "EmailAddressId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AliasConfiguration": X[AliasConfiguration],
        "AliasConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateFlowParameters = TypedDict(
    "DisassociateFlowParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
DisassociateHoursOfOperationsParameters = TypedDict(
    "DisassociateHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "ParentHoursOfOperationIds": L[Si],
        "ParentHoursOfOperationIds.$": str,
    },
    total=False,
)
DisassociateInstanceStorageConfigParameters = TypedDict(
    "DisassociateInstanceStorageConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateLambdaFunctionParameters = TypedDict(
    "DisassociateLambdaFunctionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FunctionArn": S,
        "FunctionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateLexBotParameters = TypedDict(
    "DisassociateLexBotParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "BotName": S,
        "BotName.$": str,
        "LexRegion": S,
        "LexRegion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociatePhoneNumberContactFlowParameters = TypedDict(
    "DisassociatePhoneNumberContactFlowParameters",
    {"PhoneNumberId": S, "PhoneNumberId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DisassociateQueueEmailAddressesParameters = TypedDict(
    "DisassociateQueueEmailAddressesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "EmailAddressesId": L[Si],
        "EmailAddressesId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateQueueQuickConnectsParameters = TypedDict(
    "DisassociateQueueQuickConnectsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "QuickConnectIds": L[Si],
        "QuickConnectIds.$": str,
    },
    total=False,
)
DisassociateRoutingProfileQueuesParameters = TypedDict(
    "DisassociateRoutingProfileQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "QueueReferences": L[Xi[RoutingProfileQueueReference]],
        "QueueReferences.$": str,
        "ManualAssignmentQueueReferences": L[Xi[RoutingProfileQueueReference]],
        "ManualAssignmentQueueReferences.$": str,
    },
    total=False,
)
DisassociateSecurityKeyParameters = TypedDict(
    "DisassociateSecurityKeyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateSecurityProfilesParameters = TypedDict(
    "DisassociateSecurityProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SecurityProfiles": L[Xi[SecurityProfileItem]],
        "SecurityProfiles.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityArn": S,
        "EntityArn.$": str,
    },
    total=False,
)
DisassociateTrafficDistributionGroupUserParameters = TypedDict(
    "DisassociateTrafficDistributionGroupUserParameters",
    {
        "TrafficDistributionGroupId": S,
        "TrafficDistributionGroupId.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)

class UserProficiencyDisassociate(TypedDict, total=False):
    AttributeName: S
    AttributeValue: S

DisassociateUserProficienciesParameters = TypedDict(
    "DisassociateUserProficienciesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserProficiencies": L[Xi[UserProficiencyDisassociate]],
        "UserProficiencies.$": str,
    },
    total=False,
)
DisassociateWorkspaceParameters = TypedDict(
    "DisassociateWorkspaceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
    },
    total=False,
)
DismissUserContactParameters = TypedDict(
    "DismissUserContactParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
    },
    total=False,
)

class DataTableValueEvaluationSet(TypedDict, total=False):
    PrimaryValues: L[Xi[PrimaryValue]]
    AttributeNames: L[Si]

EvaluateDataTableValuesParameters = TypedDict(
    "EvaluateDataTableValuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Values": L[Xi[DataTableValueEvaluationSet]],
        "Values.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAttachedFileParameters = TypedDict(
    "GetAttachedFileParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FileId": S,
        "FileId.$": str,
        "UrlExpiryInSeconds": I,
        "UrlExpiryInSeconds.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
        "UrlContentDisposition": S,
        "UrlContentDisposition.$": str,
    },
    total=False,
)
GetContactAttributesParameters = TypedDict(
    "GetContactAttributesParameters",
    {"InstanceId": S, "InstanceId.$": str, "InitialContactId": S, "InitialContactId.$": str},
    total=False,
)

class ContactMetricInfo(TypedDict, total=False):
    Name: S

GetContactMetricsParameters = TypedDict(
    "GetContactMetricsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "Metrics": L[Xi[ContactMetricInfo]],
        "Metrics.$": str,
    },
    total=False,
)
GetCrossRegionRoutingParameters = TypedDict(
    "GetCrossRegionRoutingParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)

class Filters(TypedDict, total=False):
    Queues: L[Si]
    Channels: L[Si]
    RoutingProfiles: L[Si]
    RoutingStepExpressions: L[Si]
    AgentStatuses: L[Si]
    Subtypes: L[Si]
    ValidationTestTypes: L[Si]

class CurrentMetric(TypedDict, total=False):
    Name: S
    MetricId: S
    Unit: S

class CurrentMetricSortCriteria(TypedDict, total=False):
    SortByMetric: S
    SortOrder: S

GetCurrentMetricDataParameters = TypedDict(
    "GetCurrentMetricDataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Filters": X[Filters],
        "Filters.$": str,
        "Groupings": L[Si],
        "Groupings.$": str,
        "CurrentMetrics": L[Xi[CurrentMetric]],
        "CurrentMetrics.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortCriteria": L[Xi[CurrentMetricSortCriteria]],
        "SortCriteria.$": str,
    },
    total=False,
)

class ContactFilter(TypedDict, total=False):
    ContactStates: L[Si]

class UserDataFilters(TypedDict, total=False):
    Queues: L[Si]
    ContactFilter: X[ContactFilter]
    RoutingProfiles: L[Si]
    Agents: L[Si]
    UserHierarchyGroups: L[Si]

GetCurrentUserDataParameters = TypedDict(
    "GetCurrentUserDataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Filters": X[UserDataFilters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetEffectiveHoursOfOperationsParameters = TypedDict(
    "GetEffectiveHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "FromDate": S,
        "FromDate.$": str,
        "ToDate": S,
        "ToDate.$": str,
    },
    total=False,
)
GetEvaluationFormValidationParameters = TypedDict(
    "GetEvaluationFormValidationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
GetFederationTokenParameters = TypedDict(
    "GetFederationTokenParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
GetFlowAssociationParameters = TypedDict(
    "GetFlowAssociationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)

class Threshold(TypedDict, total=False):
    Comparison: S
    ThresholdValue: F

class HistoricalMetric(TypedDict, total=False):
    Name: S
    Threshold: X[Threshold]
    Statistic: S
    Unit: S

GetMetricDataParameters = TypedDict(
    "GetMetricDataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Filters": X[Filters],
        "Filters.$": str,
        "Groupings": L[Si],
        "Groupings.$": str,
        "HistoricalMetrics": L[Xi[HistoricalMetric]],
        "HistoricalMetrics.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class IntervalDetails(TypedDict, total=False):
    TimeZone: S
    IntervalPeriod: S

class FilterV2StringCondition(TypedDict, total=False):
    Comparison: S

class FilterV2(TypedDict, total=False):
    FilterKey: S
    FilterValues: L[Si]
    StringCondition: X[FilterV2StringCondition]

class ThresholdV2(TypedDict, total=False):
    Comparison: S
    ThresholdValue: F

class MetricFilterV2(TypedDict, total=False):
    MetricFilterKey: S
    MetricFilterValues: L[Si]
    Negate: B

class MetricV2(TypedDict, total=False):
    Name: S
    Threshold: L[Xi[ThresholdV2]]
    MetricId: S
    MetricFilters: L[Xi[MetricFilterV2]]

GetMetricDataV2Parameters = TypedDict(
    "GetMetricDataV2Parameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Interval": X[IntervalDetails],
        "Interval.$": str,
        "Filters": L[Xi[FilterV2]],
        "Filters.$": str,
        "Groupings": L[Si],
        "Groupings.$": str,
        "Metrics": L[Xi[MetricV2]],
        "Metrics.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetPromptFileParameters = TypedDict(
    "GetPromptFileParameters",
    {"InstanceId": S, "InstanceId.$": str, "PromptId": S, "PromptId.$": str},
    total=False,
)
GetTaskTemplateParameters = TypedDict(
    "GetTaskTemplateParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TaskTemplateId": S,
        "TaskTemplateId.$": str,
        "SnapshotVersion": S,
        "SnapshotVersion.$": str,
    },
    total=False,
)
GetTestCaseExecutionSummaryParameters = TypedDict(
    "GetTestCaseExecutionSummaryParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "TestCaseExecutionId": S,
        "TestCaseExecutionId.$": str,
    },
    total=False,
)
GetTrafficDistributionParameters = TypedDict(
    "GetTrafficDistributionParameters", {"Id": S, "Id.$": str}, total=False
)
ImportPhoneNumberParameters = TypedDict(
    "ImportPhoneNumberParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SourcePhoneNumberArn": S,
        "SourcePhoneNumberArn.$": str,
        "PhoneNumberDescription": S,
        "PhoneNumberDescription.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ImportWorkspaceMediaParameters = TypedDict(
    "ImportWorkspaceMediaParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "MediaType": S,
        "MediaType.$": str,
        "MediaSource": S,
        "MediaSource.$": str,
    },
    total=False,
)
ListAgentStatusesParameters = TypedDict(
    "ListAgentStatusesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AgentStatusTypes": L[Si],
        "AgentStatusTypes.$": str,
    },
    total=False,
)
ListAnalyticsDataAssociationsParameters = TypedDict(
    "ListAnalyticsDataAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAnalyticsDataLakeDataSetsParameters = TypedDict(
    "ListAnalyticsDataLakeDataSetsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApprovedOriginsParameters = TypedDict(
    "ListApprovedOriginsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssociatedContactsParameters = TypedDict(
    "ListAssociatedContactsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAttachedFilesConfigurationsParameters = TypedDict(
    "ListAttachedFilesConfigurationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAuthenticationProfilesParameters = TypedDict(
    "ListAuthenticationProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotsParameters = TypedDict(
    "ListBotsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LexVersion": S,
        "LexVersion.$": str,
    },
    total=False,
)
ListChildHoursOfOperationsParameters = TypedDict(
    "ListChildHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactEvaluationsParameters = TypedDict(
    "ListContactEvaluationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContactFlowAliasesParameters = TypedDict(
    "ListContactFlowAliasesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactFlowModuleAliasesParameters = TypedDict(
    "ListContactFlowModuleAliasesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactFlowModuleVersionsParameters = TypedDict(
    "ListContactFlowModuleVersionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactFlowModulesParameters = TypedDict(
    "ListContactFlowModulesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ContactFlowModuleState": S,
        "ContactFlowModuleState.$": str,
    },
    total=False,
)
ListContactFlowVersionsParameters = TypedDict(
    "ListContactFlowVersionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactFlowsParameters = TypedDict(
    "ListContactFlowsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowTypes": L[Si],
        "ContactFlowTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactReferencesParameters = TypedDict(
    "ListContactReferencesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ReferenceTypes": L[Si],
        "ReferenceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataTableAttributesParameters = TypedDict(
    "ListDataTableAttributesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "AttributeIds": L[Si],
        "AttributeIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PrimaryAttributeValueFilter(TypedDict, total=False):
    AttributeName: S
    Values: L[Si]

ListDataTablePrimaryValuesParameters = TypedDict(
    "ListDataTablePrimaryValuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "RecordIds": L[Si],
        "RecordIds.$": str,
        "PrimaryAttributeValues": L[Xi[PrimaryAttributeValueFilter]],
        "PrimaryAttributeValues.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataTableValuesParameters = TypedDict(
    "ListDataTableValuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "RecordIds": L[Si],
        "RecordIds.$": str,
        "PrimaryAttributeValues": L[Xi[PrimaryAttributeValueFilter]],
        "PrimaryAttributeValues.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataTablesParameters = TypedDict(
    "ListDataTablesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDefaultVocabulariesParameters = TypedDict(
    "ListDefaultVocabulariesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEntitySecurityProfilesParameters = TypedDict(
    "ListEntitySecurityProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityArn": S,
        "EntityArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEvaluationFormAIVersionsParameters = TypedDict(
    "ListEvaluationFormAIVersionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactInteractionType": S,
        "ContactInteractionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEvaluationFormVersionsParameters = TypedDict(
    "ListEvaluationFormVersionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEvaluationFormsParameters = TypedDict(
    "ListEvaluationFormsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExtractionDefinitionsParameters = TypedDict(
    "ListExtractionDefinitionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFlowAssociationsParameters = TypedDict(
    "ListFlowAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHoursOfOperationOverridesParameters = TypedDict(
    "ListHoursOfOperationOverridesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHoursOfOperationsParameters = TypedDict(
    "ListHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInstanceAttributesParameters = TypedDict(
    "ListInstanceAttributesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInstanceStorageConfigsParameters = TypedDict(
    "ListInstanceStorageConfigsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIntegrationAssociationsParameters = TypedDict(
    "ListIntegrationAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IntegrationArn": S,
        "IntegrationArn.$": str,
    },
    total=False,
)
ListLambdaFunctionsParameters = TypedDict(
    "ListLambdaFunctionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLexBotsParameters = TypedDict(
    "ListLexBotsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMetricsParameters = TypedDict(
    "ListMetricsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNotificationsParameters = TypedDict(
    "ListNotificationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPhoneNumbersParameters = TypedDict(
    "ListPhoneNumbersParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "PhoneNumberTypes": L[Si],
        "PhoneNumberTypes.$": str,
        "PhoneNumberCountryCodes": L[Si],
        "PhoneNumberCountryCodes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPhoneNumbersV2Parameters = TypedDict(
    "ListPhoneNumbersV2Parameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PhoneNumberCountryCodes": L[Si],
        "PhoneNumberCountryCodes.$": str,
        "PhoneNumberTypes": L[Si],
        "PhoneNumberTypes.$": str,
        "PhoneNumberPrefix": S,
        "PhoneNumberPrefix.$": str,
    },
    total=False,
)
ListPredefinedAttributesParameters = TypedDict(
    "ListPredefinedAttributesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPromptsParameters = TypedDict(
    "ListPromptsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueueEmailAddressesParameters = TypedDict(
    "ListQueueEmailAddressesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueueQuickConnectsParameters = TypedDict(
    "ListQueueQuickConnectsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueuesParameters = TypedDict(
    "ListQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueTypes": L[Si],
        "QueueTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQuickConnectsParameters = TypedDict(
    "ListQuickConnectsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuickConnectTypes": L[Si],
        "QuickConnectTypes.$": str,
    },
    total=False,
)

class TagCondition(TypedDict, total=False):
    TagKey: S
    TagValue: S

class CategoriesAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]

class CategoriesAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[CategoriesAttributeAndCondition]]
    AndCondition: X[CategoriesAttributeAndCondition]
    TagCondition: X[TagCondition]

class RealTimeContactAnalysisSegmentsFilter(TypedDict, total=False):
    CategoriesAttributeFilter: X[CategoriesAttributeFilter]

ListRealtimeContactAnalysisSegmentsV2Parameters = TypedDict(
    "ListRealtimeContactAnalysisSegmentsV2Parameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OutputType": S,
        "OutputType.$": str,
        "SegmentTypes": L[Si],
        "SegmentTypes.$": str,
        "ListFilter": X[RealTimeContactAnalysisSegmentsFilter],
        "ListFilter.$": str,
    },
    total=False,
)
ListReplicationFindingsParameters = TypedDict(
    "ListReplicationFindingsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRoutingProfileManualAssignmentQueuesParameters = TypedDict(
    "ListRoutingProfileManualAssignmentQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRoutingProfileQueuesParameters = TypedDict(
    "ListRoutingProfileQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRoutingProfilesParameters = TypedDict(
    "ListRoutingProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "PublishStatus": S,
        "PublishStatus.$": str,
        "EventSourceName": S,
        "EventSourceName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSecurityKeysParameters = TypedDict(
    "ListSecurityKeysParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityProfileAIAgentsParameters = TypedDict(
    "ListSecurityProfileAIAgentsParameters",
    {
        "SecurityProfileId": S,
        "SecurityProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityProfileApplicationsParameters = TypedDict(
    "ListSecurityProfileApplicationsParameters",
    {
        "SecurityProfileId": S,
        "SecurityProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityProfileFlowModulesParameters = TypedDict(
    "ListSecurityProfileFlowModulesParameters",
    {
        "SecurityProfileId": S,
        "SecurityProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityProfilePermissionsParameters = TypedDict(
    "ListSecurityProfilePermissionsParameters",
    {
        "SecurityProfileId": S,
        "SecurityProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityProfilesParameters = TypedDict(
    "ListSecurityProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTaskTemplatesParameters = TypedDict(
    "ListTaskTemplatesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListTestCaseExecutionRecordsParameters = TypedDict(
    "ListTestCaseExecutionRecordsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "TestCaseExecutionId": S,
        "TestCaseExecutionId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTestCaseExecutionsParameters = TypedDict(
    "ListTestCaseExecutionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "TestCaseName": S,
        "TestCaseName.$": str,
        "StartTime": I,
        "StartTime.$": str,
        "EndTime": I,
        "EndTime.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTestCasesParameters = TypedDict(
    "ListTestCasesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTrafficDistributionGroupUsersParameters = TypedDict(
    "ListTrafficDistributionGroupUsersParameters",
    {
        "TrafficDistributionGroupId": S,
        "TrafficDistributionGroupId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTrafficDistributionGroupsParameters = TypedDict(
    "ListTrafficDistributionGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
ListUseCasesParameters = TypedDict(
    "ListUseCasesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IntegrationAssociationId": S,
        "IntegrationAssociationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListUserHierarchyGroupsParameters = TypedDict(
    "ListUserHierarchyGroupsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListUserNotificationsParameters = TypedDict(
    "ListUserNotificationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
ListUserProficienciesParameters = TypedDict(
    "ListUserProficienciesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListViewVersionsParameters = TypedDict(
    "ListViewVersionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ViewId": S,
        "ViewId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListViewsParameters = TypedDict(
    "ListViewsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkspaceMediaParameters = TypedDict(
    "ListWorkspaceMediaParameters",
    {"InstanceId": S, "InstanceId.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
ListWorkspacePagesParameters = TypedDict(
    "ListWorkspacePagesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkspacesParameters = TypedDict(
    "ListWorkspacesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
MonitorContactParameters = TypedDict(
    "MonitorContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "UserId": S,
        "UserId.$": str,
        "AllowedMonitorCapabilities": L[Si],
        "AllowedMonitorCapabilities.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PauseContactParameters = TypedDict(
    "PauseContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
    },
    total=False,
)
PutUserStatusParameters = TypedDict(
    "PutUserStatusParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AgentStatusId": S,
        "AgentStatusId.$": str,
    },
    total=False,
)
ReleasePhoneNumberParameters = TypedDict(
    "ReleasePhoneNumberParameters",
    {"PhoneNumberId": S, "PhoneNumberId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
ReplicateInstanceParameters = TypedDict(
    "ReplicateInstanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ReplicaRegion": S,
        "ReplicaRegion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ReplicaAlias": S,
        "ReplicaAlias.$": str,
    },
    total=False,
)
ResumeContactParameters = TypedDict(
    "ResumeContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
    },
    total=False,
)
ResumeContactRecordingParameters = TypedDict(
    "ResumeContactRecordingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "InitialContactId": S,
        "InitialContactId.$": str,
        "ContactRecordingType": S,
        "ContactRecordingType.$": str,
    },
    total=False,
)

class CommonAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]

class ControlPlaneAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[CommonAttributeAndCondition]]
    AndCondition: X[CommonAttributeAndCondition]
    TagCondition: X[TagCondition]

class AgentStatusSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class StringCondition(TypedDict, total=False):
    FieldName: S
    Value: S
    ComparisonType: S

class AgentStatusSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[AgentStatusSearchCriteria]]
    AndConditions: L[Xi[AgentStatusSearchCriteria]]
    StringCondition: X[StringCondition]

SearchAgentStatusesParameters = TypedDict(
    "SearchAgentStatusesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[AgentStatusSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[AgentStatusSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)
SearchAvailablePhoneNumbersParameters = TypedDict(
    "SearchAvailablePhoneNumbersParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "PhoneNumberCountryCode": S,
        "PhoneNumberCountryCode.$": str,
        "PhoneNumberType": S,
        "PhoneNumberType.$": str,
        "PhoneNumberPrefix": S,
        "PhoneNumberPrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class NumberCondition(TypedDict, total=False):
    FieldName: S
    MinValue: I
    MaxValue: I
    ComparisonType: S

class BooleanCondition(TypedDict, total=False):
    FieldName: S
    ComparisonType: S

class DateTimeCondition(TypedDict, total=False):
    FieldName: S
    MinValue: S
    MaxValue: S
    ComparisonType: S

class DecimalCondition(TypedDict, total=False):
    FieldName: S
    MinValue: F
    MaxValue: F
    ComparisonType: S

class EvaluationSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[EvaluationSearchCriteria]]
    AndConditions: L[Xi[EvaluationSearchCriteria]]
    StringCondition: X[StringCondition]
    NumberCondition: X[NumberCondition]
    BooleanCondition: X[BooleanCondition]
    DateTimeCondition: X[DateTimeCondition]
    DecimalCondition: X[DecimalCondition]

class ContactEvaluationAttributeValue(TypedDict, total=False):
    StringValue: S

class ContactEvaluationAttributeCondition(TypedDict, total=False):
    AttributeKey: S
    AttributeValue: X[ContactEvaluationAttributeValue]
    ComparisonType: S

class ContactEvaluationAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]
    AttributeConditions: L[Xi[ContactEvaluationAttributeCondition]]

class ContactEvaluationAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[ContactEvaluationAttributeAndCondition]]
    AndCondition: X[ContactEvaluationAttributeAndCondition]
    TagCondition: X[TagCondition]
    ContactEvaluationAttributeCondition: X[ContactEvaluationAttributeCondition]

class EvaluationSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]
    ContactEvaluationAttributeFilter: X[ContactEvaluationAttributeFilter]

SearchContactEvaluationsParameters = TypedDict(
    "SearchContactEvaluationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchCriteria": X[EvaluationSearchCriteria],
        "SearchCriteria.$": str,
        "SearchFilter": X[EvaluationSearchFilter],
        "SearchFilter.$": str,
    },
    total=False,
)

class ControlPlaneTagFilter(TypedDict, total=False):
    OrConditions: L[Li[Xi[TagCondition]]]
    AndConditions: L[Xi[TagCondition]]
    TagCondition: X[TagCondition]

class ContactFlowModuleSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class ContactFlowModuleSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[ContactFlowModuleSearchCriteria]]
    AndConditions: L[Xi[ContactFlowModuleSearchCriteria]]
    StringCondition: X[StringCondition]
    StateCondition: S
    StatusCondition: S

SearchContactFlowModulesParameters = TypedDict(
    "SearchContactFlowModulesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[ContactFlowModuleSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[ContactFlowModuleSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class ContactFlowTypeCondition(TypedDict, total=False):
    ContactFlowType: S

class ContactFlowAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]
    ContactFlowTypeCondition: X[ContactFlowTypeCondition]

class ContactFlowAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[ContactFlowAttributeAndCondition]]
    AndCondition: X[ContactFlowAttributeAndCondition]
    TagCondition: X[TagCondition]
    ContactFlowTypeCondition: X[ContactFlowTypeCondition]

class ContactFlowSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]
    FlowAttributeFilter: X[ContactFlowAttributeFilter]

class ContactFlowSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[ContactFlowSearchCriteria]]
    AndConditions: L[Xi[ContactFlowSearchCriteria]]
    StringCondition: X[StringCondition]
    TypeCondition: S
    StateCondition: S
    StatusCondition: S

SearchContactFlowsParameters = TypedDict(
    "SearchContactFlowsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[ContactFlowSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[ContactFlowSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class SearchContactsTimeRange(TypedDict, total=False):
    Type: S
    StartTime: T
    EndTime: T

class NameCriteria(TypedDict, total=False):
    SearchText: L[Si]
    MatchType: S

class AgentHierarchyGroups(TypedDict, total=False):
    L1Ids: L[Si]
    L2Ids: L[Si]
    L3Ids: L[Si]
    L4Ids: L[Si]
    L5Ids: L[Si]

class TranscriptCriteria(TypedDict, total=False):
    ParticipantRole: S
    SearchText: L[Si]
    MatchType: S

class Transcript(TypedDict, total=False):
    Criteria: L[Xi[TranscriptCriteria]]
    MatchType: S

class ContactAnalysis(TypedDict, total=False):
    Transcript: X[Transcript]

class SearchableAgentCriteriaStep(TypedDict, total=False):
    AgentIds: L[Si]
    MatchType: S

class SearchableRoutingCriteriaStep(TypedDict, total=False):
    AgentCriteria: X[SearchableAgentCriteriaStep]

class SearchableRoutingCriteria(TypedDict, total=False):
    Steps: L[Xi[SearchableRoutingCriteriaStep]]

class SearchContactsTimestampCondition(TypedDict, total=False):
    Type: S
    ConditionType: S

class SearchContactsAdditionalTimeRangeCriteria(TypedDict, total=False):
    TimeRange: X[SearchContactsTimeRange]
    TimestampCondition: X[SearchContactsTimestampCondition]

class SearchContactsAdditionalTimeRange(TypedDict, total=False):
    Criteria: L[Xi[SearchContactsAdditionalTimeRangeCriteria]]
    MatchType: S

class SearchableContactAttributesCriteria(TypedDict, total=False):
    Key: S
    Values: L[Si]

class SearchableContactAttributes(TypedDict, total=False):
    Criteria: L[Xi[SearchableContactAttributesCriteria]]
    MatchType: S

class SearchableSegmentAttributesCriteria(TypedDict, total=False):
    Key: S
    Values: L[Si]

class SearchableSegmentAttributes(TypedDict, total=False):
    Criteria: L[Xi[SearchableSegmentAttributesCriteria]]
    MatchType: S

class AiAgentSearchCriteria(TypedDict, total=False):
    Id: S
    VersionNumber: I
    AiAgentEscalated: B
    AiUseCase: S

class AiAgentsCriteria(TypedDict, total=False):
    Criteria: L[Xi[AiAgentSearchCriteria]]

class SearchCriteria(TypedDict, total=False):
    Name: X[NameCriteria]
    AgentIds: L[Si]
    AgentHierarchyGroups: X[AgentHierarchyGroups]
    Channels: L[Si]
    ContactAnalysis: X[ContactAnalysis]
    InitiationMethods: L[Si]
    QueueIds: L[Si]
    RoutingCriteria: X[SearchableRoutingCriteria]
    AdditionalTimeRange: X[SearchContactsAdditionalTimeRange]
    SearchableContactAttributes: X[SearchableContactAttributes]
    SearchableSegmentAttributes: X[SearchableSegmentAttributes]
    ActiveRegions: L[Si]
    ContactTags: X[ControlPlaneTagFilter]
    AiAgents: X[AiAgentsCriteria]

class Sort(TypedDict, total=False):
    FieldName: S
    Order: S

SearchContactsParameters = TypedDict(
    "SearchContactsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TimeRange": X[SearchContactsTimeRange],
        "TimeRange.$": str,
        "SearchCriteria": X[SearchCriteria],
        "SearchCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[Sort],
        "Sort.$": str,
    },
    total=False,
)

class DataTableSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class DataTableSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[DataTableSearchCriteria]]
    AndConditions: L[Xi[DataTableSearchCriteria]]
    StringCondition: X[StringCondition]

SearchDataTablesParameters = TypedDict(
    "SearchDataTablesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[DataTableSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[DataTableSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class EmailAddressSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[EmailAddressSearchCriteria]]
    AndConditions: L[Xi[EmailAddressSearchCriteria]]
    StringCondition: X[StringCondition]

class EmailAddressSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

SearchEmailAddressesParameters = TypedDict(
    "SearchEmailAddressesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchCriteria": X[EmailAddressSearchCriteria],
        "SearchCriteria.$": str,
        "SearchFilter": X[EmailAddressSearchFilter],
        "SearchFilter.$": str,
    },
    total=False,
)

class EvaluationFormSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[EvaluationFormSearchCriteria]]
    AndConditions: L[Xi[EvaluationFormSearchCriteria]]
    StringCondition: X[StringCondition]
    NumberCondition: X[NumberCondition]
    BooleanCondition: X[BooleanCondition]
    DateTimeCondition: X[DateTimeCondition]

class EvaluationFormSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

SearchEvaluationFormsParameters = TypedDict(
    "SearchEvaluationFormsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchCriteria": X[EvaluationFormSearchCriteria],
        "SearchCriteria.$": str,
        "SearchFilter": X[EvaluationFormSearchFilter],
        "SearchFilter.$": str,
    },
    total=False,
)

class HoursOfOperationSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class DateCondition(TypedDict, total=False):
    FieldName: S
    Value: S
    ComparisonType: S

class HoursOfOperationOverrideSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[HoursOfOperationOverrideSearchCriteria]]
    AndConditions: L[Xi[HoursOfOperationOverrideSearchCriteria]]
    StringCondition: X[StringCondition]
    DateCondition: X[DateCondition]

SearchHoursOfOperationOverridesParameters = TypedDict(
    "SearchHoursOfOperationOverridesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[HoursOfOperationSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[HoursOfOperationOverrideSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class HoursOfOperationSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[HoursOfOperationSearchCriteria]]
    AndConditions: L[Xi[HoursOfOperationSearchCriteria]]
    StringCondition: X[StringCondition]

SearchHoursOfOperationsParameters = TypedDict(
    "SearchHoursOfOperationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[HoursOfOperationSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[HoursOfOperationSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class MetricSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class MetricSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[MetricSearchCriteria]]
    AndConditions: L[Xi[MetricSearchCriteria]]
    StringCondition: X[StringCondition]
    BooleanCondition: X[BooleanCondition]

SearchMetricsParameters = TypedDict(
    "SearchMetricsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[MetricSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[MetricSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class NotificationSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class NotificationSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[NotificationSearchCriteria]]
    AndConditions: L[Xi[NotificationSearchCriteria]]
    StringCondition: X[StringCondition]

SearchNotificationsParameters = TypedDict(
    "SearchNotificationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[NotificationSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[NotificationSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class PredefinedAttributeSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[PredefinedAttributeSearchCriteria]]
    AndConditions: L[Xi[PredefinedAttributeSearchCriteria]]
    StringCondition: X[StringCondition]

SearchPredefinedAttributesParameters = TypedDict(
    "SearchPredefinedAttributesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchCriteria": X[PredefinedAttributeSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class PromptSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class PromptSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[PromptSearchCriteria]]
    AndConditions: L[Xi[PromptSearchCriteria]]
    StringCondition: X[StringCondition]

SearchPromptsParameters = TypedDict(
    "SearchPromptsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[PromptSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[PromptSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class QueueSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class QueueSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[QueueSearchCriteria]]
    AndConditions: L[Xi[QueueSearchCriteria]]
    StringCondition: X[StringCondition]
    QueueTypeCondition: S

SearchQueuesParameters = TypedDict(
    "SearchQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[QueueSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[QueueSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class QuickConnectSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class QuickConnectSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[QuickConnectSearchCriteria]]
    AndConditions: L[Xi[QuickConnectSearchCriteria]]
    StringCondition: X[StringCondition]

SearchQuickConnectsParameters = TypedDict(
    "SearchQuickConnectsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[QuickConnectSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[QuickConnectSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class TagSearchCondition(TypedDict, total=False):
    TagKey: S
    TagValue: S
    TagKeyComparisonType: S
    TagValueComparisonType: S

class ResourceTagsSearchCriteria(TypedDict, total=False):
    TagSearchCondition: X[TagSearchCondition]

SearchResourceTagsParameters = TypedDict(
    "SearchResourceTagsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchCriteria": X[ResourceTagsSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class RoutingProfileSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class RoutingProfileSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[RoutingProfileSearchCriteria]]
    AndConditions: L[Xi[RoutingProfileSearchCriteria]]
    StringCondition: X[StringCondition]

SearchRoutingProfilesParameters = TypedDict(
    "SearchRoutingProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[RoutingProfileSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[RoutingProfileSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class RulesSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[RulesSearchCriteria]]
    AndConditions: L[Xi[RulesSearchCriteria]]
    StringCondition: X[StringCondition]

class RuleAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]

class RuleAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[RuleAttributeAndCondition]]
    AndCondition: X[RuleAttributeAndCondition]
    TagCondition: X[TagCondition]

class RulesSearchFilter(TypedDict, total=False):
    AttributeFilter: X[RuleAttributeFilter]

SearchRulesParameters = TypedDict(
    "SearchRulesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchCriteria": X[RulesSearchCriteria],
        "SearchCriteria.$": str,
        "SearchFilter": X[RulesSearchFilter],
        "SearchFilter.$": str,
    },
    total=False,
)

class SecurityProfileSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[SecurityProfileSearchCriteria]]
    AndConditions: L[Xi[SecurityProfileSearchCriteria]]
    StringCondition: X[StringCondition]

class SecurityProfilesSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

SearchSecurityProfilesParameters = TypedDict(
    "SearchSecurityProfilesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchCriteria": X[SecurityProfileSearchCriteria],
        "SearchCriteria.$": str,
        "SearchFilter": X[SecurityProfilesSearchFilter],
        "SearchFilter.$": str,
    },
    total=False,
)

class TestCaseSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]

class TestCaseSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[TestCaseSearchCriteria]]
    AndConditions: L[Xi[TestCaseSearchCriteria]]
    StringCondition: X[StringCondition]
    StatusCondition: S

SearchTestCasesParameters = TypedDict(
    "SearchTestCasesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[TestCaseSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[TestCaseSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class UserHierarchyGroupSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class UserHierarchyGroupSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[UserHierarchyGroupSearchCriteria]]
    AndConditions: L[Xi[UserHierarchyGroupSearchCriteria]]
    StringCondition: X[StringCondition]

SearchUserHierarchyGroupsParameters = TypedDict(
    "SearchUserHierarchyGroupsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[UserHierarchyGroupSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[UserHierarchyGroupSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class HierarchyGroupCondition(TypedDict, total=False):
    Value: S
    HierarchyGroupMatchType: S

class AttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]
    HierarchyGroupCondition: X[HierarchyGroupCondition]

class ControlPlaneUserAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[AttributeAndCondition]]
    AndCondition: X[AttributeAndCondition]
    TagCondition: X[TagCondition]
    HierarchyGroupCondition: X[HierarchyGroupCondition]

class UserSearchFilter(TypedDict, total=False):
    TagFilter: X[ControlPlaneTagFilter]
    UserAttributeFilter: X[ControlPlaneUserAttributeFilter]

class Condition(TypedDict, total=False):
    StringCondition: X[StringCondition]
    NumberCondition: X[NumberCondition]

class ListCondition(TypedDict, total=False):
    TargetListType: S
    Conditions: L[Xi[Condition]]

class UserSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[UserSearchCriteria]]
    AndConditions: L[Xi[UserSearchCriteria]]
    StringCondition: X[StringCondition]
    ListCondition: X[ListCondition]
    HierarchyGroupCondition: X[HierarchyGroupCondition]

SearchUsersParameters = TypedDict(
    "SearchUsersParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[UserSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[UserSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class ViewSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class ViewSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[ViewSearchCriteria]]
    AndConditions: L[Xi[ViewSearchCriteria]]
    StringCondition: X[StringCondition]
    ViewTypeCondition: S
    ViewStatusCondition: S

SearchViewsParameters = TypedDict(
    "SearchViewsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[ViewSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[ViewSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)
SearchVocabulariesParameters = TypedDict(
    "SearchVocabulariesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
        "NameStartsWith": S,
        "NameStartsWith.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)

class WorkspaceAssociationSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class WorkspaceAssociationSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[WorkspaceAssociationSearchCriteria]]
    AndConditions: L[Xi[WorkspaceAssociationSearchCriteria]]
    StringCondition: X[StringCondition]

SearchWorkspaceAssociationsParameters = TypedDict(
    "SearchWorkspaceAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[WorkspaceAssociationSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[WorkspaceAssociationSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class WorkspaceSearchFilter(TypedDict, total=False):
    AttributeFilter: X[ControlPlaneAttributeFilter]

class WorkspaceSearchCriteria(TypedDict, total=False):
    OrConditions: L[Xi[WorkspaceSearchCriteria]]
    AndConditions: L[Xi[WorkspaceSearchCriteria]]
    StringCondition: X[StringCondition]

SearchWorkspacesParameters = TypedDict(
    "SearchWorkspacesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SearchFilter": X[WorkspaceSearchFilter],
        "SearchFilter.$": str,
        "SearchCriteria": X[WorkspaceSearchCriteria],
        "SearchCriteria.$": str,
    },
    total=False,
)

class ChatEvent(TypedDict, total=False):
    Type: S
    ContentType: S
    Content: S

class ParticipantDetails(TypedDict, total=False):
    DisplayName: S

class ChatStreamingConfiguration(TypedDict, total=False):
    StreamingEndpointArn: S

class NewSessionDetails(TypedDict, total=False):
    SupportedMessagingContentTypes: L[Si]
    ParticipantDetails: X[ParticipantDetails]
    Attributes: M[S]
    StreamingConfiguration: X[ChatStreamingConfiguration]

SendChatIntegrationEventParameters = TypedDict(
    "SendChatIntegrationEventParameters",
    {
        "SourceId": S,
        "SourceId.$": str,
        "DestinationId": S,
        "DestinationId.$": str,
        "Subtype": S,
        "Subtype.$": str,
        "Event": X[ChatEvent],
        "Event.$": str,
        "NewSessionDetails": X[NewSessionDetails],
        "NewSessionDetails.$": str,
    },
    total=False,
)

class EmailAddressInfo(TypedDict, total=False):
    EmailAddress: S
    DisplayName: S

class OutboundAdditionalRecipients(TypedDict, total=False):
    CcEmailAddresses: L[Xi[EmailAddressInfo]]

class TemplateAttributes(TypedDict, total=False):
    CustomAttributes: M[S]
    CustomerProfileAttributes: S

class TemplatedMessageConfig(TypedDict, total=False):
    KnowledgeBaseId: S
    MessageTemplateId: S
    TemplateAttributes: X[TemplateAttributes]

class OutboundRawMessage(TypedDict, total=False):
    Subject: S
    Body: S
    ContentType: S

class OutboundEmailContent(TypedDict, total=False):
    MessageSourceType: S
    TemplatedMessageConfig: X[TemplatedMessageConfig]
    RawMessage: X[OutboundRawMessage]

class SourceCampaign(TypedDict, total=False):
    CampaignId: S
    OutboundRequestId: S

SendOutboundEmailParameters = TypedDict(
    "SendOutboundEmailParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FromEmailAddress": X[EmailAddressInfo],
        "FromEmailAddress.$": str,
        "DestinationEmailAddress": X[EmailAddressInfo],
        "DestinationEmailAddress.$": str,
        "AdditionalRecipients": X[OutboundAdditionalRecipients],
        "AdditionalRecipients.$": str,
        "EmailMessage": X[OutboundEmailContent],
        "EmailMessage.$": str,
        "TrafficType": S,
        "TrafficType.$": str,
        "SourceCampaign": X[SourceCampaign],
        "SourceCampaign.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class WebNotificationSource(TypedDict, total=False):
    SourceCampaign: X[SourceCampaign]

class WidgetDestination(TypedDict, total=False):
    WidgetId: S
    ProfileId: S

class RecommenderConfig(TypedDict, total=False):
    DomainName: S
    RecommenderName: S
    Context: M[S]

class ContentAttributes(TypedDict, total=False):
    RecommenderConfig: X[RecommenderConfig]

class WebNotificationContent(TypedDict, total=False):
    Type: S
    ViewArn: S
    Attributes: X[ContentAttributes]

SendOutboundWebNotificationParameters = TypedDict(
    "SendOutboundWebNotificationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "BrowserId": S,
        "BrowserId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
        "Source": X[WebNotificationSource],
        "Source.$": str,
        "Destination": X[WidgetDestination],
        "Destination.$": str,
        "Content": X[WebNotificationContent],
        "Content.$": str,
    },
    total=False,
)

class AiAgentInput(TypedDict, total=False):
    AiAgentId: S

class ChatMessage(TypedDict, total=False):
    ContentType: S
    Content: S

class PersistentChat(TypedDict, total=False):
    RehydrationType: S
    SourceContactId: S

StartAssistantContactParameters = TypedDict(
    "StartAssistantContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AiAgent": X[AiAgentInput],
        "AiAgent.$": str,
        "ParticipantDetails": X[ParticipantDetails],
        "ParticipantDetails.$": str,
        "InitialMessage": X[ChatMessage],
        "InitialMessage.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PersistentChat": X[PersistentChat],
        "PersistentChat.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
    },
    total=False,
)

class CreatedByInfo(TypedDict, total=False):
    ConnectUserArn: S
    AwsIdentityArn: S

StartAttachedFileUploadParameters = TypedDict(
    "StartAttachedFileUploadParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "FileName": S,
        "FileName.$": str,
        "FileSizeInBytes": I,
        "FileSizeInBytes.$": str,
        "UrlExpiryInSeconds": I,
        "UrlExpiryInSeconds.$": str,
        "FileUseCaseType": S,
        "FileUseCaseType.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
        "CreatedBy": X[CreatedByInfo],
        "CreatedBy.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ParticipantConfiguration(TypedDict, total=False):
    ResponseMode: S

StartChatContactParameters = TypedDict(
    "StartChatContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "ParticipantDetails": X[ParticipantDetails],
        "ParticipantDetails.$": str,
        "ParticipantConfiguration": X[ParticipantConfiguration],
        "ParticipantConfiguration.$": str,
        "InitialMessage": X[ChatMessage],
        "InitialMessage.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ChatDurationInMinutes": I,
        "ChatDurationInMinutes.$": str,
        "SupportedMessagingContentTypes": L[Si],
        "SupportedMessagingContentTypes.$": str,
        "PersistentChat": X[PersistentChat],
        "PersistentChat.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "CustomerId": S,
        "CustomerId.$": str,
        "DisconnectOnCustomerExit": L[Si],
        "DisconnectOnCustomerExit.$": str,
        "ConnectionTypes": L[Si],
        "ConnectionTypes.$": str,
        "ChatStreamingConfiguration": X[ChatStreamingConfiguration],
        "ChatStreamingConfiguration.$": str,
    },
    total=False,
)

class LanguageConfiguration(TypedDict, total=False):
    LanguageLocale: S

class RedactionConfiguration(TypedDict, total=False):
    Behavior: S
    Policy: S
    Entities: L[Si]
    MaskMode: S

class SentimentConfiguration(TypedDict, total=False):
    Behavior: S

class SummaryConfiguration(TypedDict, total=False):
    SummaryModes: L[Si]

class RulesConfiguration(TypedDict, total=False):
    Behavior: S

class AnalyticsConfiguration(TypedDict, total=False):
    LanguageConfiguration: X[LanguageConfiguration]
    RedactionConfiguration: X[RedactionConfiguration]
    SentimentConfiguration: X[SentimentConfiguration]
    SummaryConfiguration: X[SummaryConfiguration]
    RulesConfiguration: X[RulesConfiguration]

StartContactConversationalAnalyticsJobParameters = TypedDict(
    "StartContactConversationalAnalyticsJobParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "AnalyticsModes": L[Si],
        "AnalyticsModes.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfiguration],
        "AnalyticsConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EvaluationContactParticipant(TypedDict, total=False):
    ContactParticipantRole: S
    ContactParticipantId: S

class AutoEvaluationConfiguration(TypedDict, total=False):
    Enabled: B

StartContactEvaluationParameters = TypedDict(
    "StartContactEvaluationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "ContactParticipant": X[EvaluationContactParticipant],
        "ContactParticipant.$": str,
        "AutoEvaluationConfiguration": X[AutoEvaluationConfiguration],
        "AutoEvaluationConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartContactMediaProcessingParameters = TypedDict(
    "StartContactMediaProcessingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ProcessorArn": S,
        "ProcessorArn.$": str,
        "FailureMode": S,
        "FailureMode.$": str,
    },
    total=False,
)

class VoiceRecordingConfiguration(TypedDict, total=False):
    VoiceRecordingTrack: S
    IvrRecordingTrack: S

StartContactRecordingParameters = TypedDict(
    "StartContactRecordingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "InitialContactId": S,
        "InitialContactId.$": str,
        "VoiceRecordingConfiguration": X[VoiceRecordingConfiguration],
        "VoiceRecordingConfiguration.$": str,
    },
    total=False,
)
StartContactStreamingParameters = TypedDict(
    "StartContactStreamingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ChatStreamingConfiguration": X[ChatStreamingConfiguration],
        "ChatStreamingConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class InboundRawMessage(TypedDict, total=False):
    Subject: S
    Body: S
    ContentType: S
    Headers: M[S]

class InboundEmailContent(TypedDict, total=False):
    MessageSourceType: S
    RawMessage: X[InboundRawMessage]

class InboundAdditionalRecipients(TypedDict, total=False):
    ToAddresses: L[Xi[EmailAddressInfo]]
    CcAddresses: L[Xi[EmailAddressInfo]]

class EmailAttachment(TypedDict, total=False):
    FileName: S
    S3Url: S

StartEmailContactParameters = TypedDict(
    "StartEmailContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FromEmailAddress": X[EmailAddressInfo],
        "FromEmailAddress.$": str,
        "DestinationEmailAddress": S,
        "DestinationEmailAddress.$": str,
        "Description": S,
        "Description.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "Name": S,
        "Name.$": str,
        "EmailMessage": X[InboundEmailContent],
        "EmailMessage.$": str,
        "AdditionalRecipients": X[InboundAdditionalRecipients],
        "AdditionalRecipients.$": str,
        "Attachments": L[Xi[EmailAttachment]],
        "Attachments.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartEvaluationFormValidationParameters = TypedDict(
    "StartEvaluationFormValidationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
    },
    total=False,
)
StartOutboundChatContactParameters = TypedDict(
    "StartOutboundChatContactParameters",
    {
        "SourceEndpoint": X[Endpoint],
        "SourceEndpoint.$": str,
        "DestinationEndpoint": X[Endpoint],
        "DestinationEndpoint.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "ChatDurationInMinutes": I,
        "ChatDurationInMinutes.$": str,
        "ParticipantDetails": X[ParticipantDetails],
        "ParticipantDetails.$": str,
        "InitialSystemMessage": X[ChatMessage],
        "InitialSystemMessage.$": str,
        "InitialTemplatedSystemMessage": X[TemplatedMessageConfig],
        "InitialTemplatedSystemMessage.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "SupportedMessagingContentTypes": L[Si],
        "SupportedMessagingContentTypes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartOutboundEmailContactParameters = TypedDict(
    "StartOutboundEmailContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "FromEmailAddress": X[EmailAddressInfo],
        "FromEmailAddress.$": str,
        "DestinationEmailAddress": X[EmailAddressInfo],
        "DestinationEmailAddress.$": str,
        "AdditionalRecipients": X[OutboundAdditionalRecipients],
        "AdditionalRecipients.$": str,
        "EmailMessage": X[OutboundEmailContent],
        "EmailMessage.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AnswerMachineDetectionConfig(TypedDict, total=False):
    EnableAnswerMachineDetection: B
    AwaitAnswerMachinePrompt: B

StartOutboundVoiceContactParameters = TypedDict(
    "StartOutboundVoiceContactParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourcePhoneNumber": S,
        "SourcePhoneNumber.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "AnswerMachineDetectionConfig": X[AnswerMachineDetectionConfig],
        "AnswerMachineDetectionConfig.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "TrafficType": S,
        "TrafficType.$": str,
        "OutboundStrategy": X[OutboundStrategy],
        "OutboundStrategy.$": str,
        "RingTimeoutInSeconds": I,
        "RingTimeoutInSeconds.$": str,
    },
    total=False,
)
StartScreenSharingParameters = TypedDict(
    "StartScreenSharingParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
    },
    total=False,
)

class TaskAttachment(TypedDict, total=False):
    FileName: S
    S3Url: S

StartTaskContactParameters = TypedDict(
    "StartTaskContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "PreviousContactId": S,
        "PreviousContactId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Name": S,
        "Name.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ScheduledTime": T,
        "ScheduledTime.$": str,
        "TaskTemplateId": S,
        "TaskTemplateId.$": str,
        "QuickConnectId": S,
        "QuickConnectId.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "Attachments": L[Xi[TaskAttachment]],
        "Attachments.$": str,
    },
    total=False,
)
StartTestCaseExecutionParameters = TypedDict(
    "StartTestCaseExecutionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AllowedCapabilities(TypedDict, total=False):
    Customer: X[ParticipantCapabilities]
    Agent: X[ParticipantCapabilities]

StartWebRTCContactParameters = TypedDict(
    "StartWebRTCContactParameters",
    {
        "Attributes": M[S],
        "Attributes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AllowedCapabilities": X[AllowedCapabilities],
        "AllowedCapabilities.$": str,
        "ParticipantDetails": X[ParticipantDetails],
        "ParticipantDetails.$": str,
        "RelatedContactId": S,
        "RelatedContactId.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "Description": S,
        "Description.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
    },
    total=False,
)

class DisconnectReason(TypedDict, total=False):
    Code: S

StopContactParameters = TypedDict(
    "StopContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "DisconnectReason": X[DisconnectReason],
        "DisconnectReason.$": str,
    },
    total=False,
)
StopContactMediaProcessingParameters = TypedDict(
    "StopContactMediaProcessingParameters",
    {"InstanceId": S, "InstanceId.$": str, "ContactId": S, "ContactId.$": str},
    total=False,
)
StopContactRecordingParameters = TypedDict(
    "StopContactRecordingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "InitialContactId": S,
        "InitialContactId.$": str,
        "ContactRecordingType": S,
        "ContactRecordingType.$": str,
    },
    total=False,
)
StopContactStreamingParameters = TypedDict(
    "StopContactStreamingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "StreamingId": S,
        "StreamingId.$": str,
    },
    total=False,
)
StopTestCaseExecutionParameters = TypedDict(
    "StopTestCaseExecutionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseExecutionId": S,
        "TestCaseExecutionId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EvaluationAnswerData(TypedDict, total=False):
    StringValue: S
    NumericValue: F
    StringValues: L[Si]
    DateTimeValue: S
    NotApplicable: B

class EvaluationAnswerInput(TypedDict, total=False):
    Value: X[EvaluationAnswerData]

class EvaluationNote(TypedDict, total=False):
    Value: S

class EvaluatorUserUnion(TypedDict, total=False):
    ConnectUserArn: S

SubmitContactEvaluationParameters = TypedDict(
    "SubmitContactEvaluationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationId": S,
        "EvaluationId.$": str,
        "Answers": M[X[EvaluationAnswerInput]],
        "Answers.$": str,
        "Notes": M[X[EvaluationNote]],
        "Notes.$": str,
        "SubmittedBy": X[EvaluatorUserUnion],
        "SubmittedBy.$": str,
    },
    total=False,
)
SuspendContactRecordingParameters = TypedDict(
    "SuspendContactRecordingParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "InitialContactId": S,
        "InitialContactId.$": str,
        "ContactRecordingType": S,
        "ContactRecordingType.$": str,
    },
    total=False,
)
TagContactParameters = TypedDict(
    "TagContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TransferContactParameters = TypedDict(
    "TransferContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UntagContactParameters = TypedDict(
    "UntagContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAgentStatusParameters = TypedDict(
    "UpdateAgentStatusParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AgentStatusId": S,
        "AgentStatusId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "State": S,
        "State.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
        "ResetOrderNumber": B,
        "ResetOrderNumber.$": str,
    },
    total=False,
)

class AllowedExtension(TypedDict, total=False):
    Extension: S

class ExtensionConfiguration(TypedDict, total=False):
    AllowedExtensions: L[Xi[AllowedExtension]]

UpdateAttachedFilesConfigurationParameters = TypedDict(
    "UpdateAttachedFilesConfigurationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AttachmentScope": S,
        "AttachmentScope.$": str,
        "MaximumSizeLimitInBytes": I,
        "MaximumSizeLimitInBytes.$": str,
        "ExtensionConfiguration": X[ExtensionConfiguration],
        "ExtensionConfiguration.$": str,
    },
    total=False,
)
UpdateAuthenticationProfileParameters = TypedDict(
    "UpdateAuthenticationProfileParameters",
    {
        "AuthenticationProfileId": S,
        "AuthenticationProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AllowedIps": L[Si],
        "AllowedIps.$": str,
        "BlockedIps": L[Si],
        "BlockedIps.$": str,
        "PeriodicSessionDuration": I,
        "PeriodicSessionDuration.$": str,
        "SessionInactivityDuration": I,
        "SessionInactivityDuration.$": str,
        "SessionInactivityHandlingEnabled": B,
        "SessionInactivityHandlingEnabled.$": str,
    },
    total=False,
)

class QueueInfoInput(TypedDict, total=False):
    Id: S

class NullableAdditionalRecipients(TypedDict, total=False):
    CcEmailAddresses: L[Xi[EmailAddressInfo]]

UpdateContactParameters = TypedDict(
    "UpdateContactParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "References": M[X[Reference]],
        "References.$": str,
        "SegmentAttributes": M[X[SegmentAttributeValue]],
        "SegmentAttributes.$": str,
        "QueueInfo": X[QueueInfoInput],
        "QueueInfo.$": str,
        "UserInfo": X[UserInfo],
        "UserInfo.$": str,
        "CustomerEndpoint": X[Endpoint],
        "CustomerEndpoint.$": str,
        "SystemEndpoint": X[Endpoint],
        "SystemEndpoint.$": str,
        "AdditionalRecipients": X[NullableAdditionalRecipients],
        "AdditionalRecipients.$": str,
    },
    total=False,
)
UpdateContactAttributesParameters = TypedDict(
    "UpdateContactAttributesParameters",
    {
        "InitialContactId": S,
        "InitialContactId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
UpdateContactEvaluationParameters = TypedDict(
    "UpdateContactEvaluationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationId": S,
        "EvaluationId.$": str,
        "Answers": M[X[EvaluationAnswerInput]],
        "Answers.$": str,
        "Notes": M[X[EvaluationNote]],
        "Notes.$": str,
        "UpdatedBy": X[EvaluatorUserUnion],
        "UpdatedBy.$": str,
    },
    total=False,
)
UpdateContactFlowAliasParameters = TypedDict(
    "UpdateContactFlowAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowVersion": I,
        "ContactFlowVersion.$": str,
    },
    total=False,
)
UpdateContactFlowContentParameters = TypedDict(
    "UpdateContactFlowContentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "Content": S,
        "Content.$": str,
    },
    total=False,
)
UpdateContactFlowMetadataParameters = TypedDict(
    "UpdateContactFlowMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowState": S,
        "ContactFlowState.$": str,
    },
    total=False,
)
UpdateContactFlowModuleAliasParameters = TypedDict(
    "UpdateContactFlowModuleAliasParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowModuleVersion": I,
        "ContactFlowModuleVersion.$": str,
    },
    total=False,
)
UpdateContactFlowModuleContentParameters = TypedDict(
    "UpdateContactFlowModuleContentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "Content": S,
        "Content.$": str,
        "Settings": S,
        "Settings.$": str,
    },
    total=False,
)
UpdateContactFlowModuleMetadataParameters = TypedDict(
    "UpdateContactFlowModuleMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowModuleId": S,
        "ContactFlowModuleId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
UpdateContactFlowNameParameters = TypedDict(
    "UpdateContactFlowNameParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class RoutingCriteriaInputStepExpiry(TypedDict, total=False):
    DurationInSeconds: I

class Range(TypedDict, total=False):
    MinProficiencyLevel: F
    MaxProficiencyLevel: F

class AgentsCriteria(TypedDict, total=False):
    AgentIds: L[Si]

class MatchCriteria(TypedDict, total=False):
    AgentsCriteria: X[AgentsCriteria]

class AttributeCondition(TypedDict, total=False):
    Name: S
    Value: S
    ProficiencyLevel: F
    Range: X[Range]
    MatchCriteria: X[MatchCriteria]
    ComparisonOperator: S

class Expression(TypedDict, total=False):
    AttributeCondition: X[AttributeCondition]
    AndExpression: L[Xi[Expression]]
    OrExpression: L[Xi[Expression]]
    NotAttributeCondition: X[AttributeCondition]

class RoutingCriteriaInputStep(TypedDict, total=False):
    Expiry: X[RoutingCriteriaInputStepExpiry]
    Expression: X[Expression]

class RoutingCriteriaInput(TypedDict, total=False):
    Steps: L[Xi[RoutingCriteriaInputStep]]

UpdateContactRoutingDataParameters = TypedDict(
    "UpdateContactRoutingDataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "QueueTimeAdjustmentSeconds": I,
        "QueueTimeAdjustmentSeconds.$": str,
        "QueuePriority": I,
        "QueuePriority.$": str,
        "RoutingCriteria": X[RoutingCriteriaInput],
        "RoutingCriteria.$": str,
    },
    total=False,
)
UpdateContactScheduleParameters = TypedDict(
    "UpdateContactScheduleParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ScheduledTime": T,
        "ScheduledTime.$": str,
    },
    total=False,
)
UpdateContactTaskTemplateParameters = TypedDict(
    "UpdateContactTaskTemplateParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TaskTemplateId": S,
        "TaskTemplateId.$": str,
        "ContactId": S,
        "ContactId.$": str,
    },
    total=False,
)
UpdateCrossRegionRoutingParameters = TypedDict(
    "UpdateCrossRegionRoutingParameters",
    {"InstanceId": S, "InstanceId.$": str, "IsolatedAll": B, "IsolatedAll.$": str},
    total=False,
)
UpdateDataTableAttributeParameters = TypedDict(
    "UpdateDataTableAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "Name": S,
        "Name.$": str,
        "ValueType": S,
        "ValueType.$": str,
        "Description": S,
        "Description.$": str,
        "Primary": B,
        "Primary.$": str,
        "Validation": X[Validation],
        "Validation.$": str,
    },
    total=False,
)
UpdateDataTableMetadataParameters = TypedDict(
    "UpdateDataTableMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ValueLockLevel": S,
        "ValueLockLevel.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
    },
    total=False,
)
UpdateDataTablePrimaryValuesParameters = TypedDict(
    "UpdateDataTablePrimaryValuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "DataTableId": S,
        "DataTableId.$": str,
        "PrimaryValues": L[Xi[PrimaryValue]],
        "PrimaryValues.$": str,
        "NewPrimaryValues": L[Xi[PrimaryValue]],
        "NewPrimaryValues.$": str,
        "LockVersion": X[DataTableLockVersion],
        "LockVersion.$": str,
    },
    total=False,
)
UpdateEmailAddressMetadataParameters = TypedDict(
    "UpdateEmailAddressMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EmailAddressId": S,
        "EmailAddressId.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateEvaluationFormParameters = TypedDict(
    "UpdateEvaluationFormParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EvaluationFormId": S,
        "EvaluationFormId.$": str,
        "EvaluationFormVersion": I,
        "EvaluationFormVersion.$": str,
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Items": L[Xi[EvaluationFormItem]],
        "Items.$": str,
        "ScoringStrategy": X[EvaluationFormScoringStrategy],
        "ScoringStrategy.$": str,
        "AutoEvaluationConfiguration": X[EvaluationFormAutoEvaluationConfiguration],
        "AutoEvaluationConfiguration.$": str,
        "ReviewConfiguration": X[EvaluationReviewConfiguration],
        "ReviewConfiguration.$": str,
        "AsDraft": B,
        "AsDraft.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetConfiguration": X[EvaluationFormTargetConfiguration],
        "TargetConfiguration.$": str,
        "LanguageConfiguration": X[EvaluationFormLanguageConfiguration],
        "LanguageConfiguration.$": str,
        "AiVersion": S,
        "AiVersion.$": str,
    },
    total=False,
)
UpdateExtractionDefinitionParameters = TypedDict(
    "UpdateExtractionDefinitionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExtractionDefinitionId": S,
        "ExtractionDefinitionId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "ExtractionConfiguration": X[ExtractionConfiguration],
        "ExtractionConfiguration.$": str,
        "Display": X[ExtractionDefinitionDisplay],
        "Display.$": str,
    },
    total=False,
)
UpdateHoursOfOperationParameters = TypedDict(
    "UpdateHoursOfOperationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "Config": L[Xi[HoursOfOperationConfig]],
        "Config.$": str,
    },
    total=False,
)
UpdateHoursOfOperationOverrideParameters = TypedDict(
    "UpdateHoursOfOperationOverrideParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
        "HoursOfOperationOverrideId": S,
        "HoursOfOperationOverrideId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Config": L[Xi[HoursOfOperationOverrideConfig]],
        "Config.$": str,
        "EffectiveFrom": S,
        "EffectiveFrom.$": str,
        "EffectiveTill": S,
        "EffectiveTill.$": str,
        "RecurrenceConfig": X[RecurrenceConfig],
        "RecurrenceConfig.$": str,
        "OverrideType": S,
        "OverrideType.$": str,
    },
    total=False,
)
UpdateInstanceAttributeParameters = TypedDict(
    "UpdateInstanceAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AttributeType": S,
        "AttributeType.$": str,
        "Value": S,
        "Value.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateInstanceStorageConfigParameters = TypedDict(
    "UpdateInstanceStorageConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "StorageConfig": X[InstanceStorageConfig],
        "StorageConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateMetricContentParameters = TypedDict(
    "UpdateMetricContentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MetricId": S,
        "MetricId.$": str,
        "MetricCalculation": X[MetricCalculation],
        "MetricCalculation.$": str,
        "Unit": S,
        "Unit.$": str,
        "PositiveTrendIndicator": S,
        "PositiveTrendIndicator.$": str,
    },
    total=False,
)
UpdateMetricMetadataParameters = TypedDict(
    "UpdateMetricMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MetricId": S,
        "MetricId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateNotificationContentParameters = TypedDict(
    "UpdateNotificationContentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NotificationId": S,
        "NotificationId.$": str,
        "Content": M[S],
        "Content.$": str,
    },
    total=False,
)

class UpdateOutboundRawMessage(TypedDict, total=False):
    Body: S
    ContentType: S

class UpdateOutboundEmailContent(TypedDict, total=False):
    MessageSourceType: S
    RawMessage: X[UpdateOutboundRawMessage]

UpdateOutboundEmailContactMessageParameters = TypedDict(
    "UpdateOutboundEmailContactMessageParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "EmailMessage": X[UpdateOutboundEmailContent],
        "EmailMessage.$": str,
    },
    total=False,
)
UpdateParticipantAuthenticationParameters = TypedDict(
    "UpdateParticipantAuthenticationParameters",
    {
        "State": S,
        "State.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Code": S,
        "Code.$": str,
        "Error": S,
        "Error.$": str,
        "ErrorDescription": S,
        "ErrorDescription.$": str,
    },
    total=False,
)

class ParticipantTimerValue(TypedDict, total=False):
    ParticipantTimerAction: S
    ParticipantTimerDurationInMinutes: I

class ParticipantTimerConfiguration(TypedDict, total=False):
    ParticipantRole: S
    TimerType: S
    TimerValue: X[ParticipantTimerValue]

class ChatParticipantRoleConfig(TypedDict, total=False):
    ParticipantTimerConfigList: L[Xi[ParticipantTimerConfiguration]]

class UpdateParticipantRoleConfigChannelInfo(TypedDict, total=False):
    Chat: X[ChatParticipantRoleConfig]

UpdateParticipantRoleConfigParameters = TypedDict(
    "UpdateParticipantRoleConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "ChannelConfiguration": X[UpdateParticipantRoleConfigChannelInfo],
        "ChannelConfiguration.$": str,
    },
    total=False,
)
UpdatePhoneNumberParameters = TypedDict(
    "UpdatePhoneNumberParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePhoneNumberMetadataParameters = TypedDict(
    "UpdatePhoneNumberMetadataParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "PhoneNumberDescription": S,
        "PhoneNumberDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePredefinedAttributeParameters = TypedDict(
    "UpdatePredefinedAttributeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Values": X[PredefinedAttributeValues],
        "Values.$": str,
        "Purposes": L[Si],
        "Purposes.$": str,
        "AttributeConfiguration": X[InputPredefinedAttributeConfiguration],
        "AttributeConfiguration.$": str,
    },
    total=False,
)
UpdatePromptParameters = TypedDict(
    "UpdatePromptParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "PromptId": S,
        "PromptId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "S3Uri": S,
        "S3Uri.$": str,
    },
    total=False,
)
UpdateQueueHoursOfOperationParameters = TypedDict(
    "UpdateQueueHoursOfOperationParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "HoursOfOperationId": S,
        "HoursOfOperationId.$": str,
    },
    total=False,
)
UpdateQueueMaxContactsParameters = TypedDict(
    "UpdateQueueMaxContactsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "MaxContacts": I,
        "MaxContacts.$": str,
    },
    total=False,
)
UpdateQueueNameParameters = TypedDict(
    "UpdateQueueNameParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateQueueOutboundCallerConfigParameters = TypedDict(
    "UpdateQueueOutboundCallerConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "OutboundCallerConfig": X[OutboundCallerConfig],
        "OutboundCallerConfig.$": str,
    },
    total=False,
)
UpdateQueueOutboundEmailConfigParameters = TypedDict(
    "UpdateQueueOutboundEmailConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "OutboundEmailConfig": X[OutboundEmailConfig],
        "OutboundEmailConfig.$": str,
    },
    total=False,
)
UpdateQueueStatusParameters = TypedDict(
    "UpdateQueueStatusParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateQuickConnectConfigParameters = TypedDict(
    "UpdateQuickConnectConfigParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QuickConnectId": S,
        "QuickConnectId.$": str,
        "QuickConnectConfig": X[QuickConnectConfig],
        "QuickConnectConfig.$": str,
    },
    total=False,
)
UpdateQuickConnectNameParameters = TypedDict(
    "UpdateQuickConnectNameParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "QuickConnectId": S,
        "QuickConnectId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateRoutingProfileAgentAvailabilityTimerParameters = TypedDict(
    "UpdateRoutingProfileAgentAvailabilityTimerParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "AgentAvailabilityTimer": S,
        "AgentAvailabilityTimer.$": str,
    },
    total=False,
)
UpdateRoutingProfileConcurrencyParameters = TypedDict(
    "UpdateRoutingProfileConcurrencyParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "MediaConcurrencies": L[Xi[MediaConcurrency]],
        "MediaConcurrencies.$": str,
    },
    total=False,
)
UpdateRoutingProfileDefaultOutboundQueueParameters = TypedDict(
    "UpdateRoutingProfileDefaultOutboundQueueParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "DefaultOutboundQueueId": S,
        "DefaultOutboundQueueId.$": str,
    },
    total=False,
)
UpdateRoutingProfileNameParameters = TypedDict(
    "UpdateRoutingProfileNameParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateRoutingProfileQueuesParameters = TypedDict(
    "UpdateRoutingProfileQueuesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "QueueConfigs": L[Xi[RoutingProfileQueueConfig]],
        "QueueConfigs.$": str,
    },
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Function": S,
        "Function.$": str,
        "Actions": L[Xi[RuleAction]],
        "Actions.$": str,
        "PublishStatus": S,
        "PublishStatus.$": str,
        "PreEvaluationFilters": X[PreEvaluationFilters],
        "PreEvaluationFilters.$": str,
    },
    total=False,
)
UpdateSecurityProfileParameters = TypedDict(
    "UpdateSecurityProfileParameters",
    {
        "Description": S,
        "Description.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "SecurityProfileId": S,
        "SecurityProfileId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AllowedAccessControlTags": M[S],
        "AllowedAccessControlTags.$": str,
        "TagRestrictedResources": L[Si],
        "TagRestrictedResources.$": str,
        "Applications": L[Xi[Application]],
        "Applications.$": str,
        "HierarchyRestrictedResources": L[Si],
        "HierarchyRestrictedResources.$": str,
        "AllowedAccessControlHierarchyGroupId": S,
        "AllowedAccessControlHierarchyGroupId.$": str,
        "AllowedFlowModules": L[Xi[FlowModule]],
        "AllowedFlowModules.$": str,
        "AllowedAIAgents": L[Xi[AIAgent]],
        "AllowedAIAgents.$": str,
        "GranularAccessControlConfiguration": X[GranularAccessControlConfiguration],
        "GranularAccessControlConfiguration.$": str,
    },
    total=False,
)
UpdateTaskTemplateParameters = TypedDict(
    "UpdateTaskTemplateParameters",
    {
        "TaskTemplateId": S,
        "TaskTemplateId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContactFlowId": S,
        "ContactFlowId.$": str,
        "SelfAssignFlowId": S,
        "SelfAssignFlowId.$": str,
        "ContactHooks": X[TaskTemplateContactHooks],
        "ContactHooks.$": str,
        "Constraints": X[TaskTemplateConstraints],
        "Constraints.$": str,
        "Defaults": X[TaskTemplateDefaults],
        "Defaults.$": str,
        "Status": S,
        "Status.$": str,
        "Fields": L[Xi[TaskTemplateField]],
        "Fields.$": str,
    },
    total=False,
)
UpdateTestCaseParameters = TypedDict(
    "UpdateTestCaseParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "Content": S,
        "Content.$": str,
        "EntryPoint": X[TestCaseEntryPoint],
        "EntryPoint.$": str,
        "InitializationData": S,
        "InitializationData.$": str,
        "SyntheticCustomerConfiguration": X[SyntheticCustomerConfiguration],
        "SyntheticCustomerConfiguration.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "LastModifiedTime": T,
        "LastModifiedTime.$": str,
        "LastModifiedRegion": S,
        "LastModifiedRegion.$": str,
    },
    total=False,
)

class Distribution(TypedDict, total=False):
    Region: S
    Percentage: I

class TelephonyConfig(TypedDict, total=False):
    Distributions: L[Xi[Distribution]]

class SignInDistribution(TypedDict, total=False):
    Region: S
    Enabled: B

class SignInConfig(TypedDict, total=False):
    Distributions: L[Xi[SignInDistribution]]

class AgentConfig(TypedDict, total=False):
    Distributions: L[Xi[Distribution]]

UpdateTrafficDistributionParameters = TypedDict(
    "UpdateTrafficDistributionParameters",
    {
        "Id": S,
        "Id.$": str,
        "TelephonyConfig": X[TelephonyConfig],
        "TelephonyConfig.$": str,
        "SignInConfig": X[SignInConfig],
        "SignInConfig.$": str,
        "AgentConfig": X[AgentConfig],
        "AgentConfig.$": str,
    },
    total=False,
)
UpdateUserConfigParameters = TypedDict(
    "UpdateUserConfigParameters",
    {
        "AutoAcceptConfigs": L[Xi[AutoAcceptConfig]],
        "AutoAcceptConfigs.$": str,
        "AfterContactWorkConfigs": L[Xi[AfterContactWorkConfigPerChannel]],
        "AfterContactWorkConfigs.$": str,
        "PhoneNumberConfigs": L[Xi[PhoneNumberConfig]],
        "PhoneNumberConfigs.$": str,
        "PersistentConnectionConfigs": L[Xi[PersistentConnectionConfig]],
        "PersistentConnectionConfigs.$": str,
        "VoiceEnhancementConfigs": L[Xi[VoiceEnhancementConfig]],
        "VoiceEnhancementConfigs.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserHierarchyParameters = TypedDict(
    "UpdateUserHierarchyParameters",
    {
        "HierarchyGroupId": S,
        "HierarchyGroupId.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserHierarchyGroupNameParameters = TypedDict(
    "UpdateUserHierarchyGroupNameParameters",
    {
        "Name": S,
        "Name.$": str,
        "HierarchyGroupId": S,
        "HierarchyGroupId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)

class HierarchyLevelUpdate(TypedDict, total=False):
    Name: S

class HierarchyStructureUpdate(TypedDict, total=False):
    LevelOne: X[HierarchyLevelUpdate]
    LevelTwo: X[HierarchyLevelUpdate]
    LevelThree: X[HierarchyLevelUpdate]
    LevelFour: X[HierarchyLevelUpdate]
    LevelFive: X[HierarchyLevelUpdate]

UpdateUserHierarchyStructureParameters = TypedDict(
    "UpdateUserHierarchyStructureParameters",
    {
        "HierarchyStructure": X[HierarchyStructureUpdate],
        "HierarchyStructure.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserIdentityInfoParameters = TypedDict(
    "UpdateUserIdentityInfoParameters",
    {
        "IdentityInfo": X[UserIdentityInfo],
        "IdentityInfo.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserNotificationStatusParameters = TypedDict(
    "UpdateUserNotificationStatusParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NotificationId": S,
        "NotificationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Status": S,
        "Status.$": str,
        "LastModifiedTime": T,
        "LastModifiedTime.$": str,
        "LastModifiedRegion": S,
        "LastModifiedRegion.$": str,
    },
    total=False,
)
UpdateUserPhoneConfigParameters = TypedDict(
    "UpdateUserPhoneConfigParameters",
    {
        "PhoneConfig": X[UserPhoneConfig],
        "PhoneConfig.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserProficienciesParameters = TypedDict(
    "UpdateUserProficienciesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserProficiencies": L[Xi[UserProficiency]],
        "UserProficiencies.$": str,
    },
    total=False,
)
UpdateUserRoutingProfileParameters = TypedDict(
    "UpdateUserRoutingProfileParameters",
    {
        "RoutingProfileId": S,
        "RoutingProfileId.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateUserSecurityProfilesParameters = TypedDict(
    "UpdateUserSecurityProfilesParameters",
    {
        "SecurityProfileIds": L[Si],
        "SecurityProfileIds.$": str,
        "UserId": S,
        "UserId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
UpdateViewContentParameters = TypedDict(
    "UpdateViewContentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ViewId": S,
        "ViewId.$": str,
        "Status": S,
        "Status.$": str,
        "Content": X[ViewInputContent],
        "Content.$": str,
    },
    total=False,
)
UpdateViewMetadataParameters = TypedDict(
    "UpdateViewMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ViewId": S,
        "ViewId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateWorkspaceMetadataParameters = TypedDict(
    "UpdateWorkspaceMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Title": S,
        "Title.$": str,
    },
    total=False,
)
UpdateWorkspacePageParameters = TypedDict(
    "UpdateWorkspacePageParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Page": S,
        "Page.$": str,
        "NewPage": S,
        "NewPage.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Slug": S,
        "Slug.$": str,
        "InputData": S,
        "InputData.$": str,
    },
    total=False,
)
UpdateWorkspaceThemeParameters = TypedDict(
    "UpdateWorkspaceThemeParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Theme": X[WorkspaceTheme],
        "Theme.$": str,
    },
    total=False,
)
UpdateWorkspaceVisibilityParameters = TypedDict(
    "UpdateWorkspaceVisibilityParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
activate_evaluation_form: Builder[ActivateEvaluationFormParameters]
associate_analytics_data_set: Builder[AssociateAnalyticsDataSetParameters]
associate_approved_origin: Builder[AssociateApprovedOriginParameters]
associate_bot: Builder[AssociateBotParameters]
associate_contact_with_user: Builder[AssociateContactWithUserParameters]
associate_default_vocabulary: Builder[AssociateDefaultVocabularyParameters]
associate_email_address_alias: Builder[AssociateEmailAddressAliasParameters]
associate_flow: Builder[AssociateFlowParameters]
associate_hours_of_operations: Builder[AssociateHoursOfOperationsParameters]
associate_instance_storage_config: Builder[AssociateInstanceStorageConfigParameters]
associate_lambda_function: Builder[AssociateLambdaFunctionParameters]
associate_lex_bot: Builder[AssociateLexBotParameters]
associate_phone_number_contact_flow: Builder[AssociatePhoneNumberContactFlowParameters]
associate_queue_email_addresses: Builder[AssociateQueueEmailAddressesParameters]
associate_queue_quick_connects: Builder[AssociateQueueQuickConnectsParameters]
associate_routing_profile_queues: Builder[AssociateRoutingProfileQueuesParameters]
associate_security_key: Builder[AssociateSecurityKeyParameters]
associate_security_profiles: Builder[AssociateSecurityProfilesParameters]
associate_traffic_distribution_group_user: Builder[AssociateTrafficDistributionGroupUserParameters]
associate_user_proficiencies: Builder[AssociateUserProficienciesParameters]
associate_workspace: Builder[AssociateWorkspaceParameters]
batch_associate_analytics_data_set: Builder[BatchAssociateAnalyticsDataSetParameters]
batch_create_data_table_value: Builder[BatchCreateDataTableValueParameters]
batch_delete_data_table_value: Builder[BatchDeleteDataTableValueParameters]
batch_describe_data_table_value: Builder[BatchDescribeDataTableValueParameters]
batch_disassociate_analytics_data_set: Builder[BatchDisassociateAnalyticsDataSetParameters]
batch_get_attached_file_metadata: Builder[BatchGetAttachedFileMetadataParameters]
batch_get_flow_association: Builder[BatchGetFlowAssociationParameters]
batch_put_contact: Builder[BatchPutContactParameters]
batch_update_data_table_value: Builder[BatchUpdateDataTableValueParameters]
claim_phone_number: Builder[ClaimPhoneNumberParameters]
complete_attached_file_upload: Builder[CompleteAttachedFileUploadParameters]
create_agent_status: Builder[CreateAgentStatusParameters]
create_attached_file: Builder[CreateAttachedFileParameters]
create_auth_code: Builder[CreateAuthCodeParameters]
create_contact: Builder[CreateContactParameters]
create_contact_flow: Builder[CreateContactFlowParameters]
create_contact_flow_alias: Builder[CreateContactFlowAliasParameters]
create_contact_flow_module: Builder[CreateContactFlowModuleParameters]
create_contact_flow_module_alias: Builder[CreateContactFlowModuleAliasParameters]
create_contact_flow_module_version: Builder[CreateContactFlowModuleVersionParameters]
create_contact_flow_version: Builder[CreateContactFlowVersionParameters]
create_data_table: Builder[CreateDataTableParameters]
create_data_table_attribute: Builder[CreateDataTableAttributeParameters]
create_email_address: Builder[CreateEmailAddressParameters]
create_evaluation_form: Builder[CreateEvaluationFormParameters]
create_extraction_definition: Builder[CreateExtractionDefinitionParameters]
create_hours_of_operation: Builder[CreateHoursOfOperationParameters]
create_hours_of_operation_override: Builder[CreateHoursOfOperationOverrideParameters]
create_instance: Builder[CreateInstanceParameters]
create_integration_association: Builder[CreateIntegrationAssociationParameters]
create_metric: Builder[CreateMetricParameters]
create_notification: Builder[CreateNotificationParameters]
create_participant: Builder[CreateParticipantParameters]
create_persistent_contact_association: Builder[CreatePersistentContactAssociationParameters]
create_predefined_attribute: Builder[CreatePredefinedAttributeParameters]
create_prompt: Builder[CreatePromptParameters]
create_push_notification_registration: Builder[CreatePushNotificationRegistrationParameters]
create_queue: Builder[CreateQueueParameters]
create_quick_connect: Builder[CreateQuickConnectParameters]
create_routing_profile: Builder[CreateRoutingProfileParameters]
create_rule: Builder[CreateRuleParameters]
create_security_profile: Builder[CreateSecurityProfileParameters]
create_task_template: Builder[CreateTaskTemplateParameters]
create_test_case: Builder[CreateTestCaseParameters]
create_traffic_distribution_group: Builder[CreateTrafficDistributionGroupParameters]
create_use_case: Builder[CreateUseCaseParameters]
create_user: Builder[CreateUserParameters]
create_user_hierarchy_group: Builder[CreateUserHierarchyGroupParameters]
create_view: Builder[CreateViewParameters]
create_view_version: Builder[CreateViewVersionParameters]
create_vocabulary: Builder[CreateVocabularyParameters]
create_workspace: Builder[CreateWorkspaceParameters]
create_workspace_page: Builder[CreateWorkspacePageParameters]
deactivate_evaluation_form: Builder[DeactivateEvaluationFormParameters]
delete_all_entity_sessions: Builder[DeleteAllEntitySessionsParameters]
delete_attached_file: Builder[DeleteAttachedFileParameters]
delete_contact_data: Builder[DeleteContactDataParameters]
delete_contact_evaluation: Builder[DeleteContactEvaluationParameters]
delete_contact_flow: Builder[DeleteContactFlowParameters]
delete_contact_flow_alias: Builder[DeleteContactFlowAliasParameters]
delete_contact_flow_module: Builder[DeleteContactFlowModuleParameters]
delete_contact_flow_module_alias: Builder[DeleteContactFlowModuleAliasParameters]
delete_contact_flow_module_version: Builder[DeleteContactFlowModuleVersionParameters]
delete_contact_flow_version: Builder[DeleteContactFlowVersionParameters]
delete_data_table: Builder[DeleteDataTableParameters]
delete_data_table_attribute: Builder[DeleteDataTableAttributeParameters]
delete_email_address: Builder[DeleteEmailAddressParameters]
delete_evaluation_form: Builder[DeleteEvaluationFormParameters]
delete_extraction_definition: Builder[DeleteExtractionDefinitionParameters]
delete_hours_of_operation: Builder[DeleteHoursOfOperationParameters]
delete_hours_of_operation_override: Builder[DeleteHoursOfOperationOverrideParameters]
delete_instance: Builder[DeleteInstanceParameters]
delete_integration_association: Builder[DeleteIntegrationAssociationParameters]
delete_metric: Builder[DeleteMetricParameters]
delete_notification: Builder[DeleteNotificationParameters]
delete_predefined_attribute: Builder[DeletePredefinedAttributeParameters]
delete_prompt: Builder[DeletePromptParameters]
delete_push_notification_registration: Builder[DeletePushNotificationRegistrationParameters]
delete_queue: Builder[DeleteQueueParameters]
delete_quick_connect: Builder[DeleteQuickConnectParameters]
delete_routing_profile: Builder[DeleteRoutingProfileParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_security_profile: Builder[DeleteSecurityProfileParameters]
delete_session: Builder[DeleteSessionParameters]
delete_task_template: Builder[DeleteTaskTemplateParameters]
delete_test_case: Builder[DeleteTestCaseParameters]
delete_traffic_distribution_group: Builder[DeleteTrafficDistributionGroupParameters]
delete_use_case: Builder[DeleteUseCaseParameters]
delete_user: Builder[DeleteUserParameters]
delete_user_hierarchy_group: Builder[DeleteUserHierarchyGroupParameters]
delete_view: Builder[DeleteViewParameters]
delete_view_version: Builder[DeleteViewVersionParameters]
delete_vocabulary: Builder[DeleteVocabularyParameters]
delete_workspace: Builder[DeleteWorkspaceParameters]
delete_workspace_media: Builder[DeleteWorkspaceMediaParameters]
delete_workspace_page: Builder[DeleteWorkspacePageParameters]
describe_agent_status: Builder[DescribeAgentStatusParameters]
describe_attached_files_configuration: Builder[DescribeAttachedFilesConfigurationParameters]
describe_authentication_profile: Builder[DescribeAuthenticationProfileParameters]
describe_contact: Builder[DescribeContactParameters]
describe_contact_evaluation: Builder[DescribeContactEvaluationParameters]
describe_contact_flow: Builder[DescribeContactFlowParameters]
describe_contact_flow_alias: Builder[DescribeContactFlowAliasParameters]
describe_contact_flow_module: Builder[DescribeContactFlowModuleParameters]
describe_contact_flow_module_alias: Builder[DescribeContactFlowModuleAliasParameters]
describe_data_table: Builder[DescribeDataTableParameters]
describe_data_table_attribute: Builder[DescribeDataTableAttributeParameters]
describe_email_address: Builder[DescribeEmailAddressParameters]
describe_evaluation_form: Builder[DescribeEvaluationFormParameters]
describe_extraction_definition: Builder[DescribeExtractionDefinitionParameters]
describe_hours_of_operation: Builder[DescribeHoursOfOperationParameters]
describe_hours_of_operation_override: Builder[DescribeHoursOfOperationOverrideParameters]
describe_instance: Builder[DescribeInstanceParameters]
describe_instance_attribute: Builder[DescribeInstanceAttributeParameters]
describe_instance_storage_config: Builder[DescribeInstanceStorageConfigParameters]
describe_metric: Builder[DescribeMetricParameters]
describe_notification: Builder[DescribeNotificationParameters]
describe_phone_number: Builder[DescribePhoneNumberParameters]
describe_predefined_attribute: Builder[DescribePredefinedAttributeParameters]
describe_prompt: Builder[DescribePromptParameters]
describe_queue: Builder[DescribeQueueParameters]
describe_quick_connect: Builder[DescribeQuickConnectParameters]
describe_routing_profile: Builder[DescribeRoutingProfileParameters]
describe_rule: Builder[DescribeRuleParameters]
describe_security_profile: Builder[DescribeSecurityProfileParameters]
describe_test_case: Builder[DescribeTestCaseParameters]
describe_traffic_distribution_group: Builder[DescribeTrafficDistributionGroupParameters]
describe_user: Builder[DescribeUserParameters]
describe_user_hierarchy_group: Builder[DescribeUserHierarchyGroupParameters]
describe_user_hierarchy_structure: Builder[DescribeUserHierarchyStructureParameters]
describe_view: Builder[DescribeViewParameters]
describe_vocabulary: Builder[DescribeVocabularyParameters]
describe_workspace: Builder[DescribeWorkspaceParameters]
disassociate_analytics_data_set: Builder[DisassociateAnalyticsDataSetParameters]
disassociate_approved_origin: Builder[DisassociateApprovedOriginParameters]
disassociate_bot: Builder[DisassociateBotParameters]
disassociate_email_address_alias: Builder[DisassociateEmailAddressAliasParameters]
disassociate_flow: Builder[DisassociateFlowParameters]
disassociate_hours_of_operations: Builder[DisassociateHoursOfOperationsParameters]
disassociate_instance_storage_config: Builder[DisassociateInstanceStorageConfigParameters]
disassociate_lambda_function: Builder[DisassociateLambdaFunctionParameters]
disassociate_lex_bot: Builder[DisassociateLexBotParameters]
disassociate_phone_number_contact_flow: Builder[DisassociatePhoneNumberContactFlowParameters]
disassociate_queue_email_addresses: Builder[DisassociateQueueEmailAddressesParameters]
disassociate_queue_quick_connects: Builder[DisassociateQueueQuickConnectsParameters]
disassociate_routing_profile_queues: Builder[DisassociateRoutingProfileQueuesParameters]
disassociate_security_key: Builder[DisassociateSecurityKeyParameters]
disassociate_security_profiles: Builder[DisassociateSecurityProfilesParameters]
disassociate_traffic_distribution_group_user: Builder[
    DisassociateTrafficDistributionGroupUserParameters
]
disassociate_user_proficiencies: Builder[DisassociateUserProficienciesParameters]
disassociate_workspace: Builder[DisassociateWorkspaceParameters]
dismiss_user_contact: Builder[DismissUserContactParameters]
evaluate_data_table_values: Builder[EvaluateDataTableValuesParameters]
get_attached_file: Builder[GetAttachedFileParameters]
get_contact_attributes: Builder[GetContactAttributesParameters]
get_contact_metrics: Builder[GetContactMetricsParameters]
get_cross_region_routing: Builder[GetCrossRegionRoutingParameters]
get_current_metric_data: Builder[GetCurrentMetricDataParameters]
get_current_user_data: Builder[GetCurrentUserDataParameters]
get_effective_hours_of_operations: Builder[GetEffectiveHoursOfOperationsParameters]
get_evaluation_form_validation: Builder[GetEvaluationFormValidationParameters]
get_federation_token: Builder[GetFederationTokenParameters]
get_flow_association: Builder[GetFlowAssociationParameters]
get_metric_data: Builder[GetMetricDataParameters]
get_metric_data_v2: Builder[GetMetricDataV2Parameters]
get_prompt_file: Builder[GetPromptFileParameters]
get_task_template: Builder[GetTaskTemplateParameters]
get_test_case_execution_summary: Builder[GetTestCaseExecutionSummaryParameters]
get_traffic_distribution: Builder[GetTrafficDistributionParameters]
import_phone_number: Builder[ImportPhoneNumberParameters]
import_workspace_media: Builder[ImportWorkspaceMediaParameters]
list_agent_statuses: Builder[ListAgentStatusesParameters]
list_analytics_data_associations: Builder[ListAnalyticsDataAssociationsParameters]
list_analytics_data_lake_data_sets: Builder[ListAnalyticsDataLakeDataSetsParameters]
list_approved_origins: Builder[ListApprovedOriginsParameters]
list_associated_contacts: Builder[ListAssociatedContactsParameters]
list_attached_files_configurations: Builder[ListAttachedFilesConfigurationsParameters]
list_authentication_profiles: Builder[ListAuthenticationProfilesParameters]
list_bots: Builder[ListBotsParameters]
list_child_hours_of_operations: Builder[ListChildHoursOfOperationsParameters]
list_contact_evaluations: Builder[ListContactEvaluationsParameters]
list_contact_flow_aliases: Builder[ListContactFlowAliasesParameters]
list_contact_flow_module_aliases: Builder[ListContactFlowModuleAliasesParameters]
list_contact_flow_module_versions: Builder[ListContactFlowModuleVersionsParameters]
list_contact_flow_modules: Builder[ListContactFlowModulesParameters]
list_contact_flow_versions: Builder[ListContactFlowVersionsParameters]
list_contact_flows: Builder[ListContactFlowsParameters]
list_contact_references: Builder[ListContactReferencesParameters]
list_data_table_attributes: Builder[ListDataTableAttributesParameters]
list_data_table_primary_values: Builder[ListDataTablePrimaryValuesParameters]
list_data_table_values: Builder[ListDataTableValuesParameters]
list_data_tables: Builder[ListDataTablesParameters]
list_default_vocabularies: Builder[ListDefaultVocabulariesParameters]
list_entity_security_profiles: Builder[ListEntitySecurityProfilesParameters]
list_evaluation_form_ai_versions: Builder[ListEvaluationFormAIVersionsParameters]
list_evaluation_form_versions: Builder[ListEvaluationFormVersionsParameters]
list_evaluation_forms: Builder[ListEvaluationFormsParameters]
list_extraction_definitions: Builder[ListExtractionDefinitionsParameters]
list_flow_associations: Builder[ListFlowAssociationsParameters]
list_hours_of_operation_overrides: Builder[ListHoursOfOperationOverridesParameters]
list_hours_of_operations: Builder[ListHoursOfOperationsParameters]
list_instance_attributes: Builder[ListInstanceAttributesParameters]
list_instance_storage_configs: Builder[ListInstanceStorageConfigsParameters]
list_instances: Builder[ListInstancesParameters]
list_integration_associations: Builder[ListIntegrationAssociationsParameters]
list_lambda_functions: Builder[ListLambdaFunctionsParameters]
list_lex_bots: Builder[ListLexBotsParameters]
list_metrics: Builder[ListMetricsParameters]
list_notifications: Builder[ListNotificationsParameters]
list_phone_numbers: Builder[ListPhoneNumbersParameters]
list_phone_numbers_v2: Builder[ListPhoneNumbersV2Parameters]
list_predefined_attributes: Builder[ListPredefinedAttributesParameters]
list_prompts: Builder[ListPromptsParameters]
list_queue_email_addresses: Builder[ListQueueEmailAddressesParameters]
list_queue_quick_connects: Builder[ListQueueQuickConnectsParameters]
list_queues: Builder[ListQueuesParameters]
list_quick_connects: Builder[ListQuickConnectsParameters]
list_realtime_contact_analysis_segments_v2: Builder[ListRealtimeContactAnalysisSegmentsV2Parameters]
list_replication_findings: Builder[ListReplicationFindingsParameters]
list_routing_profile_manual_assignment_queues: Builder[
    ListRoutingProfileManualAssignmentQueuesParameters
]
list_routing_profile_queues: Builder[ListRoutingProfileQueuesParameters]
list_routing_profiles: Builder[ListRoutingProfilesParameters]
list_rules: Builder[ListRulesParameters]
list_security_keys: Builder[ListSecurityKeysParameters]
list_security_profile_ai_agents: Builder[ListSecurityProfileAIAgentsParameters]
list_security_profile_applications: Builder[ListSecurityProfileApplicationsParameters]
list_security_profile_flow_modules: Builder[ListSecurityProfileFlowModulesParameters]
list_security_profile_permissions: Builder[ListSecurityProfilePermissionsParameters]
list_security_profiles: Builder[ListSecurityProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_task_templates: Builder[ListTaskTemplatesParameters]
list_test_case_execution_records: Builder[ListTestCaseExecutionRecordsParameters]
list_test_case_executions: Builder[ListTestCaseExecutionsParameters]
list_test_cases: Builder[ListTestCasesParameters]
list_traffic_distribution_group_users: Builder[ListTrafficDistributionGroupUsersParameters]
list_traffic_distribution_groups: Builder[ListTrafficDistributionGroupsParameters]
list_use_cases: Builder[ListUseCasesParameters]
list_user_hierarchy_groups: Builder[ListUserHierarchyGroupsParameters]
list_user_notifications: Builder[ListUserNotificationsParameters]
list_user_proficiencies: Builder[ListUserProficienciesParameters]
list_users: Builder[ListUsersParameters]
list_view_versions: Builder[ListViewVersionsParameters]
list_views: Builder[ListViewsParameters]
list_workspace_media: Builder[ListWorkspaceMediaParameters]
list_workspace_pages: Builder[ListWorkspacePagesParameters]
list_workspaces: Builder[ListWorkspacesParameters]
monitor_contact: Builder[MonitorContactParameters]
pause_contact: Builder[PauseContactParameters]
put_user_status: Builder[PutUserStatusParameters]
release_phone_number: Builder[ReleasePhoneNumberParameters]
replicate_instance: Builder[ReplicateInstanceParameters]
resume_contact: Builder[ResumeContactParameters]
resume_contact_recording: Builder[ResumeContactRecordingParameters]
search_agent_statuses: Builder[SearchAgentStatusesParameters]
search_available_phone_numbers: Builder[SearchAvailablePhoneNumbersParameters]
search_contact_evaluations: Builder[SearchContactEvaluationsParameters]
search_contact_flow_modules: Builder[SearchContactFlowModulesParameters]
search_contact_flows: Builder[SearchContactFlowsParameters]
search_contacts: Builder[SearchContactsParameters]
search_data_tables: Builder[SearchDataTablesParameters]
search_email_addresses: Builder[SearchEmailAddressesParameters]
search_evaluation_forms: Builder[SearchEvaluationFormsParameters]
search_hours_of_operation_overrides: Builder[SearchHoursOfOperationOverridesParameters]
search_hours_of_operations: Builder[SearchHoursOfOperationsParameters]
search_metrics: Builder[SearchMetricsParameters]
search_notifications: Builder[SearchNotificationsParameters]
search_predefined_attributes: Builder[SearchPredefinedAttributesParameters]
search_prompts: Builder[SearchPromptsParameters]
search_queues: Builder[SearchQueuesParameters]
search_quick_connects: Builder[SearchQuickConnectsParameters]
search_resource_tags: Builder[SearchResourceTagsParameters]
search_routing_profiles: Builder[SearchRoutingProfilesParameters]
search_rules: Builder[SearchRulesParameters]
search_security_profiles: Builder[SearchSecurityProfilesParameters]
search_test_cases: Builder[SearchTestCasesParameters]
search_user_hierarchy_groups: Builder[SearchUserHierarchyGroupsParameters]
search_users: Builder[SearchUsersParameters]
search_views: Builder[SearchViewsParameters]
search_vocabularies: Builder[SearchVocabulariesParameters]
search_workspace_associations: Builder[SearchWorkspaceAssociationsParameters]
search_workspaces: Builder[SearchWorkspacesParameters]
send_chat_integration_event: Builder[SendChatIntegrationEventParameters]
send_outbound_email: Builder[SendOutboundEmailParameters]
send_outbound_web_notification: Builder[SendOutboundWebNotificationParameters]
start_assistant_contact: Builder[StartAssistantContactParameters]
start_attached_file_upload: Builder[StartAttachedFileUploadParameters]
start_chat_contact: Builder[StartChatContactParameters]
start_contact_conversational_analytics_job: Builder[
    StartContactConversationalAnalyticsJobParameters
]
start_contact_evaluation: Builder[StartContactEvaluationParameters]
start_contact_media_processing: Builder[StartContactMediaProcessingParameters]
start_contact_recording: Builder[StartContactRecordingParameters]
start_contact_streaming: Builder[StartContactStreamingParameters]
start_email_contact: Builder[StartEmailContactParameters]
start_evaluation_form_validation: Builder[StartEvaluationFormValidationParameters]
start_outbound_chat_contact: Builder[StartOutboundChatContactParameters]
start_outbound_email_contact: Builder[StartOutboundEmailContactParameters]
start_outbound_voice_contact: Builder[StartOutboundVoiceContactParameters]
start_screen_sharing: Builder[StartScreenSharingParameters]
start_task_contact: Builder[StartTaskContactParameters]
start_test_case_execution: Builder[StartTestCaseExecutionParameters]
start_web_rtc_contact: Builder[StartWebRTCContactParameters]
stop_contact: Builder[StopContactParameters]
stop_contact_media_processing: Builder[StopContactMediaProcessingParameters]
stop_contact_recording: Builder[StopContactRecordingParameters]
stop_contact_streaming: Builder[StopContactStreamingParameters]
stop_test_case_execution: Builder[StopTestCaseExecutionParameters]
submit_contact_evaluation: Builder[SubmitContactEvaluationParameters]
suspend_contact_recording: Builder[SuspendContactRecordingParameters]
tag_contact: Builder[TagContactParameters]
tag_resource: Builder[TagResourceParameters]
transfer_contact: Builder[TransferContactParameters]
untag_contact: Builder[UntagContactParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_status: Builder[UpdateAgentStatusParameters]
update_attached_files_configuration: Builder[UpdateAttachedFilesConfigurationParameters]
update_authentication_profile: Builder[UpdateAuthenticationProfileParameters]
update_contact: Builder[UpdateContactParameters]
update_contact_attributes: Builder[UpdateContactAttributesParameters]
update_contact_evaluation: Builder[UpdateContactEvaluationParameters]
update_contact_flow_alias: Builder[UpdateContactFlowAliasParameters]
update_contact_flow_content: Builder[UpdateContactFlowContentParameters]
update_contact_flow_metadata: Builder[UpdateContactFlowMetadataParameters]
update_contact_flow_module_alias: Builder[UpdateContactFlowModuleAliasParameters]
update_contact_flow_module_content: Builder[UpdateContactFlowModuleContentParameters]
update_contact_flow_module_metadata: Builder[UpdateContactFlowModuleMetadataParameters]
update_contact_flow_name: Builder[UpdateContactFlowNameParameters]
update_contact_routing_data: Builder[UpdateContactRoutingDataParameters]
update_contact_schedule: Builder[UpdateContactScheduleParameters]
update_contact_task_template: Builder[UpdateContactTaskTemplateParameters]
update_cross_region_routing: Builder[UpdateCrossRegionRoutingParameters]
update_data_table_attribute: Builder[UpdateDataTableAttributeParameters]
update_data_table_metadata: Builder[UpdateDataTableMetadataParameters]
update_data_table_primary_values: Builder[UpdateDataTablePrimaryValuesParameters]
update_email_address_metadata: Builder[UpdateEmailAddressMetadataParameters]
update_evaluation_form: Builder[UpdateEvaluationFormParameters]
update_extraction_definition: Builder[UpdateExtractionDefinitionParameters]
update_hours_of_operation: Builder[UpdateHoursOfOperationParameters]
update_hours_of_operation_override: Builder[UpdateHoursOfOperationOverrideParameters]
update_instance_attribute: Builder[UpdateInstanceAttributeParameters]
update_instance_storage_config: Builder[UpdateInstanceStorageConfigParameters]
update_metric_content: Builder[UpdateMetricContentParameters]
update_metric_metadata: Builder[UpdateMetricMetadataParameters]
update_notification_content: Builder[UpdateNotificationContentParameters]
update_outbound_email_contact_message: Builder[UpdateOutboundEmailContactMessageParameters]
update_participant_authentication: Builder[UpdateParticipantAuthenticationParameters]
update_participant_role_config: Builder[UpdateParticipantRoleConfigParameters]
update_phone_number: Builder[UpdatePhoneNumberParameters]
update_phone_number_metadata: Builder[UpdatePhoneNumberMetadataParameters]
update_predefined_attribute: Builder[UpdatePredefinedAttributeParameters]
update_prompt: Builder[UpdatePromptParameters]
update_queue_hours_of_operation: Builder[UpdateQueueHoursOfOperationParameters]
update_queue_max_contacts: Builder[UpdateQueueMaxContactsParameters]
update_queue_name: Builder[UpdateQueueNameParameters]
update_queue_outbound_caller_config: Builder[UpdateQueueOutboundCallerConfigParameters]
update_queue_outbound_email_config: Builder[UpdateQueueOutboundEmailConfigParameters]
update_queue_status: Builder[UpdateQueueStatusParameters]
update_quick_connect_config: Builder[UpdateQuickConnectConfigParameters]
update_quick_connect_name: Builder[UpdateQuickConnectNameParameters]
update_routing_profile_agent_availability_timer: Builder[
    UpdateRoutingProfileAgentAvailabilityTimerParameters
]
update_routing_profile_concurrency: Builder[UpdateRoutingProfileConcurrencyParameters]
update_routing_profile_default_outbound_queue: Builder[
    UpdateRoutingProfileDefaultOutboundQueueParameters
]
update_routing_profile_name: Builder[UpdateRoutingProfileNameParameters]
update_routing_profile_queues: Builder[UpdateRoutingProfileQueuesParameters]
update_rule: Builder[UpdateRuleParameters]
update_security_profile: Builder[UpdateSecurityProfileParameters]
update_task_template: Builder[UpdateTaskTemplateParameters]
update_test_case: Builder[UpdateTestCaseParameters]
update_traffic_distribution: Builder[UpdateTrafficDistributionParameters]
update_user_config: Builder[UpdateUserConfigParameters]
update_user_hierarchy: Builder[UpdateUserHierarchyParameters]
update_user_hierarchy_group_name: Builder[UpdateUserHierarchyGroupNameParameters]
update_user_hierarchy_structure: Builder[UpdateUserHierarchyStructureParameters]
update_user_identity_info: Builder[UpdateUserIdentityInfoParameters]
update_user_notification_status: Builder[UpdateUserNotificationStatusParameters]
update_user_phone_config: Builder[UpdateUserPhoneConfigParameters]
update_user_proficiencies: Builder[UpdateUserProficienciesParameters]
update_user_routing_profile: Builder[UpdateUserRoutingProfileParameters]
update_user_security_profiles: Builder[UpdateUserSecurityProfilesParameters]
update_view_content: Builder[UpdateViewContentParameters]
update_view_metadata: Builder[UpdateViewMetadataParameters]
update_workspace_metadata: Builder[UpdateWorkspaceMetadataParameters]
update_workspace_page: Builder[UpdateWorkspacePageParameters]
update_workspace_theme: Builder[UpdateWorkspaceThemeParameters]
update_workspace_visibility: Builder[UpdateWorkspaceVisibilityParameters]

__all__ = [
    "activate_evaluation_form",
    "associate_analytics_data_set",
    "associate_approved_origin",
    "associate_bot",
    "associate_contact_with_user",
    "associate_default_vocabulary",
    "associate_email_address_alias",
    "associate_flow",
    "associate_hours_of_operations",
    "associate_instance_storage_config",
    "associate_lambda_function",
    "associate_lex_bot",
    "associate_phone_number_contact_flow",
    "associate_queue_email_addresses",
    "associate_queue_quick_connects",
    "associate_routing_profile_queues",
    "associate_security_key",
    "associate_security_profiles",
    "associate_traffic_distribution_group_user",
    "associate_user_proficiencies",
    "associate_workspace",
    "batch_associate_analytics_data_set",
    "batch_create_data_table_value",
    "batch_delete_data_table_value",
    "batch_describe_data_table_value",
    "batch_disassociate_analytics_data_set",
    "batch_get_attached_file_metadata",
    "batch_get_flow_association",
    "batch_put_contact",
    "batch_update_data_table_value",
    "claim_phone_number",
    "complete_attached_file_upload",
    "create_agent_status",
    "create_attached_file",
    "create_auth_code",
    "create_contact",
    "create_contact_flow",
    "create_contact_flow_alias",
    "create_contact_flow_module",
    "create_contact_flow_module_alias",
    "create_contact_flow_module_version",
    "create_contact_flow_version",
    "create_data_table",
    "create_data_table_attribute",
    "create_email_address",
    "create_evaluation_form",
    "create_extraction_definition",
    "create_hours_of_operation",
    "create_hours_of_operation_override",
    "create_instance",
    "create_integration_association",
    "create_metric",
    "create_notification",
    "create_participant",
    "create_persistent_contact_association",
    "create_predefined_attribute",
    "create_prompt",
    "create_push_notification_registration",
    "create_queue",
    "create_quick_connect",
    "create_routing_profile",
    "create_rule",
    "create_security_profile",
    "create_task_template",
    "create_test_case",
    "create_traffic_distribution_group",
    "create_use_case",
    "create_user",
    "create_user_hierarchy_group",
    "create_view",
    "create_view_version",
    "create_vocabulary",
    "create_workspace",
    "create_workspace_page",
    "deactivate_evaluation_form",
    "delete_all_entity_sessions",
    "delete_attached_file",
    "delete_contact_data",
    "delete_contact_evaluation",
    "delete_contact_flow",
    "delete_contact_flow_alias",
    "delete_contact_flow_module",
    "delete_contact_flow_module_alias",
    "delete_contact_flow_module_version",
    "delete_contact_flow_version",
    "delete_data_table",
    "delete_data_table_attribute",
    "delete_email_address",
    "delete_evaluation_form",
    "delete_extraction_definition",
    "delete_hours_of_operation",
    "delete_hours_of_operation_override",
    "delete_instance",
    "delete_integration_association",
    "delete_metric",
    "delete_notification",
    "delete_predefined_attribute",
    "delete_prompt",
    "delete_push_notification_registration",
    "delete_queue",
    "delete_quick_connect",
    "delete_routing_profile",
    "delete_rule",
    "delete_security_profile",
    "delete_session",
    "delete_task_template",
    "delete_test_case",
    "delete_traffic_distribution_group",
    "delete_use_case",
    "delete_user",
    "delete_user_hierarchy_group",
    "delete_view",
    "delete_view_version",
    "delete_vocabulary",
    "delete_workspace",
    "delete_workspace_media",
    "delete_workspace_page",
    "describe_agent_status",
    "describe_attached_files_configuration",
    "describe_authentication_profile",
    "describe_contact",
    "describe_contact_evaluation",
    "describe_contact_flow",
    "describe_contact_flow_alias",
    "describe_contact_flow_module",
    "describe_contact_flow_module_alias",
    "describe_data_table",
    "describe_data_table_attribute",
    "describe_email_address",
    "describe_evaluation_form",
    "describe_extraction_definition",
    "describe_hours_of_operation",
    "describe_hours_of_operation_override",
    "describe_instance",
    "describe_instance_attribute",
    "describe_instance_storage_config",
    "describe_metric",
    "describe_notification",
    "describe_phone_number",
    "describe_predefined_attribute",
    "describe_prompt",
    "describe_queue",
    "describe_quick_connect",
    "describe_routing_profile",
    "describe_rule",
    "describe_security_profile",
    "describe_test_case",
    "describe_traffic_distribution_group",
    "describe_user",
    "describe_user_hierarchy_group",
    "describe_user_hierarchy_structure",
    "describe_view",
    "describe_vocabulary",
    "describe_workspace",
    "disassociate_analytics_data_set",
    "disassociate_approved_origin",
    "disassociate_bot",
    "disassociate_email_address_alias",
    "disassociate_flow",
    "disassociate_hours_of_operations",
    "disassociate_instance_storage_config",
    "disassociate_lambda_function",
    "disassociate_lex_bot",
    "disassociate_phone_number_contact_flow",
    "disassociate_queue_email_addresses",
    "disassociate_queue_quick_connects",
    "disassociate_routing_profile_queues",
    "disassociate_security_key",
    "disassociate_security_profiles",
    "disassociate_traffic_distribution_group_user",
    "disassociate_user_proficiencies",
    "disassociate_workspace",
    "dismiss_user_contact",
    "evaluate_data_table_values",
    "get_attached_file",
    "get_contact_attributes",
    "get_contact_metrics",
    "get_cross_region_routing",
    "get_current_metric_data",
    "get_current_user_data",
    "get_effective_hours_of_operations",
    "get_evaluation_form_validation",
    "get_federation_token",
    "get_flow_association",
    "get_metric_data",
    "get_metric_data_v2",
    "get_prompt_file",
    "get_task_template",
    "get_test_case_execution_summary",
    "get_traffic_distribution",
    "import_phone_number",
    "import_workspace_media",
    "list_agent_statuses",
    "list_analytics_data_associations",
    "list_analytics_data_lake_data_sets",
    "list_approved_origins",
    "list_associated_contacts",
    "list_attached_files_configurations",
    "list_authentication_profiles",
    "list_bots",
    "list_child_hours_of_operations",
    "list_contact_evaluations",
    "list_contact_flow_aliases",
    "list_contact_flow_module_aliases",
    "list_contact_flow_module_versions",
    "list_contact_flow_modules",
    "list_contact_flow_versions",
    "list_contact_flows",
    "list_contact_references",
    "list_data_table_attributes",
    "list_data_table_primary_values",
    "list_data_table_values",
    "list_data_tables",
    "list_default_vocabularies",
    "list_entity_security_profiles",
    "list_evaluation_form_ai_versions",
    "list_evaluation_form_versions",
    "list_evaluation_forms",
    "list_extraction_definitions",
    "list_flow_associations",
    "list_hours_of_operation_overrides",
    "list_hours_of_operations",
    "list_instance_attributes",
    "list_instance_storage_configs",
    "list_instances",
    "list_integration_associations",
    "list_lambda_functions",
    "list_lex_bots",
    "list_metrics",
    "list_notifications",
    "list_phone_numbers",
    "list_phone_numbers_v2",
    "list_predefined_attributes",
    "list_prompts",
    "list_queue_email_addresses",
    "list_queue_quick_connects",
    "list_queues",
    "list_quick_connects",
    "list_realtime_contact_analysis_segments_v2",
    "list_replication_findings",
    "list_routing_profile_manual_assignment_queues",
    "list_routing_profile_queues",
    "list_routing_profiles",
    "list_rules",
    "list_security_keys",
    "list_security_profile_ai_agents",
    "list_security_profile_applications",
    "list_security_profile_flow_modules",
    "list_security_profile_permissions",
    "list_security_profiles",
    "list_tags_for_resource",
    "list_task_templates",
    "list_test_case_execution_records",
    "list_test_case_executions",
    "list_test_cases",
    "list_traffic_distribution_group_users",
    "list_traffic_distribution_groups",
    "list_use_cases",
    "list_user_hierarchy_groups",
    "list_user_notifications",
    "list_user_proficiencies",
    "list_users",
    "list_view_versions",
    "list_views",
    "list_workspace_media",
    "list_workspace_pages",
    "list_workspaces",
    "monitor_contact",
    "pause_contact",
    "put_user_status",
    "release_phone_number",
    "replicate_instance",
    "resume_contact",
    "resume_contact_recording",
    "search_agent_statuses",
    "search_available_phone_numbers",
    "search_contact_evaluations",
    "search_contact_flow_modules",
    "search_contact_flows",
    "search_contacts",
    "search_data_tables",
    "search_email_addresses",
    "search_evaluation_forms",
    "search_hours_of_operation_overrides",
    "search_hours_of_operations",
    "search_metrics",
    "search_notifications",
    "search_predefined_attributes",
    "search_prompts",
    "search_queues",
    "search_quick_connects",
    "search_resource_tags",
    "search_routing_profiles",
    "search_rules",
    "search_security_profiles",
    "search_test_cases",
    "search_user_hierarchy_groups",
    "search_users",
    "search_views",
    "search_vocabularies",
    "search_workspace_associations",
    "search_workspaces",
    "send_chat_integration_event",
    "send_outbound_email",
    "send_outbound_web_notification",
    "start_assistant_contact",
    "start_attached_file_upload",
    "start_chat_contact",
    "start_contact_conversational_analytics_job",
    "start_contact_evaluation",
    "start_contact_media_processing",
    "start_contact_recording",
    "start_contact_streaming",
    "start_email_contact",
    "start_evaluation_form_validation",
    "start_outbound_chat_contact",
    "start_outbound_email_contact",
    "start_outbound_voice_contact",
    "start_screen_sharing",
    "start_task_contact",
    "start_test_case_execution",
    "start_web_rtc_contact",
    "stop_contact",
    "stop_contact_media_processing",
    "stop_contact_recording",
    "stop_contact_streaming",
    "stop_test_case_execution",
    "submit_contact_evaluation",
    "suspend_contact_recording",
    "tag_contact",
    "tag_resource",
    "transfer_contact",
    "untag_contact",
    "untag_resource",
    "update_agent_status",
    "update_attached_files_configuration",
    "update_authentication_profile",
    "update_contact",
    "update_contact_attributes",
    "update_contact_evaluation",
    "update_contact_flow_alias",
    "update_contact_flow_content",
    "update_contact_flow_metadata",
    "update_contact_flow_module_alias",
    "update_contact_flow_module_content",
    "update_contact_flow_module_metadata",
    "update_contact_flow_name",
    "update_contact_routing_data",
    "update_contact_schedule",
    "update_contact_task_template",
    "update_cross_region_routing",
    "update_data_table_attribute",
    "update_data_table_metadata",
    "update_data_table_primary_values",
    "update_email_address_metadata",
    "update_evaluation_form",
    "update_extraction_definition",
    "update_hours_of_operation",
    "update_hours_of_operation_override",
    "update_instance_attribute",
    "update_instance_storage_config",
    "update_metric_content",
    "update_metric_metadata",
    "update_notification_content",
    "update_outbound_email_contact_message",
    "update_participant_authentication",
    "update_participant_role_config",
    "update_phone_number",
    "update_phone_number_metadata",
    "update_predefined_attribute",
    "update_prompt",
    "update_queue_hours_of_operation",
    "update_queue_max_contacts",
    "update_queue_name",
    "update_queue_outbound_caller_config",
    "update_queue_outbound_email_config",
    "update_queue_status",
    "update_quick_connect_config",
    "update_quick_connect_name",
    "update_routing_profile_agent_availability_timer",
    "update_routing_profile_concurrency",
    "update_routing_profile_default_outbound_queue",
    "update_routing_profile_name",
    "update_routing_profile_queues",
    "update_rule",
    "update_security_profile",
    "update_task_template",
    "update_test_case",
    "update_traffic_distribution",
    "update_user_config",
    "update_user_hierarchy",
    "update_user_hierarchy_group_name",
    "update_user_hierarchy_structure",
    "update_user_identity_info",
    "update_user_notification_status",
    "update_user_phone_config",
    "update_user_proficiencies",
    "update_user_routing_profile",
    "update_user_security_profiles",
    "update_view_content",
    "update_view_metadata",
    "update_workspace_metadata",
    "update_workspace_page",
    "update_workspace_theme",
    "update_workspace_visibility",
]
