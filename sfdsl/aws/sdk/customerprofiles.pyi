"""Typed builders of the AWS SDK integration of customerprofiles (``aws-sdk:customerprofiles:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, Li, M, S, Si, T, X, Xi

AddProfileKeyParameters = TypedDict(
    "AddProfileKeyParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "Values": L[Si],
        "Values.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
AssociateStreamForSegmentsParameters = TypedDict(
    "AssociateStreamForSegmentsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "DestinationRoleArn": S,
        "DestinationRoleArn.$": str,
    },
    total=False,
)

class RangeOverride(TypedDict, total=False):
    Start: I
    End: I
    Unit: S

class ConditionOverrides(TypedDict, total=False):
    Range: X[RangeOverride]

BatchGetCalculatedAttributeForProfileParameters = TypedDict(
    "BatchGetCalculatedAttributeForProfileParameters",
    {
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ProfileIds": L[Si],
        "ProfileIds.$": str,
        "ConditionOverrides": X[ConditionOverrides],
        "ConditionOverrides.$": str,
    },
    total=False,
)
BatchGetIntentForProfileParameters = TypedDict(
    "BatchGetIntentForProfileParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IntentDomain": S,
        "IntentDomain.$": str,
        "Intents": L[Si],
        "Intents.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "KeyValues": L[Si],
        "KeyValues.$": str,
    },
    total=False,
)
BatchGetProfileParameters = TypedDict(
    "BatchGetProfileParameters",
    {"DomainName": S, "DomainName.$": str, "ProfileIds": L[Si], "ProfileIds.$": str},
    total=False,
)

class BatchPutProfileObjectRequestItem(TypedDict, total=False):
    Id: S
    Object: S

BatchPutProfileObjectParameters = TypedDict(
    "BatchPutProfileObjectParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Items": L[Xi[BatchPutProfileObjectRequestItem]],
        "Items.$": str,
    },
    total=False,
)

class AttributeItem(TypedDict, total=False):
    Name: S

class AttributeDetails(TypedDict, total=False):
    Attributes: L[Xi[AttributeItem]]
    Expression: S

class ValueRange(TypedDict, total=False):
    Start: I
    End: I

class Range(TypedDict, total=False):
    Value: I
    Unit: S
    ValueRange: X[ValueRange]
    TimestampSource: S
    TimestampFormat: S

class Threshold(TypedDict, total=False):
    Value: S
    Operator: S

class Conditions(TypedDict, total=False):
    Range: X[Range]
    ObjectCount: I
    Threshold: X[Threshold]

class FilterAttributeDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class FilterDimension(TypedDict, total=False):
    Attributes: M[X[FilterAttributeDimension]]

class FilterGroup(TypedDict, total=False):
    Type: S
    Dimensions: L[Xi[FilterDimension]]

class Filter(TypedDict, total=False):
    Include: S
    Groups: L[Xi[FilterGroup]]

CreateCalculatedAttributeDefinitionParameters = TypedDict(
    "CreateCalculatedAttributeDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "AttributeDetails": X[AttributeDetails],
        "AttributeDetails.$": str,
        "Conditions": X[Conditions],
        "Conditions.$": str,
        "Filter": X[Filter],
        "Filter.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "UseHistoricalData": B,
        "UseHistoricalData.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class JobSchedule(TypedDict, total=False):
    DayOfTheWeek: S
    Time: S

class Consolidation(TypedDict, total=False):
    MatchingAttributesList: L[Li[Si]]

class ConflictResolution(TypedDict, total=False):
    ConflictResolvingModel: S
    SourceName: S

class AutoMerging(TypedDict, total=False):
    Enabled: B
    Consolidation: X[Consolidation]
    ConflictResolution: X[ConflictResolution]
    MinAllowedConfidenceScoreForMerging: F

class S3ExportingConfig(TypedDict, total=False):
    S3BucketName: S
    S3KeyName: S

class ExportingConfig(TypedDict, total=False):
    S3Exporting: X[S3ExportingConfig]

class MatchingRequest(TypedDict, total=False):
    Enabled: B
    JobSchedule: X[JobSchedule]
    AutoMerging: X[AutoMerging]
    ExportingConfig: X[ExportingConfig]

class MatchingRule(TypedDict, total=False):
    Rule: L[Si]

class AttributeTypesSelector(TypedDict, total=False):
    AttributeMatchingModel: S
    Address: L[Si]
    PhoneNumber: L[Si]
    EmailAddress: L[Si]

class RuleBasedMatchingRequest(TypedDict, total=False):
    Enabled: B
    MatchingRules: L[Xi[MatchingRule]]
    MaxAllowedRuleLevelForMerging: I
    MaxAllowedRuleLevelForMatching: I
    AttributeTypesSelector: X[AttributeTypesSelector]
    ConflictResolution: X[ConflictResolution]
    ExportingConfig: X[ExportingConfig]

class DataStoreRequest(TypedDict, total=False):
    Enabled: B

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DefaultExpirationDays": I,
        "DefaultExpirationDays.$": str,
        "DefaultEncryptionKey": S,
        "DefaultEncryptionKey.$": str,
        "DeadLetterQueueUrl": S,
        "DeadLetterQueueUrl.$": str,
        "Matching": X[MatchingRequest],
        "Matching.$": str,
        "RuleBasedMatching": X[RuleBasedMatchingRequest],
        "RuleBasedMatching.$": str,
        "DataStore": X[DataStoreRequest],
        "DataStore.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDomainLayoutParameters = TypedDict(
    "CreateDomainLayoutParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "LayoutDefinitionName": S,
        "LayoutDefinitionName.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "IsDefault": B,
        "IsDefault.$": str,
        "LayoutType": S,
        "LayoutType.$": str,
        "Layout": S,
        "Layout.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateEventStreamParameters = TypedDict(
    "CreateEventStreamParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Uri": S,
        "Uri.$": str,
        "EventStreamName": S,
        "EventStreamName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ObjectAttribute(TypedDict, total=False):
    Source: S
    FieldName: S
    ComparisonOperator: S
    Values: L[Si]

class EventTriggerDimension(TypedDict, total=False):
    ObjectAttributes: L[Xi[ObjectAttribute]]

class EventTriggerCondition(TypedDict, total=False):
    EventTriggerDimensions: L[Xi[EventTriggerDimension]]
    LogicalOperator: S

class Intent(TypedDict, total=False):
    IntentDomain: S
    Type: S

class IntentFilterCondition(TypedDict, total=False):
    Intent: X[Intent]
    ComparisonOperator: S
    Values: L[Si]

class IntentFilterGroup(TypedDict, total=False):
    Conditions: L[Xi[IntentFilterCondition]]
    LogicalOperator: S

class IntentFilterDefinition(TypedDict, total=False):
    Groups: L[Xi[IntentFilterGroup]]
    LogicalOperator: S

class Period(TypedDict, total=False):
    Unit: S
    Value: I
    MaxInvocationsPerProfile: I
    Unlimited: B

class EventTriggerLimits(TypedDict, total=False):
    EventExpiration: I
    Periods: L[Xi[Period]]

CreateEventTriggerParameters = TypedDict(
    "CreateEventTriggerParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "EventTriggerName": S,
        "EventTriggerName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "EventTriggerConditions": L[Xi[EventTriggerCondition]],
        "EventTriggerConditions.$": str,
        "SegmentFilter": S,
        "SegmentFilter.$": str,
        "IntentFilterDefinition": X[IntentFilterDefinition],
        "IntentFilterDefinition.$": str,
        "EventTriggerLimits": X[EventTriggerLimits],
        "EventTriggerLimits.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class IncrementalPullConfig(TypedDict, total=False):
    DatetimeTypeFieldName: S

class MarketoSourceProperties(TypedDict, total=False):
    Object: S

class S3SourceProperties(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S

class SalesforceSourceProperties(TypedDict, total=False):
    Object: S
    EnableDynamicFieldUpdate: B
    IncludeDeletedRecords: B

class ServiceNowSourceProperties(TypedDict, total=False):
    Object: S

class ZendeskSourceProperties(TypedDict, total=False):
    Object: S

class SourceConnectorProperties(TypedDict, total=False):
    Marketo: X[MarketoSourceProperties]
    S3: X[S3SourceProperties]
    Salesforce: X[SalesforceSourceProperties]
    ServiceNow: X[ServiceNowSourceProperties]
    Zendesk: X[ZendeskSourceProperties]

class SourceFlowConfig(TypedDict, total=False):
    ConnectorProfileName: S
    ConnectorType: S
    IncrementalPullConfig: X[IncrementalPullConfig]
    SourceConnectorProperties: X[SourceConnectorProperties]

class ConnectorOperator(TypedDict, total=False):
    Marketo: S
    S3: S
    Salesforce: S
    ServiceNow: S
    Zendesk: S

class Task(TypedDict, total=False):
    ConnectorOperator: X[ConnectorOperator]
    DestinationField: S
    SourceFields: L[Si]
    TaskProperties: M[S]
    TaskType: S

class ScheduledTriggerProperties(TypedDict, total=False):
    ScheduleExpression: S
    DataPullMode: S
    ScheduleStartTime: T
    ScheduleEndTime: T
    Timezone: S
    ScheduleOffset: I
    FirstExecutionFrom: T

class TriggerProperties(TypedDict, total=False):
    Scheduled: X[ScheduledTriggerProperties]

class TriggerConfig(TypedDict, total=False):
    TriggerType: S
    TriggerProperties: X[TriggerProperties]

class FlowDefinition(TypedDict, total=False):
    Description: S
    FlowName: S
    KmsArn: S
    SourceFlowConfig: X[SourceFlowConfig]
    Tasks: L[Xi[Task]]
    TriggerConfig: X[TriggerConfig]

class Batch(TypedDict, total=False):
    StartTime: T
    EndTime: T

class AppflowIntegration(TypedDict, total=False):
    FlowDefinition: X[FlowDefinition]
    Batches: L[Xi[Batch]]

class IntegrationConfig(TypedDict, total=False):
    AppflowIntegration: X[AppflowIntegration]

CreateIntegrationWorkflowParameters = TypedDict(
    "CreateIntegrationWorkflowParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "WorkflowType": S,
        "WorkflowType.$": str,
        "IntegrationConfig": X[IntegrationConfig],
        "IntegrationConfig.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Address(TypedDict, total=False):
    Address1: S
    Address2: S
    Address3: S
    Address4: S
    City: S
    County: S
    State: S
    Province: S
    Country: S
    PostalCode: S

class ContactPreference(TypedDict, total=False):
    KeyName: S
    KeyValue: S
    ProfileId: S
    ContactType: S

class EngagementPreferences(TypedDict, total=False):
    Phone: L[Xi[ContactPreference]]
    Email: L[Xi[ContactPreference]]

CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AccountNumber": S,
        "AccountNumber.$": str,
        "AdditionalInformation": S,
        "AdditionalInformation.$": str,
        "PartyType": S,
        "PartyType.$": str,
        "BusinessName": S,
        "BusinessName.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "MiddleName": S,
        "MiddleName.$": str,
        "LastName": S,
        "LastName.$": str,
        "BirthDate": S,
        "BirthDate.$": str,
        "Gender": S,
        "Gender.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "MobilePhoneNumber": S,
        "MobilePhoneNumber.$": str,
        "HomePhoneNumber": S,
        "HomePhoneNumber.$": str,
        "BusinessPhoneNumber": S,
        "BusinessPhoneNumber.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "PersonalEmailAddress": S,
        "PersonalEmailAddress.$": str,
        "BusinessEmailAddress": S,
        "BusinessEmailAddress.$": str,
        "Address": X[Address],
        "Address.$": str,
        "ShippingAddress": X[Address],
        "ShippingAddress.$": str,
        "MailingAddress": X[Address],
        "MailingAddress.$": str,
        "BillingAddress": X[Address],
        "BillingAddress.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "PartyTypeString": S,
        "PartyTypeString.$": str,
        "GenderString": S,
        "GenderString.$": str,
        "ProfileType": S,
        "ProfileType.$": str,
        "EngagementPreferences": X[EngagementPreferences],
        "EngagementPreferences.$": str,
    },
    total=False,
)

class EventParameters(TypedDict, total=False):
    EventType: S
    EventValueThreshold: F
    EventWeight: F

class EventsConfig(TypedDict, total=False):
    EventParametersList: L[Xi[EventParameters]]

class InferenceConfig(TypedDict, total=False):
    MinProvisionedTPS: I

class DiversityColumn(TypedDict, total=False):
    Name: S
    CapType: S
    Target: S

class DiversityConfig(TypedDict, total=False):
    DiversityColumns: L[Xi[DiversityColumn]]

class RecommenderConfig(TypedDict, total=False):
    EventsConfig: X[EventsConfig]
    TrainingFrequency: I
    InferenceConfig: X[InferenceConfig]
    IncludedColumns: M[L[Si]]
    ExcludedColumns: M[L[Si]]
    DiversityConfig: X[DiversityConfig]

CreateRecommenderParameters = TypedDict(
    "CreateRecommenderParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderName": S,
        "RecommenderName.$": str,
        "RecommenderRecipeName": S,
        "RecommenderRecipeName.$": str,
        "RecommenderConfig": X[RecommenderConfig],
        "RecommenderConfig.$": str,
        "Description": S,
        "Description.$": str,
        "RecommenderSchemaName": S,
        "RecommenderSchemaName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRecommenderFilterParameters = TypedDict(
    "CreateRecommenderFilterParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderFilterName": S,
        "RecommenderFilterName.$": str,
        "RecommenderFilterExpression": S,
        "RecommenderFilterExpression.$": str,
        "RecommenderSchemaName": S,
        "RecommenderSchemaName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RecommenderSchemaField(TypedDict, total=False):
    TargetFieldName: S
    ContentType: S
    FeatureType: S

CreateRecommenderSchemaParameters = TypedDict(
    "CreateRecommenderSchemaParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderSchemaName": S,
        "RecommenderSchemaName.$": str,
        "Fields": M[L[Xi[RecommenderSchemaField]]],
        "Fields.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ProfileDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class ExtraLengthValueProfileDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class DateDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class AddressDimension(TypedDict, total=False):
    City: X[ProfileDimension]
    Country: X[ProfileDimension]
    County: X[ProfileDimension]
    PostalCode: X[ProfileDimension]
    Province: X[ProfileDimension]
    State: X[ProfileDimension]

class AttributeDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class ProfileTypeDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class ProfileAttributes(TypedDict, total=False):
    AccountNumber: X[ProfileDimension]
    AdditionalInformation: X[ExtraLengthValueProfileDimension]
    FirstName: X[ProfileDimension]
    LastName: X[ProfileDimension]
    MiddleName: X[ProfileDimension]
    GenderString: X[ProfileDimension]
    PartyTypeString: X[ProfileDimension]
    BirthDate: X[DateDimension]
    PhoneNumber: X[ProfileDimension]
    BusinessName: X[ProfileDimension]
    BusinessPhoneNumber: X[ProfileDimension]
    HomePhoneNumber: X[ProfileDimension]
    MobilePhoneNumber: X[ProfileDimension]
    EmailAddress: X[ProfileDimension]
    PersonalEmailAddress: X[ProfileDimension]
    BusinessEmailAddress: X[ProfileDimension]
    Address: X[AddressDimension]
    ShippingAddress: X[AddressDimension]
    MailingAddress: X[AddressDimension]
    BillingAddress: X[AddressDimension]
    Attributes: M[X[AttributeDimension]]
    ProfileType: X[ProfileTypeDimension]

class CalculatedAttributeDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]
    ConditionOverrides: X[ConditionOverrides]

class Dimension(TypedDict, total=False):
    ProfileAttributes: X[ProfileAttributes]
    CalculatedAttributes: M[X[CalculatedAttributeDimension]]

class SourceSegment(TypedDict, total=False):
    SegmentDefinitionName: S

class Group(TypedDict, total=False):
    Dimensions: L[Xi[Dimension]]
    SourceSegments: L[Xi[SourceSegment]]
    SourceType: S
    Type: S

class SegmentGroup(TypedDict, total=False):
    Groups: L[Xi[Group]]
    Include: S

class SortAttribute(TypedDict, total=False):
    Name: S
    DataType: S
    Order: S
    Type: S

class SegmentSort(TypedDict, total=False):
    Attributes: L[Xi[SortAttribute]]

CreateSegmentDefinitionParameters = TypedDict(
    "CreateSegmentDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "SegmentGroups": X[SegmentGroup],
        "SegmentGroups.$": str,
        "SegmentSqlQuery": S,
        "SegmentSqlQuery.$": str,
        "SegmentSort": X[SegmentSort],
        "SegmentSort.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SegmentGroupStructure(TypedDict, total=False):
    Groups: L[Xi[Group]]
    Include: S

CreateSegmentEstimateParameters = TypedDict(
    "CreateSegmentEstimateParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentQuery": X[SegmentGroupStructure],
        "SegmentQuery.$": str,
        "SegmentSqlQuery": S,
        "SegmentSqlQuery.$": str,
    },
    total=False,
)
CreateSegmentSnapshotParameters = TypedDict(
    "CreateSegmentSnapshotParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
        "DataFormat": S,
        "DataFormat.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DestinationUri": S,
        "DestinationUri.$": str,
    },
    total=False,
)

class ObjectTypeField(TypedDict, total=False):
    Source: S
    Target: S
    ContentType: S

CreateUploadJobParameters = TypedDict(
    "CreateUploadJobParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Fields": M[X[ObjectTypeField]],
        "Fields.$": str,
        "UniqueKey": S,
        "UniqueKey.$": str,
        "DataExpiry": I,
        "DataExpiry.$": str,
    },
    total=False,
)
DeleteCalculatedAttributeDefinitionParameters = TypedDict(
    "DeleteCalculatedAttributeDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
    },
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteDomainLayoutParameters = TypedDict(
    "DeleteDomainLayoutParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "LayoutDefinitionName": S,
        "LayoutDefinitionName.$": str,
    },
    total=False,
)
DeleteDomainObjectTypeParameters = TypedDict(
    "DeleteDomainObjectTypeParameters",
    {"DomainName": S, "DomainName.$": str, "ObjectTypeName": S, "ObjectTypeName.$": str},
    total=False,
)
DeleteEventStreamParameters = TypedDict(
    "DeleteEventStreamParameters",
    {"DomainName": S, "DomainName.$": str, "EventStreamName": S, "EventStreamName.$": str},
    total=False,
)
DeleteEventTriggerParameters = TypedDict(
    "DeleteEventTriggerParameters",
    {"DomainName": S, "DomainName.$": str, "EventTriggerName": S, "EventTriggerName.$": str},
    total=False,
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"DomainName": S, "DomainName.$": str, "Uri": S, "Uri.$": str},
    total=False,
)
DeleteIntentDefinitionParameters = TypedDict(
    "DeleteIntentDefinitionParameters",
    {"DomainName": S, "DomainName.$": str, "IntentDomain": S, "IntentDomain.$": str},
    total=False,
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DeleteProfileKeyParameters = TypedDict(
    "DeleteProfileKeyParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "Values": L[Si],
        "Values.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
DeleteProfileObjectParameters = TypedDict(
    "DeleteProfileObjectParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "ProfileObjectUniqueKey": S,
        "ProfileObjectUniqueKey.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
DeleteProfileObjectTypeParameters = TypedDict(
    "DeleteProfileObjectTypeParameters",
    {"DomainName": S, "DomainName.$": str, "ObjectTypeName": S, "ObjectTypeName.$": str},
    total=False,
)
DeleteRecommenderParameters = TypedDict(
    "DeleteRecommenderParameters",
    {"DomainName": S, "DomainName.$": str, "RecommenderName": S, "RecommenderName.$": str},
    total=False,
)
DeleteRecommenderFilterParameters = TypedDict(
    "DeleteRecommenderFilterParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderFilterName": S,
        "RecommenderFilterName.$": str,
    },
    total=False,
)
DeleteRecommenderSchemaParameters = TypedDict(
    "DeleteRecommenderSchemaParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderSchemaName": S,
        "RecommenderSchemaName.$": str,
    },
    total=False,
)
DeleteSegmentDefinitionParameters = TypedDict(
    "DeleteSegmentDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
    },
    total=False,
)
DeleteSegmentSubscriptionParameters = TypedDict(
    "DeleteSegmentSubscriptionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
    },
    total=False,
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters",
    {"DomainName": S, "DomainName.$": str, "WorkflowId": S, "WorkflowId.$": str},
    total=False,
)
DetectProfileObjectTypeParameters = TypedDict(
    "DetectProfileObjectTypeParameters",
    {"Objects": L[Si], "Objects.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DisassociateStreamForSegmentsParameters = TypedDict(
    "DisassociateStreamForSegmentsParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetAutoMergingPreviewParameters = TypedDict(
    "GetAutoMergingPreviewParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Consolidation": X[Consolidation],
        "Consolidation.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
        "MinAllowedConfidenceScoreForMerging": F,
        "MinAllowedConfidenceScoreForMerging.$": str,
    },
    total=False,
)
GetCalculatedAttributeDefinitionParameters = TypedDict(
    "GetCalculatedAttributeDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
    },
    total=False,
)
GetCalculatedAttributeForProfileParameters = TypedDict(
    "GetCalculatedAttributeForProfileParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
    },
    total=False,
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainLayoutParameters = TypedDict(
    "GetDomainLayoutParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "LayoutDefinitionName": S,
        "LayoutDefinitionName.$": str,
    },
    total=False,
)
GetDomainObjectTypeParameters = TypedDict(
    "GetDomainObjectTypeParameters",
    {"DomainName": S, "DomainName.$": str, "ObjectTypeName": S, "ObjectTypeName.$": str},
    total=False,
)
GetEventStreamParameters = TypedDict(
    "GetEventStreamParameters",
    {"DomainName": S, "DomainName.$": str, "EventStreamName": S, "EventStreamName.$": str},
    total=False,
)
GetEventTriggerParameters = TypedDict(
    "GetEventTriggerParameters",
    {"DomainName": S, "DomainName.$": str, "EventTriggerName": S, "EventTriggerName.$": str},
    total=False,
)
GetIdentityResolutionJobParameters = TypedDict(
    "GetIdentityResolutionJobParameters",
    {"DomainName": S, "DomainName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters",
    {"DomainName": S, "DomainName.$": str, "Uri": S, "Uri.$": str},
    total=False,
)
GetIntentDefinitionParameters = TypedDict(
    "GetIntentDefinitionParameters",
    {"DomainName": S, "DomainName.$": str, "IntentDomain": S, "IntentDomain.$": str},
    total=False,
)
GetMatchesParameters = TypedDict(
    "GetMatchesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
GetObjectTypeAttributeStatisticsParameters = TypedDict(
    "GetObjectTypeAttributeStatisticsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
    },
    total=False,
)
GetProfileHistoryRecordParameters = TypedDict(
    "GetProfileHistoryRecordParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetProfileObjectTypeParameters = TypedDict(
    "GetProfileObjectTypeParameters",
    {"DomainName": S, "DomainName.$": str, "ObjectTypeName": S, "ObjectTypeName.$": str},
    total=False,
)
GetProfileObjectTypeTemplateParameters = TypedDict(
    "GetProfileObjectTypeTemplateParameters", {"TemplateId": S, "TemplateId.$": str}, total=False
)

class RecommenderFilter(TypedDict, total=False):
    Name: S
    Values: M[S]

class RecommenderPromotionalFilter(TypedDict, total=False):
    Name: S
    Values: M[S]
    PromotionName: S
    PercentPromotedItems: I

class MetadataConfig(TypedDict, total=False):
    MetadataColumns: L[Si]

class RecommendationDiversityConfig(TypedDict, total=False):
    Enabled: B
    Values: M[I]

GetProfileRecommendationsParameters = TypedDict(
    "GetProfileRecommendationsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "RecommenderName": S,
        "RecommenderName.$": str,
        "Context": M[S],
        "Context.$": str,
        "RecommenderFilters": L[Xi[RecommenderFilter]],
        "RecommenderFilters.$": str,
        "RecommenderPromotionalFilters": L[Xi[RecommenderPromotionalFilter]],
        "RecommenderPromotionalFilters.$": str,
        "CandidateIds": L[Si],
        "CandidateIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MetadataConfig": X[MetadataConfig],
        "MetadataConfig.$": str,
        "DiversityConfig": X[RecommendationDiversityConfig],
        "DiversityConfig.$": str,
    },
    total=False,
)
GetRecommenderParameters = TypedDict(
    "GetRecommenderParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderName": S,
        "RecommenderName.$": str,
        "TrainingMetricsCount": I,
        "TrainingMetricsCount.$": str,
    },
    total=False,
)
GetRecommenderFilterParameters = TypedDict(
    "GetRecommenderFilterParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderFilterName": S,
        "RecommenderFilterName.$": str,
    },
    total=False,
)
GetRecommenderSchemaParameters = TypedDict(
    "GetRecommenderSchemaParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderSchemaName": S,
        "RecommenderSchemaName.$": str,
    },
    total=False,
)
GetSegmentDefinitionParameters = TypedDict(
    "GetSegmentDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
    },
    total=False,
)
GetSegmentEstimateParameters = TypedDict(
    "GetSegmentEstimateParameters",
    {"DomainName": S, "DomainName.$": str, "EstimateId": S, "EstimateId.$": str},
    total=False,
)
GetSegmentMembershipParameters = TypedDict(
    "GetSegmentMembershipParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
        "ProfileIds": L[Si],
        "ProfileIds.$": str,
    },
    total=False,
)
GetSegmentSnapshotParameters = TypedDict(
    "GetSegmentSnapshotParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
    },
    total=False,
)
GetSegmentSubscriptionParameters = TypedDict(
    "GetSegmentSubscriptionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
    },
    total=False,
)
GetSimilarProfilesParameters = TypedDict(
    "GetSimilarProfilesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "MatchType": S,
        "MatchType.$": str,
        "SearchKey": S,
        "SearchKey.$": str,
        "SearchValue": S,
        "SearchValue.$": str,
    },
    total=False,
)
GetStreamForSegmentsParameters = TypedDict(
    "GetStreamForSegmentsParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetUploadJobParameters = TypedDict(
    "GetUploadJobParameters",
    {"DomainName": S, "DomainName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetUploadJobPathParameters = TypedDict(
    "GetUploadJobPathParameters",
    {"DomainName": S, "DomainName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {"DomainName": S, "DomainName.$": str, "WorkflowId": S, "WorkflowId.$": str},
    total=False,
)
GetWorkflowStepsParameters = TypedDict(
    "GetWorkflowStepsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccountIntegrationsParameters = TypedDict(
    "ListAccountIntegrationsParameters",
    {
        "Uri": S,
        "Uri.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeHidden": B,
        "IncludeHidden.$": str,
    },
    total=False,
)
ListCalculatedAttributeDefinitionsParameters = TypedDict(
    "ListCalculatedAttributeDefinitionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCalculatedAttributesForProfileParameters = TypedDict(
    "ListCalculatedAttributesForProfileParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
    },
    total=False,
)
ListDomainLayoutsParameters = TypedDict(
    "ListDomainLayoutsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainObjectTypesParameters = TypedDict(
    "ListDomainObjectTypesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListEventStreamsParameters = TypedDict(
    "ListEventStreamsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventTriggersParameters = TypedDict(
    "ListEventTriggersParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIdentityResolutionJobsParameters = TypedDict(
    "ListIdentityResolutionJobsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIntegrationsParameters = TypedDict(
    "ListIntegrationsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeHidden": B,
        "IncludeHidden.$": str,
    },
    total=False,
)
ListIntentTypesParameters = TypedDict(
    "ListIntentTypesParameters",
    {
        "IntentDomain": S,
        "IntentDomain.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListObjectTypeAttributeValuesParameters = TypedDict(
    "ListObjectTypeAttributeValuesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
    },
    total=False,
)
ListObjectTypeAttributesParameters = TypedDict(
    "ListObjectTypeAttributesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
    },
    total=False,
)
ListProfileAttributeValuesParameters = TypedDict(
    "ListProfileAttributeValuesParameters",
    {"DomainName": S, "DomainName.$": str, "AttributeName": S, "AttributeName.$": str},
    total=False,
)
ListProfileHistoryRecordsParameters = TypedDict(
    "ListProfileHistoryRecordsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ActionType": S,
        "ActionType.$": str,
        "PerformedBy": S,
        "PerformedBy.$": str,
    },
    total=False,
)
ListProfileObjectTypeTemplatesParameters = TypedDict(
    "ListProfileObjectTypeTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProfileObjectTypesParameters = TypedDict(
    "ListProfileObjectTypesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ObjectFilter(TypedDict, total=False):
    KeyName: S
    Values: L[Si]

ListProfileObjectsParameters = TypedDict(
    "ListProfileObjectsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "ObjectFilter": X[ObjectFilter],
        "ObjectFilter.$": str,
    },
    total=False,
)
ListRecommenderFiltersParameters = TypedDict(
    "ListRecommenderFiltersParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommenderRecipesParameters = TypedDict(
    "ListRecommenderRecipesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRecommenderSchemasParameters = TypedDict(
    "ListRecommenderSchemasParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendersParameters = TypedDict(
    "ListRecommendersParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRuleBasedMatchesParameters = TypedDict(
    "ListRuleBasedMatchesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
ListSegmentDefinitionsParameters = TypedDict(
    "ListSegmentDefinitionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSegmentSubscriptionEventsParameters = TypedDict(
    "ListSegmentSubscriptionEventsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
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
ListUploadJobsParameters = TypedDict(
    "ListUploadJobsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "WorkflowType": S,
        "WorkflowType.$": str,
        "Status": S,
        "Status.$": str,
        "QueryStartDate": T,
        "QueryStartDate.$": str,
        "QueryEndDate": T,
        "QueryEndDate.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FieldSourceProfileIds(TypedDict, total=False):
    AccountNumber: S
    AdditionalInformation: S
    PartyType: S
    BusinessName: S
    FirstName: S
    MiddleName: S
    LastName: S
    BirthDate: S
    Gender: S
    PhoneNumber: S
    MobilePhoneNumber: S
    HomePhoneNumber: S
    BusinessPhoneNumber: S
    EmailAddress: S
    PersonalEmailAddress: S
    BusinessEmailAddress: S
    Address: S
    ShippingAddress: S
    MailingAddress: S
    BillingAddress: S
    Attributes: M[S]
    ProfileType: S
    EngagementPreferences: S

MergeProfilesParameters = TypedDict(
    "MergeProfilesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MainProfileId": S,
        "MainProfileId.$": str,
        "ProfileIdsToBeMerged": L[Si],
        "ProfileIdsToBeMerged.$": str,
        "FieldSourceProfileIds": X[FieldSourceProfileIds],
        "FieldSourceProfileIds.$": str,
    },
    total=False,
)

class DomainObjectTypeField(TypedDict, total=False):
    Source: S
    Target: S
    ContentType: S
    FeatureType: S

PutDomainObjectTypeParameters = TypedDict(
    "PutDomainObjectTypeParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Fields": M[X[DomainObjectTypeField]],
        "Fields.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutIntegrationParameters = TypedDict(
    "PutIntegrationParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Uri": S,
        "Uri.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "ObjectTypeNames": M[S],
        "ObjectTypeNames.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "FlowDefinition": X[FlowDefinition],
        "FlowDefinition.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "EventTriggerNames": L[Si],
        "EventTriggerNames.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class PriceSensitivityConfig(TypedDict, total=False):
    Enabled: B

class WebSessionSummaryConfig(TypedDict, total=False):
    Enabled: B

class UpgradeUpsellPropensityConfig(TypedDict, total=False):
    Enabled: B

class LastSearchIntentConfig(TypedDict, total=False):
    Enabled: B

class IntentConfig(TypedDict, total=False):
    PriceSensitivityConfig: X[PriceSensitivityConfig]
    WebSessionSummaryConfig: X[WebSessionSummaryConfig]
    UpgradeUpsellPropensityConfig: X[UpgradeUpsellPropensityConfig]
    LastSearchIntentConfig: X[LastSearchIntentConfig]

PutIntentDefinitionParameters = TypedDict(
    "PutIntentDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IntentDomain": S,
        "IntentDomain.$": str,
        "Intents": L[Xi[IntentConfig]],
        "Intents.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutProfileObjectParameters = TypedDict(
    "PutProfileObjectParameters",
    {
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Object": S,
        "Object.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)

class ObjectTypeKey(TypedDict, total=False):
    StandardIdentifiers: L[Si]
    FieldNames: L[Si]

PutProfileObjectTypeParameters = TypedDict(
    "PutProfileObjectTypeParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "ExpirationDays": I,
        "ExpirationDays.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "AllowProfileCreation": B,
        "AllowProfileCreation.$": str,
        "SourceLastUpdatedTimestampFormat": S,
        "SourceLastUpdatedTimestampFormat.$": str,
        "MaxProfileObjectCount": I,
        "MaxProfileObjectCount.$": str,
        "SourcePriority": I,
        "SourcePriority.$": str,
        "Fields": M[X[ObjectTypeField]],
        "Fields.$": str,
        "Keys": M[L[Xi[ObjectTypeKey]]],
        "Keys.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ScheduleConfiguration(TypedDict, total=False):
    Interval: I
    Unit: S

PutSegmentSubscriptionParameters = TypedDict(
    "PutSegmentSubscriptionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SegmentDefinitionName": S,
        "SegmentDefinitionName.$": str,
        "ScheduleConfiguration": X[ScheduleConfiguration],
        "ScheduleConfiguration.$": str,
    },
    total=False,
)

class AdditionalSearchKey(TypedDict, total=False):
    KeyName: S
    Values: L[Si]

SearchProfilesParameters = TypedDict(
    "SearchProfilesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "Values": L[Si],
        "Values.$": str,
        "AdditionalSearchKeys": L[Xi[AdditionalSearchKey]],
        "AdditionalSearchKeys.$": str,
        "LogicalOperator": S,
        "LogicalOperator.$": str,
    },
    total=False,
)

class Recommender(TypedDict, total=False):
    Name: S
    Filters: L[Xi[RecommenderFilter]]
    PromotionalFilters: L[Xi[RecommenderPromotionalFilter]]

class RecommendationMetadata(TypedDict, total=False):
    Columns: L[Si]

SearchRecommendationsParameters = TypedDict(
    "SearchRecommendationsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "KeyValues": L[Si],
        "KeyValues.$": str,
        "Recommender": X[Recommender],
        "Recommender.$": str,
        "CandidateIds": L[Si],
        "CandidateIds.$": str,
        "Context": M[S],
        "Context.$": str,
        "Diversity": X[RecommendationDiversityConfig],
        "Diversity.$": str,
        "Metadata": X[RecommendationMetadata],
        "Metadata.$": str,
        "MaxRecommendations": I,
        "MaxRecommendations.$": str,
    },
    total=False,
)
StartRecommenderParameters = TypedDict(
    "StartRecommenderParameters",
    {"DomainName": S, "DomainName.$": str, "RecommenderName": S, "RecommenderName.$": str},
    total=False,
)
StartUploadJobParameters = TypedDict(
    "StartUploadJobParameters",
    {"DomainName": S, "DomainName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
StopRecommenderParameters = TypedDict(
    "StopRecommenderParameters",
    {"DomainName": S, "DomainName.$": str, "RecommenderName": S, "RecommenderName.$": str},
    total=False,
)
StopUploadJobParameters = TypedDict(
    "StopUploadJobParameters",
    {"DomainName": S, "DomainName.$": str, "JobId": S, "JobId.$": str},
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
UpdateCalculatedAttributeDefinitionParameters = TypedDict(
    "UpdateCalculatedAttributeDefinitionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CalculatedAttributeName": S,
        "CalculatedAttributeName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Conditions": X[Conditions],
        "Conditions.$": str,
    },
    total=False,
)
UpdateDomainParameters = TypedDict(
    "UpdateDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DefaultExpirationDays": I,
        "DefaultExpirationDays.$": str,
        "DefaultEncryptionKey": S,
        "DefaultEncryptionKey.$": str,
        "DeadLetterQueueUrl": S,
        "DeadLetterQueueUrl.$": str,
        "Matching": X[MatchingRequest],
        "Matching.$": str,
        "RuleBasedMatching": X[RuleBasedMatchingRequest],
        "RuleBasedMatching.$": str,
        "DataStore": X[DataStoreRequest],
        "DataStore.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
UpdateDomainLayoutParameters = TypedDict(
    "UpdateDomainLayoutParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "LayoutDefinitionName": S,
        "LayoutDefinitionName.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "IsDefault": B,
        "IsDefault.$": str,
        "LayoutType": S,
        "LayoutType.$": str,
        "Layout": S,
        "Layout.$": str,
    },
    total=False,
)
UpdateEventTriggerParameters = TypedDict(
    "UpdateEventTriggerParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "EventTriggerName": S,
        "EventTriggerName.$": str,
        "ObjectTypeName": S,
        "ObjectTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "EventTriggerConditions": L[Xi[EventTriggerCondition]],
        "EventTriggerConditions.$": str,
        "SegmentFilter": S,
        "SegmentFilter.$": str,
        "IntentFilterDefinition": X[IntentFilterDefinition],
        "IntentFilterDefinition.$": str,
        "EventTriggerLimits": X[EventTriggerLimits],
        "EventTriggerLimits.$": str,
    },
    total=False,
)

class UpdateAddress(TypedDict, total=False):
    Address1: S
    Address2: S
    Address3: S
    Address4: S
    City: S
    County: S
    State: S
    Province: S
    Country: S
    PostalCode: S

UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "AdditionalInformation": S,
        "AdditionalInformation.$": str,
        "AccountNumber": S,
        "AccountNumber.$": str,
        "PartyType": S,
        "PartyType.$": str,
        "BusinessName": S,
        "BusinessName.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "MiddleName": S,
        "MiddleName.$": str,
        "LastName": S,
        "LastName.$": str,
        "BirthDate": S,
        "BirthDate.$": str,
        "Gender": S,
        "Gender.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "MobilePhoneNumber": S,
        "MobilePhoneNumber.$": str,
        "HomePhoneNumber": S,
        "HomePhoneNumber.$": str,
        "BusinessPhoneNumber": S,
        "BusinessPhoneNumber.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "PersonalEmailAddress": S,
        "PersonalEmailAddress.$": str,
        "BusinessEmailAddress": S,
        "BusinessEmailAddress.$": str,
        "Address": X[UpdateAddress],
        "Address.$": str,
        "ShippingAddress": X[UpdateAddress],
        "ShippingAddress.$": str,
        "MailingAddress": X[UpdateAddress],
        "MailingAddress.$": str,
        "BillingAddress": X[UpdateAddress],
        "BillingAddress.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "PartyTypeString": S,
        "PartyTypeString.$": str,
        "GenderString": S,
        "GenderString.$": str,
        "ProfileType": S,
        "ProfileType.$": str,
        "EngagementPreferences": X[EngagementPreferences],
        "EngagementPreferences.$": str,
    },
    total=False,
)
UpdateRecommenderParameters = TypedDict(
    "UpdateRecommenderParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "RecommenderName": S,
        "RecommenderName.$": str,
        "Description": S,
        "Description.$": str,
        "RecommenderConfig": X[RecommenderConfig],
        "RecommenderConfig.$": str,
        "RecommenderVersionName": S,
        "RecommenderVersionName.$": str,
    },
    total=False,
)
add_profile_key: Builder[AddProfileKeyParameters]
associate_stream_for_segments: Builder[AssociateStreamForSegmentsParameters]
batch_get_calculated_attribute_for_profile: Builder[BatchGetCalculatedAttributeForProfileParameters]
batch_get_intent_for_profile: Builder[BatchGetIntentForProfileParameters]
batch_get_profile: Builder[BatchGetProfileParameters]
batch_put_profile_object: Builder[BatchPutProfileObjectParameters]
create_calculated_attribute_definition: Builder[CreateCalculatedAttributeDefinitionParameters]
create_domain: Builder[CreateDomainParameters]
create_domain_layout: Builder[CreateDomainLayoutParameters]
create_event_stream: Builder[CreateEventStreamParameters]
create_event_trigger: Builder[CreateEventTriggerParameters]
create_integration_workflow: Builder[CreateIntegrationWorkflowParameters]
create_profile: Builder[CreateProfileParameters]
create_recommender: Builder[CreateRecommenderParameters]
create_recommender_filter: Builder[CreateRecommenderFilterParameters]
create_recommender_schema: Builder[CreateRecommenderSchemaParameters]
create_segment_definition: Builder[CreateSegmentDefinitionParameters]
create_segment_estimate: Builder[CreateSegmentEstimateParameters]
create_segment_snapshot: Builder[CreateSegmentSnapshotParameters]
create_upload_job: Builder[CreateUploadJobParameters]
delete_calculated_attribute_definition: Builder[DeleteCalculatedAttributeDefinitionParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_domain_layout: Builder[DeleteDomainLayoutParameters]
delete_domain_object_type: Builder[DeleteDomainObjectTypeParameters]
delete_event_stream: Builder[DeleteEventStreamParameters]
delete_event_trigger: Builder[DeleteEventTriggerParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_intent_definition: Builder[DeleteIntentDefinitionParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_profile_key: Builder[DeleteProfileKeyParameters]
delete_profile_object: Builder[DeleteProfileObjectParameters]
delete_profile_object_type: Builder[DeleteProfileObjectTypeParameters]
delete_recommender: Builder[DeleteRecommenderParameters]
delete_recommender_filter: Builder[DeleteRecommenderFilterParameters]
delete_recommender_schema: Builder[DeleteRecommenderSchemaParameters]
delete_segment_definition: Builder[DeleteSegmentDefinitionParameters]
delete_segment_subscription: Builder[DeleteSegmentSubscriptionParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
detect_profile_object_type: Builder[DetectProfileObjectTypeParameters]
disassociate_stream_for_segments: Builder[DisassociateStreamForSegmentsParameters]
get_auto_merging_preview: Builder[GetAutoMergingPreviewParameters]
get_calculated_attribute_definition: Builder[GetCalculatedAttributeDefinitionParameters]
get_calculated_attribute_for_profile: Builder[GetCalculatedAttributeForProfileParameters]
get_domain: Builder[GetDomainParameters]
get_domain_layout: Builder[GetDomainLayoutParameters]
get_domain_object_type: Builder[GetDomainObjectTypeParameters]
get_event_stream: Builder[GetEventStreamParameters]
get_event_trigger: Builder[GetEventTriggerParameters]
get_identity_resolution_job: Builder[GetIdentityResolutionJobParameters]
get_integration: Builder[GetIntegrationParameters]
get_intent_definition: Builder[GetIntentDefinitionParameters]
get_matches: Builder[GetMatchesParameters]
get_object_type_attribute_statistics: Builder[GetObjectTypeAttributeStatisticsParameters]
get_profile_history_record: Builder[GetProfileHistoryRecordParameters]
get_profile_object_type: Builder[GetProfileObjectTypeParameters]
get_profile_object_type_template: Builder[GetProfileObjectTypeTemplateParameters]
get_profile_recommendations: Builder[GetProfileRecommendationsParameters]
get_recommender: Builder[GetRecommenderParameters]
get_recommender_filter: Builder[GetRecommenderFilterParameters]
get_recommender_schema: Builder[GetRecommenderSchemaParameters]
get_segment_definition: Builder[GetSegmentDefinitionParameters]
get_segment_estimate: Builder[GetSegmentEstimateParameters]
get_segment_membership: Builder[GetSegmentMembershipParameters]
get_segment_snapshot: Builder[GetSegmentSnapshotParameters]
get_segment_subscription: Builder[GetSegmentSubscriptionParameters]
get_similar_profiles: Builder[GetSimilarProfilesParameters]
get_stream_for_segments: Builder[GetStreamForSegmentsParameters]
get_upload_job: Builder[GetUploadJobParameters]
get_upload_job_path: Builder[GetUploadJobPathParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_steps: Builder[GetWorkflowStepsParameters]
list_account_integrations: Builder[ListAccountIntegrationsParameters]
list_calculated_attribute_definitions: Builder[ListCalculatedAttributeDefinitionsParameters]
list_calculated_attributes_for_profile: Builder[ListCalculatedAttributesForProfileParameters]
list_domain_layouts: Builder[ListDomainLayoutsParameters]
list_domain_object_types: Builder[ListDomainObjectTypesParameters]
list_domains: Builder[ListDomainsParameters]
list_event_streams: Builder[ListEventStreamsParameters]
list_event_triggers: Builder[ListEventTriggersParameters]
list_identity_resolution_jobs: Builder[ListIdentityResolutionJobsParameters]
list_integrations: Builder[ListIntegrationsParameters]
list_intent_types: Builder[ListIntentTypesParameters]
list_object_type_attribute_values: Builder[ListObjectTypeAttributeValuesParameters]
list_object_type_attributes: Builder[ListObjectTypeAttributesParameters]
list_profile_attribute_values: Builder[ListProfileAttributeValuesParameters]
list_profile_history_records: Builder[ListProfileHistoryRecordsParameters]
list_profile_object_type_templates: Builder[ListProfileObjectTypeTemplatesParameters]
list_profile_object_types: Builder[ListProfileObjectTypesParameters]
list_profile_objects: Builder[ListProfileObjectsParameters]
list_recommender_filters: Builder[ListRecommenderFiltersParameters]
list_recommender_recipes: Builder[ListRecommenderRecipesParameters]
list_recommender_schemas: Builder[ListRecommenderSchemasParameters]
list_recommenders: Builder[ListRecommendersParameters]
list_rule_based_matches: Builder[ListRuleBasedMatchesParameters]
list_segment_definitions: Builder[ListSegmentDefinitionsParameters]
list_segment_subscription_events: Builder[ListSegmentSubscriptionEventsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_upload_jobs: Builder[ListUploadJobsParameters]
list_workflows: Builder[ListWorkflowsParameters]
merge_profiles: Builder[MergeProfilesParameters]
put_domain_object_type: Builder[PutDomainObjectTypeParameters]
put_integration: Builder[PutIntegrationParameters]
put_intent_definition: Builder[PutIntentDefinitionParameters]
put_profile_object: Builder[PutProfileObjectParameters]
put_profile_object_type: Builder[PutProfileObjectTypeParameters]
put_segment_subscription: Builder[PutSegmentSubscriptionParameters]
search_profiles: Builder[SearchProfilesParameters]
search_recommendations: Builder[SearchRecommendationsParameters]
start_recommender: Builder[StartRecommenderParameters]
start_upload_job: Builder[StartUploadJobParameters]
stop_recommender: Builder[StopRecommenderParameters]
stop_upload_job: Builder[StopUploadJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_calculated_attribute_definition: Builder[UpdateCalculatedAttributeDefinitionParameters]
update_domain: Builder[UpdateDomainParameters]
update_domain_layout: Builder[UpdateDomainLayoutParameters]
update_event_trigger: Builder[UpdateEventTriggerParameters]
update_profile: Builder[UpdateProfileParameters]
update_recommender: Builder[UpdateRecommenderParameters]

__all__ = [
    "add_profile_key",
    "associate_stream_for_segments",
    "batch_get_calculated_attribute_for_profile",
    "batch_get_intent_for_profile",
    "batch_get_profile",
    "batch_put_profile_object",
    "create_calculated_attribute_definition",
    "create_domain",
    "create_domain_layout",
    "create_event_stream",
    "create_event_trigger",
    "create_integration_workflow",
    "create_profile",
    "create_recommender",
    "create_recommender_filter",
    "create_recommender_schema",
    "create_segment_definition",
    "create_segment_estimate",
    "create_segment_snapshot",
    "create_upload_job",
    "delete_calculated_attribute_definition",
    "delete_domain",
    "delete_domain_layout",
    "delete_domain_object_type",
    "delete_event_stream",
    "delete_event_trigger",
    "delete_integration",
    "delete_intent_definition",
    "delete_profile",
    "delete_profile_key",
    "delete_profile_object",
    "delete_profile_object_type",
    "delete_recommender",
    "delete_recommender_filter",
    "delete_recommender_schema",
    "delete_segment_definition",
    "delete_segment_subscription",
    "delete_workflow",
    "detect_profile_object_type",
    "disassociate_stream_for_segments",
    "get_auto_merging_preview",
    "get_calculated_attribute_definition",
    "get_calculated_attribute_for_profile",
    "get_domain",
    "get_domain_layout",
    "get_domain_object_type",
    "get_event_stream",
    "get_event_trigger",
    "get_identity_resolution_job",
    "get_integration",
    "get_intent_definition",
    "get_matches",
    "get_object_type_attribute_statistics",
    "get_profile_history_record",
    "get_profile_object_type",
    "get_profile_object_type_template",
    "get_profile_recommendations",
    "get_recommender",
    "get_recommender_filter",
    "get_recommender_schema",
    "get_segment_definition",
    "get_segment_estimate",
    "get_segment_membership",
    "get_segment_snapshot",
    "get_segment_subscription",
    "get_similar_profiles",
    "get_stream_for_segments",
    "get_upload_job",
    "get_upload_job_path",
    "get_workflow",
    "get_workflow_steps",
    "list_account_integrations",
    "list_calculated_attribute_definitions",
    "list_calculated_attributes_for_profile",
    "list_domain_layouts",
    "list_domain_object_types",
    "list_domains",
    "list_event_streams",
    "list_event_triggers",
    "list_identity_resolution_jobs",
    "list_integrations",
    "list_intent_types",
    "list_object_type_attribute_values",
    "list_object_type_attributes",
    "list_profile_attribute_values",
    "list_profile_history_records",
    "list_profile_object_type_templates",
    "list_profile_object_types",
    "list_profile_objects",
    "list_recommender_filters",
    "list_recommender_recipes",
    "list_recommender_schemas",
    "list_recommenders",
    "list_rule_based_matches",
    "list_segment_definitions",
    "list_segment_subscription_events",
    "list_tags_for_resource",
    "list_upload_jobs",
    "list_workflows",
    "merge_profiles",
    "put_domain_object_type",
    "put_integration",
    "put_intent_definition",
    "put_profile_object",
    "put_profile_object_type",
    "put_segment_subscription",
    "search_profiles",
    "search_recommendations",
    "start_recommender",
    "start_upload_job",
    "stop_recommender",
    "stop_upload_job",
    "tag_resource",
    "untag_resource",
    "update_calculated_attribute_definition",
    "update_domain",
    "update_domain_layout",
    "update_event_trigger",
    "update_profile",
    "update_recommender",
]
