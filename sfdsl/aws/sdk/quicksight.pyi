"""Typed builders of the AWS SDK integration of quicksight (``aws-sdk:quicksight:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, Fi, I, Ii, L, Li, M, S, Si, T, Ti, X, Xi

class Identifier(TypedDict, total=False):
    Identity: S

class AggFunction(TypedDict, total=False):
    Aggregation: S
    AggregationFunctionParameters: M[S]
    Period: S
    PeriodField: S

class TopicIRComparisonMethod(TypedDict, total=False):
    Type: S
    Period: S
    WindowSize: I

class NegativeFormat(TypedDict, total=False):
    Prefix: S
    Suffix: S

class DisplayFormatOptions(TypedDict, total=False):
    UseBlankCellFormat: B
    BlankCellFormat: S
    DateFormat: S
    DecimalSeparator: S
    GroupingSeparator: S
    UseGrouping: B
    FractionDigits: I
    Prefix: S
    Suffix: S
    UnitScaler: S
    NegativeFormat: X[NegativeFormat]
    CurrencySymbol: S

class NamedEntityRef(TypedDict, total=False):
    NamedEntityName: S

class TopicIRMetric(TypedDict, total=False):
    MetricId: X[Identifier]
    Function: X[AggFunction]
    Operands: L[Xi[Identifier]]
    ComparisonMethod: X[TopicIRComparisonMethod]
    Expression: S
    CalculatedFieldReferences: L[Xi[Identifier]]
    DisplayFormat: S
    DisplayFormatOptions: X[DisplayFormatOptions]
    NamedEntity: X[NamedEntityRef]

class TopicSortClause(TypedDict, total=False):
    Operand: X[Identifier]
    SortDirection: S

class TopicIRGroupBy(TypedDict, total=False):
    FieldName: X[Identifier]
    TimeGranularity: S
    Sort: X[TopicSortClause]
    DisplayFormat: S
    DisplayFormatOptions: X[DisplayFormatOptions]
    NamedEntity: X[NamedEntityRef]

class CollectiveConstantEntry(TypedDict, total=False):
    ConstantType: S
    Value: S

class TopicConstantValue(TypedDict, total=False):
    ConstantType: S
    Value: S
    Minimum: S
    Maximum: S
    ValueList: L[Xi[CollectiveConstantEntry]]

class AggregationPartitionBy(TypedDict, total=False):
    FieldName: S
    TimeGranularity: S

class FilterAggMetrics(TypedDict, total=False):
    MetricOperand: X[Identifier]
    Function: S
    SortDirection: S

class Anchor(TypedDict, total=False):
    AnchorType: S
    TimeGranularity: S
    Offset: I

class TopicIRFilterOption(TypedDict, total=False):
    FilterType: S
    FilterClass: S
    OperandField: X[Identifier]
    Function: S
    Constant: X[TopicConstantValue]
    Inverse: B
    NullFilter: S
    Aggregation: S
    AggregationFunctionParameters: M[S]
    AggregationPartitionBy: L[Xi[AggregationPartitionBy]]
    Range: X[TopicConstantValue]
    Inclusive: B
    TimeGranularity: S
    LastNextOffset: X[TopicConstantValue]
    AggMetrics: L[Xi[FilterAggMetrics]]
    TopBottomLimit: X[TopicConstantValue]
    SortDirection: S
    Anchor: X[Anchor]

class ContributionAnalysisFactor(TypedDict, total=False):
    FieldName: S

class ContributionAnalysisTimeRanges(TypedDict, total=False):
    StartRange: X[TopicIRFilterOption]
    EndRange: X[TopicIRFilterOption]

class TopicIRContributionAnalysis(TypedDict, total=False):
    Factors: L[Xi[ContributionAnalysisFactor]]
    TimeRanges: X[ContributionAnalysisTimeRanges]
    Direction: S
    SortType: S

class VisualOptions(TypedDict, total=False):
    Type: S

class TopicIR(TypedDict, total=False):
    Metrics: L[Xi[TopicIRMetric]]
    GroupByList: L[Xi[TopicIRGroupBy]]
    Filters: L[Li[Xi[TopicIRFilterOption]]]
    Sort: X[TopicSortClause]
    ContributionAnalysis: X[TopicIRContributionAnalysis]
    Visual: X[VisualOptions]

class TopicVisual(TypedDict, total=False):
    VisualId: S
    Role: S
    Ir: X[TopicIR]
    SupportingVisuals: L[Xi[TopicVisual]]

class Slot(TypedDict, total=False):
    SlotId: S
    VisualId: S

class TopicTemplate(TypedDict, total=False):
    TemplateType: S
    Slots: L[Xi[Slot]]

class CreateTopicReviewedAnswer(TypedDict, total=False):
    AnswerId: S
    DatasetArn: S
    Question: S
    Mir: X[TopicIR]
    PrimaryVisual: X[TopicVisual]
    Template: X[TopicTemplate]

BatchCreateTopicReviewedAnswerParameters = TypedDict(
    "BatchCreateTopicReviewedAnswerParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "Answers": L[Xi[CreateTopicReviewedAnswer]],
        "Answers.$": str,
    },
    total=False,
)
BatchDeleteKnowledgeBaseParameters = TypedDict(
    "BatchDeleteKnowledgeBaseParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseIds": L[Si],
        "KnowledgeBaseIds.$": str,
    },
    total=False,
)
BatchDeletePolicyAssignmentByPolicyParameters = TypedDict(
    "BatchDeletePolicyAssignmentByPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PrincipalArns": L[Si],
        "PrincipalArns.$": str,
    },
    total=False,
)
BatchDeleteTopicReviewedAnswerParameters = TypedDict(
    "BatchDeleteTopicReviewedAnswerParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "AnswerIds": L[Si],
        "AnswerIds.$": str,
    },
    total=False,
)

class UserLimitsEntry(TypedDict, total=False):
    UserName: S
    Namespace: S

BatchDescribeUserLimitsParameters = TypedDict(
    "BatchDescribeUserLimitsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Users": L[Xi[UserLimitsEntry]],
        "Users.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
    },
    total=False,
)

class PutAssignmentEntry(TypedDict, total=False):
    PrincipalArn: S
    ExistingPolicyArn: S
    Revision: I

BatchPutPolicyAssignmentByPolicyParameters = TypedDict(
    "BatchPutPolicyAssignmentByPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Assignments": L[Xi[PutAssignmentEntry]],
        "Assignments.$": str,
    },
    total=False,
)
CancelIngestionParameters = TypedDict(
    "CancelIngestionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "IngestionId": S,
        "IngestionId.$": str,
    },
    total=False,
)

class ExternalIdpPublicAuthCodeAuthorizingConfig(TypedDict, total=False):
    ClientId: S
    IssuerUrl: S

class IdpClientSecretInput(TypedDict, total=False):
    RegionalSecretManagerArns: M[S]

class ExternalIdpConfidentialAuthCodeAuthorizingConfigInput(TypedDict, total=False):
    ClientId: S
    IssuerUrl: S
    ClientSecret: X[IdpClientSecretInput]

class IdpAuthorizingConfigurationDetailInput(TypedDict, total=False):
    ExternalIdpPublicAuthCode: X[ExternalIdpPublicAuthCodeAuthorizingConfig]
    ExternalIdpConfidentialAuthCode: X[ExternalIdpConfidentialAuthCodeAuthorizingConfigInput]

class IdcTrustedTokenIssuerConfig(TypedDict, total=False):
    IdcTrustedTokenIssuerArn: S

class IdpAuthorizingConfigInput(TypedDict, total=False):
    IdpAuthorizingType: S
    IdpAuthorizingConfigurationDetailInput: X[IdpAuthorizingConfigurationDetailInput]
    IdcTrustedTokenIssuerConfiguration: X[IdcTrustedTokenIssuerConfig]

class QuickManagedAuthCodeQuickAuthenticationConfigInput(TypedDict, total=False):
    RedirectUris: L[Si]

class QuickAuthenticationConfigurationDetailInput(TypedDict, total=False):
    QuickManagedPublicAuthCode: X[QuickManagedAuthCodeQuickAuthenticationConfigInput]

class QuickAuthenticationConfigInput(TypedDict, total=False):
    QuickAuthenticationType: S
    QuickAuthenticationConfigurationDetailInput: X[QuickAuthenticationConfigurationDetailInput]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAccessControlApplicationParameters = TypedDict(
    "CreateAccessControlApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "IdpAuthorizingConfiguration": X[IdpAuthorizingConfigInput],
        "IdpAuthorizingConfiguration.$": str,
        "QuickAuthenticationConfiguration": X[QuickAuthenticationConfigInput],
        "QuickAuthenticationConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ClientSecretConfigurationDetail(TypedDict, total=False):
    Idp: X[IdpClientSecretInput]

class ClientSecretConfiguration(TypedDict, total=False):
    ClientSecretSourceType: S
    ClientSecretConfigurationDetail: X[ClientSecretConfigurationDetail]

CreateAccessControlApplicationSecretParameters = TypedDict(
    "CreateAccessControlApplicationSecretParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Description": S,
        "Description.$": str,
        "ClientSecretConfiguration": X[ClientSecretConfiguration],
        "ClientSecretConfiguration.$": str,
    },
    total=False,
)

class AccountCustomization(TypedDict, total=False):
    DefaultTheme: S
    DefaultEmailCustomizationTemplate: S

CreateAccountCustomizationParameters = TypedDict(
    "CreateAccountCustomizationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "AccountCustomization": X[AccountCustomization],
        "AccountCustomization.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAccountSubscriptionParameters = TypedDict(
    "CreateAccountSubscriptionParameters",
    {
        "Edition": S,
        "Edition.$": str,
        "AuthenticationMethod": S,
        "AuthenticationMethod.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AccountName": S,
        "AccountName.$": str,
        "NotificationEmail": S,
        "NotificationEmail.$": str,
        "ActiveDirectoryName": S,
        "ActiveDirectoryName.$": str,
        "Realm": S,
        "Realm.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "AdminGroup": L[Si],
        "AdminGroup.$": str,
        "AuthorGroup": L[Si],
        "AuthorGroup.$": str,
        "ReaderGroup": L[Si],
        "ReaderGroup.$": str,
        "AdminProGroup": L[Si],
        "AdminProGroup.$": str,
        "AuthorProGroup": L[Si],
        "AuthorProGroup.$": str,
        "ReaderProGroup": L[Si],
        "ReaderProGroup.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "LastName": S,
        "LastName.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "ContactNumber": S,
        "ContactNumber.$": str,
        "IamIdentityCenterInstanceArn": S,
        "IamIdentityCenterInstanceArn.$": str,
    },
    total=False,
)

class AuthorizationCodeGrantDetails(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    TokenEndpoint: S
    AuthorizationEndpoint: S

class AuthorizationCodeGrantCredentialsDetails(TypedDict, total=False):
    AuthorizationCodeGrantDetails: X[AuthorizationCodeGrantDetails]

class AuthorizationCodeGrantMetadata(TypedDict, total=False):
    BaseEndpoint: S
    RedirectUrl: S
    AuthorizationCodeGrantCredentialsSource: S
    AuthorizationCodeGrantCredentialsDetails: X[AuthorizationCodeGrantCredentialsDetails]

class ClientCredentialsGrantDetails(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    TokenEndpoint: S

class ClientCredentialsDetails(TypedDict, total=False):
    ClientCredentialsGrantDetails: X[ClientCredentialsGrantDetails]

class ClientCredentialsGrantMetadata(TypedDict, total=False):
    BaseEndpoint: S
    ClientCredentialsSource: S
    ClientCredentialsDetails: X[ClientCredentialsDetails]

class BasicAuthConnectionMetadata(TypedDict, total=False):
    BaseEndpoint: S
    Username: S
    Password: S

class APIKeyConnectionMetadata(TypedDict, total=False):
    BaseEndpoint: S
    ApiKey: S
    Email: S

class NoneConnectionMetadata(TypedDict, total=False):
    BaseEndpoint: S

class IAMConnectionMetadata(TypedDict, total=False):
    RoleArn: S

class AuthenticationMetadata(TypedDict, total=False):
    AuthorizationCodeGrantMetadata: X[AuthorizationCodeGrantMetadata]
    ClientCredentialsGrantMetadata: X[ClientCredentialsGrantMetadata]
    BasicAuthConnectionMetadata: X[BasicAuthConnectionMetadata]
    ApiKeyConnectionMetadata: X[APIKeyConnectionMetadata]
    NoneConnectionMetadata: X[NoneConnectionMetadata]
    IamConnectionMetadata: X[IAMConnectionMetadata]

class AuthConfig(TypedDict, total=False):
    AuthenticationType: S
    AuthenticationMetadata: X[AuthenticationMetadata]

class ResourcePermission(TypedDict, total=False):
    Principal: S
    Actions: L[Si]

CreateActionConnectorParameters = TypedDict(
    "CreateActionConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ActionConnectorId": S,
        "ActionConnectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "AuthenticationConfig": X[AuthConfig],
        "AuthenticationConfig.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "VpcConnectionArn": S,
        "VpcConnectionArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CustomPromptProfile(TypedDict, total=False):
    ModelProfileId: S
    SubscriptionId: S
    QbsAwsAccountId: S

class CustomPromptInputParameters(TypedDict, total=False):
    ResponseLength: S
    OutputStyle: S
    Identity: S
    Tone: S
    CustomInstructions: S

class CustomPromptInput(TypedDict, total=False):
    ExistingPrompt: X[CustomPromptProfile]
    NewPrompt: X[CustomPromptInputParameters]

CreateAgentParameters = TypedDict(
    "CreateAgentParameters",
    {
        "Spaces": L[Si],
        "Spaces.$": str,
        "ActionConnectors": L[Si],
        "ActionConnectors.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AgentId": S,
        "AgentId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "IconId": S,
        "IconId.$": str,
        "StarterPrompts": L[Si],
        "StarterPrompts.$": str,
        "WelcomeMessage": S,
        "WelcomeMessage.$": str,
        "AgentLifecycle": S,
        "AgentLifecycle.$": str,
        "CustomPromptInput": X[CustomPromptInput],
        "CustomPromptInput.$": str,
    },
    total=False,
)

class StringParameter(TypedDict, total=False):
    Name: S
    Values: L[Si]

class IntegerParameter(TypedDict, total=False):
    Name: S
    Values: L[Ii]

class DecimalParameter(TypedDict, total=False):
    Name: S
    Values: L[Fi]

class DateTimeParameter(TypedDict, total=False):
    Name: S
    Values: L[Ti]

class Parameters(TypedDict, total=False):
    StringParameters: L[Xi[StringParameter]]
    IntegerParameters: L[Xi[IntegerParameter]]
    DecimalParameters: L[Xi[DecimalParameter]]
    DateTimeParameters: L[Xi[DateTimeParameter]]

class DataSetReference(TypedDict, total=False):
    DataSetPlaceholder: S
    DataSetArn: S

class TopicReference(TypedDict, total=False):
    TopicPlaceholder: S
    TopicArn: S

class AnalysisSourceTemplate(TypedDict, total=False):
    DataSetReferences: L[Xi[DataSetReference]]
    TopicReferences: L[Xi[TopicReference]]
    Arn: S

class AnalysisSourceEntity(TypedDict, total=False):
    SourceTemplate: X[AnalysisSourceTemplate]

class DataSetIdentifierDeclaration(TypedDict, total=False):
    Identifier: S
    DataSetArn: S

class TopicIdentifierDeclaration(TypedDict, total=False):
    Identifier: S
    TopicArn: S

class FontSize(TypedDict, total=False):
    Relative: S
    Absolute: S

class FontWeight(TypedDict, total=False):
    Name: S

class FontConfiguration(TypedDict, total=False):
    FontSize: X[FontSize]
    FontDecoration: S
    FontColor: S
    FontWeight: X[FontWeight]
    FontStyle: S
    FontFamily: S

class LabelOptions(TypedDict, total=False):
    Visibility: S
    FontConfiguration: X[FontConfiguration]
    CustomLabel: S

class SheetControlInfoIconLabelOptions(TypedDict, total=False):
    Visibility: S
    InfoIconText: S

class DateTimePickerControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    DateTimeFormat: S
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]
    HelperTextVisibility: S
    DateIconVisibility: S

class ControlTitleFormatText(TypedDict, total=False):
    PlainText: S
    RichText: S

class ParameterDateTimePickerControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    DisplayOptions: X[DateTimePickerControlDisplayOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class ListControlSearchOptions(TypedDict, total=False):
    Visibility: S

class ListControlSelectAllOptions(TypedDict, total=False):
    Visibility: S

class ListControlDisplayOptions(TypedDict, total=False):
    SearchOptions: X[ListControlSearchOptions]
    SelectAllOptions: X[ListControlSelectAllOptions]
    TitleOptions: X[LabelOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class ColumnIdentifier(TypedDict, total=False):
    DataSetIdentifier: S
    TopicIdentifier: S
    ColumnName: S

class ParameterSelectableValues(TypedDict, total=False):
    Values: L[Si]
    LinkToDataSetColumn: X[ColumnIdentifier]

class CascadingControlSource(TypedDict, total=False):
    SourceSheetControlId: S
    ColumnToMatch: X[ColumnIdentifier]

class CascadingControlConfiguration(TypedDict, total=False):
    SourceControls: L[Xi[CascadingControlSource]]

class SelectableValuesSort(TypedDict, total=False):
    Direction: S

class PercentileAggregation(TypedDict, total=False):
    PercentileValue: F

class NumericalAggregationFunction(TypedDict, total=False):
    SimpleNumericalAggregation: S
    PercentileAggregation: X[PercentileAggregation]

class AttributeAggregationFunction(TypedDict, total=False):
    SimpleAttributeAggregation: S
    ValueForMultipleValues: S

class AggregationFunction(TypedDict, total=False):
    NumericalAggregationFunction: X[NumericalAggregationFunction]
    CategoricalAggregationFunction: S
    DateAggregationFunction: S
    AttributeAggregationFunction: X[AttributeAggregationFunction]

class AggregationSortConfiguration(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    SortDirection: S
    AggregationFunction: X[AggregationFunction]

class ControlSortConfiguration(TypedDict, total=False):
    SelectableValuesSort: X[SelectableValuesSort]
    ControlColumnSort: X[AggregationSortConfiguration]

class ParameterListControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    DisplayOptions: X[ListControlDisplayOptions]
    Type: S
    SelectableValues: X[ParameterSelectableValues]
    CascadingControlConfiguration: X[CascadingControlConfiguration]
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class DropDownControlDisplayOptions(TypedDict, total=False):
    SelectAllOptions: X[ListControlSelectAllOptions]
    TitleOptions: X[LabelOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class ParameterDropDownControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    DisplayOptions: X[DropDownControlDisplayOptions]
    Type: S
    SelectableValues: X[ParameterSelectableValues]
    CascadingControlConfiguration: X[CascadingControlConfiguration]
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class TextControlPlaceholderOptions(TypedDict, total=False):
    Visibility: S

class TextFieldControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    PlaceholderOptions: X[TextControlPlaceholderOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class ParameterTextFieldControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    DisplayOptions: X[TextFieldControlDisplayOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class TextAreaControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    PlaceholderOptions: X[TextControlPlaceholderOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class ParameterTextAreaControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    Delimiter: S
    DisplayOptions: X[TextAreaControlDisplayOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class SliderControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class ParameterSliderControl(TypedDict, total=False):
    ParameterControlId: S
    Title: S
    SourceParameterName: S
    DisplayOptions: X[SliderControlDisplayOptions]
    MaximumValue: F
    MinimumValue: F
    StepSize: F
    ControlTitleFormatText: X[ControlTitleFormatText]

class ParameterControl(TypedDict, total=False):
    DateTimePicker: X[ParameterDateTimePickerControl]
    List: X[ParameterListControl]
    Dropdown: X[ParameterDropDownControl]
    TextField: X[ParameterTextFieldControl]
    TextArea: X[ParameterTextAreaControl]
    Slider: X[ParameterSliderControl]

class FilterDateTimePickerControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[DateTimePickerControlDisplayOptions]
    Type: S
    CommitMode: S
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterSelectableValues(TypedDict, total=False):
    Values: L[Si]

class FilterListControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[ListControlDisplayOptions]
    Type: S
    SelectableValues: X[FilterSelectableValues]
    CascadingControlConfiguration: X[CascadingControlConfiguration]
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterDropDownControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[DropDownControlDisplayOptions]
    Type: S
    SelectableValues: X[FilterSelectableValues]
    CascadingControlConfiguration: X[CascadingControlConfiguration]
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterTextFieldControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[TextFieldControlDisplayOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterTextAreaControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    Delimiter: S
    DisplayOptions: X[TextAreaControlDisplayOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterSliderControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[SliderControlDisplayOptions]
    Type: S
    MaximumValue: F
    MinimumValue: F
    StepSize: F
    ControlTitleFormatText: X[ControlTitleFormatText]

class RelativeDateTimeControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    DateTimeFormat: S
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class FilterRelativeDateTimeControl(TypedDict, total=False):
    FilterControlId: S
    Title: S
    SourceFilterId: S
    DisplayOptions: X[RelativeDateTimeControlDisplayOptions]
    CommitMode: S
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterCrossSheetControl(TypedDict, total=False):
    FilterControlId: S
    SourceFilterId: S
    CascadingControlConfiguration: X[CascadingControlConfiguration]

class HierarchyFilterListControlSearchOptions(TypedDict, total=False):
    Visibility: S

class HierarchyFilterListControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]
    SearchOptions: X[HierarchyFilterListControlSearchOptions]

class HierarchyFilterListControl(TypedDict, total=False):
    FilterControlId: S
    SourceFilterId: S
    Title: S
    DisplayOptions: X[HierarchyFilterListControlDisplayOptions]
    Type: S
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class HierarchyFilterDropDownControlDisplayOptions(TypedDict, total=False):
    TitleOptions: X[LabelOptions]
    InfoIconLabelOptions: X[SheetControlInfoIconLabelOptions]

class HierarchyFilterDropDownControl(TypedDict, total=False):
    FilterControlId: S
    SourceFilterId: S
    Title: S
    DisplayOptions: X[HierarchyFilterDropDownControlDisplayOptions]
    Type: S
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class FilterControl(TypedDict, total=False):
    DateTimePicker: X[FilterDateTimePickerControl]
    List: X[FilterListControl]
    Dropdown: X[FilterDropDownControl]
    TextField: X[FilterTextFieldControl]
    TextArea: X[FilterTextAreaControl]
    Slider: X[FilterSliderControl]
    RelativeDateTime: X[FilterRelativeDateTimeControl]
    CrossSheet: X[FilterCrossSheetControl]
    HierarchyList: X[HierarchyFilterListControl]
    HierarchyDropdown: X[HierarchyFilterDropDownControl]

class ShortFormatText(TypedDict, total=False):
    PlainText: S
    RichText: S

class VisualTitleLabelOptions(TypedDict, total=False):
    Visibility: S
    FormatText: X[ShortFormatText]

class LongFormatText(TypedDict, total=False):
    PlainText: S
    RichText: S

class VisualSubtitleLabelOptions(TypedDict, total=False):
    Visibility: S
    FormatText: X[LongFormatText]

class ThousandSeparatorOptions(TypedDict, total=False):
    Symbol: S
    Visibility: S
    GroupingStyle: S

class NumericSeparatorConfiguration(TypedDict, total=False):
    DecimalSeparator: S
    ThousandsSeparator: X[ThousandSeparatorOptions]

class DecimalPlacesConfiguration(TypedDict, total=False):
    DecimalPlaces: I

class NegativeValueConfiguration(TypedDict, total=False):
    DisplayMode: S

class NullValueFormatConfiguration(TypedDict, total=False):
    NullString: S

class NumberDisplayFormatConfiguration(TypedDict, total=False):
    Prefix: S
    Suffix: S
    SeparatorConfiguration: X[NumericSeparatorConfiguration]
    DecimalPlacesConfiguration: X[DecimalPlacesConfiguration]
    NumberScale: S
    NegativeValueConfiguration: X[NegativeValueConfiguration]
    NullValueFormatConfiguration: X[NullValueFormatConfiguration]

class CurrencyDisplayFormatConfiguration(TypedDict, total=False):
    Prefix: S
    Suffix: S
    SeparatorConfiguration: X[NumericSeparatorConfiguration]
    Symbol: S
    DecimalPlacesConfiguration: X[DecimalPlacesConfiguration]
    NumberScale: S
    NegativeValueConfiguration: X[NegativeValueConfiguration]
    NullValueFormatConfiguration: X[NullValueFormatConfiguration]

class PercentageDisplayFormatConfiguration(TypedDict, total=False):
    Prefix: S
    Suffix: S
    SeparatorConfiguration: X[NumericSeparatorConfiguration]
    DecimalPlacesConfiguration: X[DecimalPlacesConfiguration]
    NegativeValueConfiguration: X[NegativeValueConfiguration]
    NullValueFormatConfiguration: X[NullValueFormatConfiguration]

class NumericFormatConfiguration(TypedDict, total=False):
    NumberDisplayFormatConfiguration: X[NumberDisplayFormatConfiguration]
    CurrencyDisplayFormatConfiguration: X[CurrencyDisplayFormatConfiguration]
    PercentageDisplayFormatConfiguration: X[PercentageDisplayFormatConfiguration]

class NumberFormatConfiguration(TypedDict, total=False):
    FormatConfiguration: X[NumericFormatConfiguration]

class NumericalDimensionField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    HierarchyId: S
    FormatConfiguration: X[NumberFormatConfiguration]

class StringFormatConfiguration(TypedDict, total=False):
    NullValueFormatConfiguration: X[NullValueFormatConfiguration]
    NumericFormatConfiguration: X[NumericFormatConfiguration]

class CategoricalDimensionField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    HierarchyId: S
    FormatConfiguration: X[StringFormatConfiguration]

class DateTimeFormatConfiguration(TypedDict, total=False):
    DateTimeFormat: S
    NullValueFormatConfiguration: X[NullValueFormatConfiguration]
    NumericFormatConfiguration: X[NumericFormatConfiguration]

class DateDimensionField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    DateGranularity: S
    HierarchyId: S
    FormatConfiguration: X[DateTimeFormatConfiguration]

class DimensionField(TypedDict, total=False):
    NumericalDimensionField: X[NumericalDimensionField]
    CategoricalDimensionField: X[CategoricalDimensionField]
    DateDimensionField: X[DateDimensionField]

class NumericalMeasureField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    AggregationFunction: X[NumericalAggregationFunction]
    FormatConfiguration: X[NumberFormatConfiguration]

class CategoricalMeasureField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    AggregationFunction: S
    FormatConfiguration: X[StringFormatConfiguration]

class DateMeasureField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    AggregationFunction: S
    FormatConfiguration: X[DateTimeFormatConfiguration]

class CalculatedMeasureField(TypedDict, total=False):
    FieldId: S
    Expression: S

class MeasureField(TypedDict, total=False):
    NumericalMeasureField: X[NumericalMeasureField]
    CategoricalMeasureField: X[CategoricalMeasureField]
    DateMeasureField: X[DateMeasureField]
    CalculatedMeasureField: X[CalculatedMeasureField]

class TableAggregatedFieldWells(TypedDict, total=False):
    GroupBy: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class FormatConfiguration(TypedDict, total=False):
    StringFormatConfiguration: X[StringFormatConfiguration]
    NumberFormatConfiguration: X[NumberFormatConfiguration]
    DateTimeFormatConfiguration: X[DateTimeFormatConfiguration]

class UnaggregatedField(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]
    FormatConfiguration: X[FormatConfiguration]

class TableUnaggregatedFieldWells(TypedDict, total=False):
    Values: L[Xi[UnaggregatedField]]

class TableFieldWells(TypedDict, total=False):
    TableAggregatedFieldWells: X[TableAggregatedFieldWells]
    TableUnaggregatedFieldWells: X[TableUnaggregatedFieldWells]

class FieldSort(TypedDict, total=False):
    FieldId: S
    Direction: S

class ColumnSort(TypedDict, total=False):
    SortBy: X[ColumnIdentifier]
    Direction: S
    AggregationFunction: X[AggregationFunction]

class FieldSortOptions(TypedDict, total=False):
    FieldSort: X[FieldSort]
    ColumnSort: X[ColumnSort]

class PaginationConfiguration(TypedDict, total=False):
    PageSize: I
    PageNumber: I

class TableSortConfiguration(TypedDict, total=False):
    RowSort: L[Xi[FieldSortOptions]]
    PaginationConfiguration: X[PaginationConfiguration]

class TableBorderOptions(TypedDict, total=False):
    Color: S
    Thickness: I
    Style: S

class TableSideBorderOptions(TypedDict, total=False):
    InnerVertical: X[TableBorderOptions]
    InnerHorizontal: X[TableBorderOptions]
    Left: X[TableBorderOptions]
    Right: X[TableBorderOptions]
    Top: X[TableBorderOptions]
    Bottom: X[TableBorderOptions]

class GlobalTableBorderOptions(TypedDict, total=False):
    UniformBorder: X[TableBorderOptions]
    SideSpecificBorder: X[TableSideBorderOptions]

class TableCellStyle(TypedDict, total=False):
    Visibility: S
    FontConfiguration: X[FontConfiguration]
    TextWrap: S
    HorizontalTextAlignment: S
    VerticalTextAlignment: S
    BackgroundColor: S
    Height: I
    Border: X[GlobalTableBorderOptions]

class RowAlternateColorOptions(TypedDict, total=False):
    Status: S
    RowAlternateColors: L[Si]
    UsePrimaryBackgroundColor: S

class TableOptions(TypedDict, total=False):
    Orientation: S
    HeaderStyle: X[TableCellStyle]
    CellStyle: X[TableCellStyle]
    RowAlternateColorOptions: X[RowAlternateColorOptions]

class TotalAggregationFunction(TypedDict, total=False):
    SimpleTotalAggregationFunction: S

class TotalAggregationOption(TypedDict, total=False):
    FieldId: S
    TotalAggregationFunction: X[TotalAggregationFunction]

class TotalOptions(TypedDict, total=False):
    TotalsVisibility: S
    Placement: S
    ScrollStatus: S
    CustomLabel: S
    TotalCellStyle: X[TableCellStyle]
    TotalAggregationOptions: L[Xi[TotalAggregationOption]]

class TableFieldCustomTextContent(TypedDict, total=False):
    Value: S
    FontConfiguration: X[FontConfiguration]

class TableFieldCustomIconContent(TypedDict, total=False):
    Icon: S

class TableFieldLinkContentConfiguration(TypedDict, total=False):
    CustomTextContent: X[TableFieldCustomTextContent]
    CustomIconContent: X[TableFieldCustomIconContent]

class TableFieldLinkConfiguration(TypedDict, total=False):
    Target: S
    Content: X[TableFieldLinkContentConfiguration]

class TableCellImageSizingConfiguration(TypedDict, total=False):
    TableCellImageScalingConfiguration: S

class TableFieldImageConfiguration(TypedDict, total=False):
    SizingOptions: X[TableCellImageSizingConfiguration]

class TableFieldURLConfiguration(TypedDict, total=False):
    LinkConfiguration: X[TableFieldLinkConfiguration]
    ImageConfiguration: X[TableFieldImageConfiguration]

class TableFieldOption(TypedDict, total=False):
    FieldId: S
    Width: S
    CustomLabel: S
    Visibility: S
    UrlStyling: X[TableFieldURLConfiguration]

class TablePinnedFieldOptions(TypedDict, total=False):
    PinnedLeftFields: L[Si]

class TransposedTableOption(TypedDict, total=False):
    ColumnIndex: I
    ColumnWidth: S
    ColumnType: S

class TableFieldOptions(TypedDict, total=False):
    SelectedFieldOptions: L[Xi[TableFieldOption]]
    Order: L[Si]
    PinnedFieldOptions: X[TablePinnedFieldOptions]
    TransposedTableOptions: L[Xi[TransposedTableOption]]

class TablePaginatedReportOptions(TypedDict, total=False):
    VerticalOverflowVisibility: S
    OverflowColumnHeaderVisibility: S

class DataBarsOptions(TypedDict, total=False):
    FieldId: S
    PositiveColor: S
    NegativeColor: S

class LineChartMarkerStyleSettings(TypedDict, total=False):
    MarkerVisibility: S
    MarkerShape: S
    MarkerSize: S
    MarkerColor: S

class SparklinesOptions(TypedDict, total=False):
    FieldId: S
    XAxisField: X[DimensionField]
    YAxisBehavior: S
    VisualType: S
    LineColor: S
    LineInterpolation: S
    AllPointsMarker: X[LineChartMarkerStyleSettings]
    MaxValueMarker: X[LineChartMarkerStyleSettings]
    MinValueMarker: X[LineChartMarkerStyleSettings]

class TableInlineVisualization(TypedDict, total=False):
    DataBars: X[DataBarsOptions]
    Sparklines: X[SparklinesOptions]

class FieldTooltipItem(TypedDict, total=False):
    FieldId: S
    Label: S
    Visibility: S
    TooltipTarget: S

class ColumnTooltipItem(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    Label: S
    Visibility: S
    Aggregation: X[AggregationFunction]
    TooltipTarget: S

class TooltipItem(TypedDict, total=False):
    FieldTooltipItem: X[FieldTooltipItem]
    ColumnTooltipItem: X[ColumnTooltipItem]

class FieldBasedTooltip(TypedDict, total=False):
    AggregationVisibility: S
    TooltipTitleType: S
    TooltipFields: L[Xi[TooltipItem]]

class SheetTooltip(TypedDict, total=False):
    SheetId: S

class TooltipOptions(TypedDict, total=False):
    TooltipVisibility: S
    SelectedTooltipType: S
    FieldBasedTooltip: X[FieldBasedTooltip]
    SheetTooltip: X[SheetTooltip]

class VisualCustomizationFieldsConfiguration(TypedDict, total=False):
    Status: S
    AdditionalFields: L[Xi[ColumnIdentifier]]

class DashboardCustomizationVisualOptions(TypedDict, total=False):
    FieldsConfiguration: X[VisualCustomizationFieldsConfiguration]

class VisualMenuOption(TypedDict, total=False):
    AvailabilityStatus: S

class ContextMenuOption(TypedDict, total=False):
    AvailabilityStatus: S

class VisualInteractionOptions(TypedDict, total=False):
    VisualMenuOption: X[VisualMenuOption]
    ContextMenuOption: X[ContextMenuOption]

class TableConfiguration(TypedDict, total=False):
    FieldWells: X[TableFieldWells]
    SortConfiguration: X[TableSortConfiguration]
    TableOptions: X[TableOptions]
    TotalOptions: X[TotalOptions]
    FieldOptions: X[TableFieldOptions]
    PaginatedReportOptions: X[TablePaginatedReportOptions]
    TableInlineVisualizations: L[Xi[TableInlineVisualization]]
    Tooltip: X[TooltipOptions]
    DashboardCustomizationVisualOptions: X[DashboardCustomizationVisualOptions]
    Interactions: X[VisualInteractionOptions]

class ConditionalFormattingSolidColor(TypedDict, total=False):
    Expression: S
    Color: S

class GradientStop(TypedDict, total=False):
    GradientOffset: F
    DataValue: F
    Color: S

class GradientColor(TypedDict, total=False):
    Stops: L[Xi[GradientStop]]

class ConditionalFormattingGradientColor(TypedDict, total=False):
    Expression: S
    Color: X[GradientColor]

class ConditionalFormattingColor(TypedDict, total=False):
    Solid: X[ConditionalFormattingSolidColor]
    Gradient: X[ConditionalFormattingGradientColor]

class ConditionalFormattingIconSet(TypedDict, total=False):
    Expression: S
    IconSetType: S

class ConditionalFormattingCustomIconOptions(TypedDict, total=False):
    Icon: S
    UnicodeIcon: S

class ConditionalFormattingIconDisplayConfiguration(TypedDict, total=False):
    IconDisplayOption: S

class ConditionalFormattingCustomIconCondition(TypedDict, total=False):
    Expression: S
    IconOptions: X[ConditionalFormattingCustomIconOptions]
    Color: S
    DisplayConfiguration: X[ConditionalFormattingIconDisplayConfiguration]

class ConditionalFormattingIcon(TypedDict, total=False):
    IconSet: X[ConditionalFormattingIconSet]
    CustomCondition: X[ConditionalFormattingCustomIconCondition]

class TextConditionalFormat(TypedDict, total=False):
    BackgroundColor: X[ConditionalFormattingColor]
    TextColor: X[ConditionalFormattingColor]
    Icon: X[ConditionalFormattingIcon]

class TableCellConditionalFormatting(TypedDict, total=False):
    FieldId: S
    TextFormat: X[TextConditionalFormat]

class TableRowConditionalFormatting(TypedDict, total=False):
    BackgroundColor: X[ConditionalFormattingColor]
    TextColor: X[ConditionalFormattingColor]

class TableConditionalFormattingOption(TypedDict, total=False):
    Cell: X[TableCellConditionalFormatting]
    Row: X[TableRowConditionalFormatting]

class TableConditionalFormatting(TypedDict, total=False):
    ConditionalFormattingOptions: L[Xi[TableConditionalFormattingOption]]

class FilterOperationSelectedFieldsConfiguration(TypedDict, total=False):
    SelectedFields: L[Si]
    SelectedFieldOptions: S
    SelectedColumns: L[Xi[ColumnIdentifier]]

class SameSheetTargetVisualConfiguration(TypedDict, total=False):
    TargetVisuals: L[Si]
    TargetVisualOptions: S

class FilterOperationTargetVisualsConfiguration(TypedDict, total=False):
    SameSheetTargetVisualConfiguration: X[SameSheetTargetVisualConfiguration]

class CustomActionFilterOperation(TypedDict, total=False):
    SelectedFieldsConfiguration: X[FilterOperationSelectedFieldsConfiguration]
    TargetVisualsConfiguration: X[FilterOperationTargetVisualsConfiguration]

class LocalNavigationConfiguration(TypedDict, total=False):
    TargetSheetId: S

class CustomActionNavigationOperation(TypedDict, total=False):
    LocalNavigationConfiguration: X[LocalNavigationConfiguration]

class CustomActionURLOperation(TypedDict, total=False):
    UrlTemplate: S
    UrlTarget: S

class CustomParameterValues(TypedDict, total=False):
    StringValues: L[Si]
    IntegerValues: L[Ii]
    DecimalValues: L[Fi]
    DateTimeValues: L[Ti]

class CustomValuesConfiguration(TypedDict, total=False):
    IncludeNullValue: B
    CustomValues: X[CustomParameterValues]

class DestinationParameterValueConfiguration(TypedDict, total=False):
    CustomValuesConfiguration: X[CustomValuesConfiguration]
    SelectAllValueOptions: S
    SourceParameterName: S
    SourceField: S
    SourceColumn: X[ColumnIdentifier]

class SetParameterValueConfiguration(TypedDict, total=False):
    DestinationParameterName: S
    Value: X[DestinationParameterValueConfiguration]

class CustomActionSetParametersOperation(TypedDict, total=False):
    ParameterValueConfigurations: L[Xi[SetParameterValueConfiguration]]

class VisualCustomActionOperation(TypedDict, total=False):
    FilterOperation: X[CustomActionFilterOperation]
    NavigationOperation: X[CustomActionNavigationOperation]
    UrlOperation: X[CustomActionURLOperation]
    SetParametersOperation: X[CustomActionSetParametersOperation]

class VisualCustomAction(TypedDict, total=False):
    CustomActionId: S
    Name: S
    Status: S
    Trigger: S
    ActionOperations: L[Xi[VisualCustomActionOperation]]

class TableVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[TableConfiguration]
    ConditionalFormatting: X[TableConditionalFormatting]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class PivotTableAggregatedFieldWells(TypedDict, total=False):
    Rows: L[Xi[DimensionField]]
    Columns: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class PivotTableFieldWells(TypedDict, total=False):
    PivotTableAggregatedFieldWells: X[PivotTableAggregatedFieldWells]

class DataPathType(TypedDict, total=False):
    PivotTableDataPathType: S

class DataPathValue(TypedDict, total=False):
    FieldId: S
    FieldValue: S
    DataPathType: X[DataPathType]

class DataPathSort(TypedDict, total=False):
    Direction: S
    SortPaths: L[Xi[DataPathValue]]

class PivotTableSortBy(TypedDict, total=False):
    Field: X[FieldSort]
    Column: X[ColumnSort]
    DataPath: X[DataPathSort]

class PivotFieldSortOptions(TypedDict, total=False):
    FieldId: S
    SortBy: X[PivotTableSortBy]

class PivotTableSortConfiguration(TypedDict, total=False):
    FieldSortOptions: L[Xi[PivotFieldSortOptions]]

class PivotTableRowsLabelOptions(TypedDict, total=False):
    Visibility: S
    CustomLabel: S

class PivotTableOptions(TypedDict, total=False):
    MetricPlacement: S
    SingleMetricVisibility: S
    ColumnNamesVisibility: S
    ToggleButtonsVisibility: S
    ColumnHeaderStyle: X[TableCellStyle]
    RowHeaderStyle: X[TableCellStyle]
    CellStyle: X[TableCellStyle]
    RowFieldNamesStyle: X[TableCellStyle]
    RowAlternateColorOptions: X[RowAlternateColorOptions]
    CollapsedRowDimensionsVisibility: S
    RowsLayout: S
    RowsLabelOptions: X[PivotTableRowsLabelOptions]
    DefaultCellWidth: S

class PivotTableFieldSubtotalOptions(TypedDict, total=False):
    FieldId: S

class TableStyleTarget(TypedDict, total=False):
    CellType: S

class SubtotalOptions(TypedDict, total=False):
    TotalsVisibility: S
    CustomLabel: S
    FieldLevel: S
    FieldLevelOptions: L[Xi[PivotTableFieldSubtotalOptions]]
    TotalCellStyle: X[TableCellStyle]
    ValueCellStyle: X[TableCellStyle]
    MetricHeaderCellStyle: X[TableCellStyle]
    StyleTargets: L[Xi[TableStyleTarget]]

class PivotTotalOptions(TypedDict, total=False):
    TotalsVisibility: S
    Placement: S
    ScrollStatus: S
    CustomLabel: S
    TotalCellStyle: X[TableCellStyle]
    ValueCellStyle: X[TableCellStyle]
    MetricHeaderCellStyle: X[TableCellStyle]
    TotalAggregationOptions: L[Xi[TotalAggregationOption]]

class PivotTableTotalOptions(TypedDict, total=False):
    RowSubtotalOptions: X[SubtotalOptions]
    ColumnSubtotalOptions: X[SubtotalOptions]
    RowTotalOptions: X[PivotTotalOptions]
    ColumnTotalOptions: X[PivotTotalOptions]

class PivotTableFieldOption(TypedDict, total=False):
    FieldId: S
    CustomLabel: S
    Visibility: S

class PivotTableDataPathOption(TypedDict, total=False):
    DataPathList: L[Xi[DataPathValue]]
    Width: S

class PivotTableFieldCollapseStateTarget(TypedDict, total=False):
    FieldId: S
    FieldDataPathValues: L[Xi[DataPathValue]]

class PivotTableFieldCollapseStateOption(TypedDict, total=False):
    Target: X[PivotTableFieldCollapseStateTarget]
    State: S

class PivotTableFieldOptions(TypedDict, total=False):
    SelectedFieldOptions: L[Xi[PivotTableFieldOption]]
    DataPathOptions: L[Xi[PivotTableDataPathOption]]
    CollapseStateOptions: L[Xi[PivotTableFieldCollapseStateOption]]

class PivotTablePaginatedReportOptions(TypedDict, total=False):
    VerticalOverflowVisibility: S
    OverflowColumnHeaderVisibility: S

class PivotTableConfiguration(TypedDict, total=False):
    FieldWells: X[PivotTableFieldWells]
    SortConfiguration: X[PivotTableSortConfiguration]
    TableOptions: X[PivotTableOptions]
    TotalOptions: X[PivotTableTotalOptions]
    FieldOptions: X[PivotTableFieldOptions]
    PaginatedReportOptions: X[PivotTablePaginatedReportOptions]
    Tooltip: X[TooltipOptions]
    DashboardCustomizationVisualOptions: X[DashboardCustomizationVisualOptions]
    Interactions: X[VisualInteractionOptions]

class PivotTableConditionalFormattingScope(TypedDict, total=False):
    Role: S

class PivotTableCellConditionalFormatting(TypedDict, total=False):
    FieldId: S
    TextFormat: X[TextConditionalFormat]
    Scope: X[PivotTableConditionalFormattingScope]
    Scopes: L[Xi[PivotTableConditionalFormattingScope]]

class PivotTableConditionalFormattingOption(TypedDict, total=False):
    Cell: X[PivotTableCellConditionalFormatting]

class PivotTableConditionalFormatting(TypedDict, total=False):
    ConditionalFormattingOptions: L[Xi[PivotTableConditionalFormattingOption]]

class PivotTableVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[PivotTableConfiguration]
    ConditionalFormatting: X[PivotTableConditionalFormatting]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class BarChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]
    Colors: L[Xi[DimensionField]]
    SmallMultiples: L[Xi[DimensionField]]

class BarChartFieldWells(TypedDict, total=False):
    BarChartAggregatedFieldWells: X[BarChartAggregatedFieldWells]

class ItemsLimitConfiguration(TypedDict, total=False):
    ItemsLimit: I
    OtherCategories: S

class BarChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimit: X[ItemsLimitConfiguration]
    ColorSort: L[Xi[FieldSortOptions]]
    ColorItemsLimit: X[ItemsLimitConfiguration]
    SmallMultiplesSort: L[Xi[FieldSortOptions]]
    SmallMultiplesLimitConfiguration: X[ItemsLimitConfiguration]

class DataPathColor(TypedDict, total=False):
    Element: X[DataPathValue]
    Color: S
    TimeGranularity: S

class VisualPalette(TypedDict, total=False):
    ChartColor: S
    ColorMap: L[Xi[DataPathColor]]

class PanelTitleOptions(TypedDict, total=False):
    Visibility: S
    FontConfiguration: X[FontConfiguration]
    HorizontalTextAlignment: S

class PanelConfiguration(TypedDict, total=False):
    Title: X[PanelTitleOptions]
    BorderVisibility: S
    BorderThickness: S
    BorderStyle: S
    BorderColor: S
    GutterVisibility: S
    GutterSpacing: S
    BackgroundVisibility: S
    BackgroundColor: S

class SmallMultiplesAxisProperties(TypedDict, total=False):
    Scale: S
    Placement: S

class SmallMultiplesOptions(TypedDict, total=False):
    MaxVisibleRows: I
    MaxVisibleColumns: I
    PanelConfiguration: X[PanelConfiguration]
    XAxis: X[SmallMultiplesAxisProperties]
    YAxis: X[SmallMultiplesAxisProperties]

class AxisTickLabelOptions(TypedDict, total=False):
    LabelOptions: X[LabelOptions]
    RotationAngle: F

class AxisLinearScale(TypedDict, total=False):
    StepCount: I
    StepSize: F

class AxisLogarithmicScale(TypedDict, total=False):
    Base: F

class AxisScale(TypedDict, total=False):
    Linear: X[AxisLinearScale]
    Logarithmic: X[AxisLogarithmicScale]

class AxisDisplayMinMaxRange(TypedDict, total=False):
    Minimum: F
    Maximum: F

class AxisDisplayDataDrivenRange(TypedDict, total=False): ...

class AxisDisplayRange(TypedDict, total=False):
    MinMax: X[AxisDisplayMinMaxRange]
    DataDriven: X[AxisDisplayDataDrivenRange]

class NumericAxisOptions(TypedDict, total=False):
    Scale: X[AxisScale]
    Range: X[AxisDisplayRange]

class DateAxisOptions(TypedDict, total=False):
    MissingDateVisibility: S

class AxisDataOptions(TypedDict, total=False):
    NumericAxisOptions: X[NumericAxisOptions]
    DateAxisOptions: X[DateAxisOptions]

class PercentVisibleRange(TypedDict, total=False):
    From: F
    To: F

class VisibleRangeOptions(TypedDict, total=False):
    PercentRange: X[PercentVisibleRange]

class ScrollBarOptions(TypedDict, total=False):
    Visibility: S
    VisibleRange: X[VisibleRangeOptions]

class AxisDisplayOptions(TypedDict, total=False):
    TickLabelOptions: X[AxisTickLabelOptions]
    AxisLineVisibility: S
    GridLineVisibility: S
    DataOptions: X[AxisDataOptions]
    ScrollbarOptions: X[ScrollBarOptions]
    AxisOffset: S

class AxisLabelReferenceOptions(TypedDict, total=False):
    FieldId: S
    Column: X[ColumnIdentifier]

class AxisLabelOptions(TypedDict, total=False):
    FontConfiguration: X[FontConfiguration]
    CustomLabel: S
    ApplyTo: X[AxisLabelReferenceOptions]

class ChartAxisLabelOptions(TypedDict, total=False):
    Visibility: S
    SortIconVisibility: S
    AxisLabelOptions: L[Xi[AxisLabelOptions]]

class DecalSettings(TypedDict, total=False):
    ElementValue: S
    DecalVisibility: S
    DecalColor: S
    DecalPatternType: S
    DecalStyleType: S

class BorderSettings(TypedDict, total=False):
    BorderVisibility: S
    BorderWidth: S
    BorderColor: S

class BarChartDefaultSeriesSettings(TypedDict, total=False):
    DecalSettings: X[DecalSettings]
    BorderSettings: X[BorderSettings]

class BarChartSeriesSettings(TypedDict, total=False):
    DecalSettings: X[DecalSettings]
    BorderSettings: X[BorderSettings]

class FieldBarSeriesItem(TypedDict, total=False):
    FieldId: S
    Settings: X[BarChartSeriesSettings]

class DataFieldBarSeriesItem(TypedDict, total=False):
    FieldId: S
    FieldValue: S
    Settings: X[BarChartSeriesSettings]

class BarSeriesItem(TypedDict, total=False):
    FieldBarSeriesItem: X[FieldBarSeriesItem]
    DataFieldBarSeriesItem: X[DataFieldBarSeriesItem]

class LegendOptions(TypedDict, total=False):
    Visibility: S
    Title: X[LabelOptions]
    Position: S
    Width: S
    Height: S
    ValueFontConfiguration: X[FontConfiguration]

class FieldLabelType(TypedDict, total=False):
    FieldId: S
    Visibility: S

class DataPathLabelType(TypedDict, total=False):
    FieldId: S
    FieldValue: S
    Visibility: S

class RangeEndsLabelType(TypedDict, total=False):
    Visibility: S

class MinimumLabelType(TypedDict, total=False):
    Visibility: S

class MaximumLabelType(TypedDict, total=False):
    Visibility: S

class DataLabelType(TypedDict, total=False):
    FieldLabelType: X[FieldLabelType]
    DataPathLabelType: X[DataPathLabelType]
    RangeEndsLabelType: X[RangeEndsLabelType]
    MinimumLabelType: X[MinimumLabelType]
    MaximumLabelType: X[MaximumLabelType]

class DataLabelOptions(TypedDict, total=False):
    Visibility: S
    CategoryLabelVisibility: S
    MeasureLabelVisibility: S
    DataLabelTypes: L[Xi[DataLabelType]]
    Position: S
    LabelContent: S
    LabelFontConfiguration: X[FontConfiguration]
    LabelColor: S
    Overlap: S
    TotalsVisibility: S

class ReferenceLineStaticDataConfiguration(TypedDict, total=False):
    Value: F

class ReferenceLineDynamicDataConfiguration(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    MeasureAggregationFunction: X[AggregationFunction]
    Calculation: X[NumericalAggregationFunction]

class ReferenceLineDataConfiguration(TypedDict, total=False):
    StaticConfiguration: X[ReferenceLineStaticDataConfiguration]
    DynamicConfiguration: X[ReferenceLineDynamicDataConfiguration]
    AxisBinding: S
    SeriesType: S

class ReferenceLineStyleConfiguration(TypedDict, total=False):
    Pattern: S
    Color: S

class ReferenceLineValueLabelConfiguration(TypedDict, total=False):
    RelativePosition: S
    FormatConfiguration: X[NumericFormatConfiguration]

class ReferenceLineCustomLabelConfiguration(TypedDict, total=False):
    CustomLabel: S

class ReferenceLineLabelConfiguration(TypedDict, total=False):
    ValueLabelConfiguration: X[ReferenceLineValueLabelConfiguration]
    CustomLabelConfiguration: X[ReferenceLineCustomLabelConfiguration]
    FontConfiguration: X[FontConfiguration]
    FontColor: S
    HorizontalPosition: S
    VerticalPosition: S

class ReferenceLine(TypedDict, total=False):
    Status: S
    DataConfiguration: X[ReferenceLineDataConfiguration]
    StyleConfiguration: X[ReferenceLineStyleConfiguration]
    LabelConfiguration: X[ReferenceLineLabelConfiguration]

class ContributionAnalysisDefault(TypedDict, total=False):
    MeasureFieldId: S
    ContributorDimensions: L[Xi[ColumnIdentifier]]

class BarChartConfiguration(TypedDict, total=False):
    FieldWells: X[BarChartFieldWells]
    SortConfiguration: X[BarChartSortConfiguration]
    Orientation: S
    BarsArrangement: S
    VisualPalette: X[VisualPalette]
    SmallMultiplesOptions: X[SmallMultiplesOptions]
    CategoryAxis: X[AxisDisplayOptions]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    ValueAxis: X[AxisDisplayOptions]
    ValueLabelOptions: X[ChartAxisLabelOptions]
    ColorLabelOptions: X[ChartAxisLabelOptions]
    DefaultSeriesSettings: X[BarChartDefaultSeriesSettings]
    Series: L[Xi[BarSeriesItem]]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    ReferenceLines: L[Xi[ReferenceLine]]
    ContributionAnalysisDefaults: L[Xi[ContributionAnalysisDefault]]
    Interactions: X[VisualInteractionOptions]

class NumericEqualityDrillDownFilter(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    Value: F

class CategoryDrillDownFilter(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    CategoryValues: L[Si]

class TimeRangeDrillDownFilter(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    RangeMinimum: T
    RangeMaximum: T
    TimeGranularity: S

class DrillDownFilter(TypedDict, total=False):
    NumericEqualityFilter: X[NumericEqualityDrillDownFilter]
    CategoryFilter: X[CategoryDrillDownFilter]
    TimeRangeFilter: X[TimeRangeDrillDownFilter]

class ExplicitHierarchy(TypedDict, total=False):
    HierarchyId: S
    Columns: L[Xi[ColumnIdentifier]]
    DrillDownFilters: L[Xi[DrillDownFilter]]

class DateTimeHierarchy(TypedDict, total=False):
    HierarchyId: S
    DrillDownFilters: L[Xi[DrillDownFilter]]

class PredefinedHierarchy(TypedDict, total=False):
    HierarchyId: S
    Columns: L[Xi[ColumnIdentifier]]
    DrillDownFilters: L[Xi[DrillDownFilter]]

class ColumnHierarchy(TypedDict, total=False):
    ExplicitHierarchy: X[ExplicitHierarchy]
    DateTimeHierarchy: X[DateTimeHierarchy]
    PredefinedHierarchy: X[PredefinedHierarchy]

class BarChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[BarChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class KPIFieldWells(TypedDict, total=False):
    Values: L[Xi[MeasureField]]
    TargetValues: L[Xi[MeasureField]]
    TrendGroups: L[Xi[DimensionField]]

class KPISortConfiguration(TypedDict, total=False):
    TrendGroupSort: L[Xi[FieldSortOptions]]

class ProgressBarOptions(TypedDict, total=False):
    Visibility: S

class TrendArrowOptions(TypedDict, total=False):
    Visibility: S

class SecondaryValueOptions(TypedDict, total=False):
    Visibility: S

class ComparisonFormatConfiguration(TypedDict, total=False):
    NumberDisplayFormatConfiguration: X[NumberDisplayFormatConfiguration]
    PercentageDisplayFormatConfiguration: X[PercentageDisplayFormatConfiguration]

class ComparisonConfiguration(TypedDict, total=False):
    ComparisonMethod: S
    ComparisonFormat: X[ComparisonFormatConfiguration]

class KPISparklineOptions(TypedDict, total=False):
    Visibility: S
    Type: S
    Color: S
    TooltipVisibility: S

class KPIVisualStandardLayout(TypedDict, total=False):
    Type: S

class KPIVisualLayoutOptions(TypedDict, total=False):
    StandardLayout: X[KPIVisualStandardLayout]

class KPIOptions(TypedDict, total=False):
    ProgressBar: X[ProgressBarOptions]
    TrendArrows: X[TrendArrowOptions]
    SecondaryValue: X[SecondaryValueOptions]
    Comparison: X[ComparisonConfiguration]
    PrimaryValueDisplayType: S
    PrimaryValueFontConfiguration: X[FontConfiguration]
    SecondaryValueFontConfiguration: X[FontConfiguration]
    Sparkline: X[KPISparklineOptions]
    VisualLayoutOptions: X[KPIVisualLayoutOptions]

class KPIConfiguration(TypedDict, total=False):
    FieldWells: X[KPIFieldWells]
    SortConfiguration: X[KPISortConfiguration]
    KpiOptions: X[KPIOptions]
    Interactions: X[VisualInteractionOptions]

class KPIPrimaryValueConditionalFormatting(TypedDict, total=False):
    TextColor: X[ConditionalFormattingColor]
    Icon: X[ConditionalFormattingIcon]

class KPIProgressBarConditionalFormatting(TypedDict, total=False):
    ForegroundColor: X[ConditionalFormattingColor]

class KPIActualValueConditionalFormatting(TypedDict, total=False):
    TextColor: X[ConditionalFormattingColor]
    Icon: X[ConditionalFormattingIcon]

class KPIComparisonValueConditionalFormatting(TypedDict, total=False):
    TextColor: X[ConditionalFormattingColor]
    Icon: X[ConditionalFormattingIcon]

class KPIConditionalFormattingOption(TypedDict, total=False):
    PrimaryValue: X[KPIPrimaryValueConditionalFormatting]
    ProgressBar: X[KPIProgressBarConditionalFormatting]
    ActualValue: X[KPIActualValueConditionalFormatting]
    ComparisonValue: X[KPIComparisonValueConditionalFormatting]

class KPIConditionalFormatting(TypedDict, total=False):
    ConditionalFormattingOptions: L[Xi[KPIConditionalFormattingOption]]

class KPIVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[KPIConfiguration]
    ConditionalFormatting: X[KPIConditionalFormatting]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class PieChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]
    SmallMultiples: L[Xi[DimensionField]]

class PieChartFieldWells(TypedDict, total=False):
    PieChartAggregatedFieldWells: X[PieChartAggregatedFieldWells]

class PieChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimit: X[ItemsLimitConfiguration]
    SmallMultiplesSort: L[Xi[FieldSortOptions]]
    SmallMultiplesLimitConfiguration: X[ItemsLimitConfiguration]

class ArcOptions(TypedDict, total=False):
    ArcThickness: S

class DonutCenterOptions(TypedDict, total=False):
    LabelVisibility: S

class DonutOptions(TypedDict, total=False):
    ArcOptions: X[ArcOptions]
    DonutCenterOptions: X[DonutCenterOptions]

class PieChartConfiguration(TypedDict, total=False):
    FieldWells: X[PieChartFieldWells]
    SortConfiguration: X[PieChartSortConfiguration]
    DonutOptions: X[DonutOptions]
    SmallMultiplesOptions: X[SmallMultiplesOptions]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    ValueLabelOptions: X[ChartAxisLabelOptions]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    VisualPalette: X[VisualPalette]
    ContributionAnalysisDefaults: L[Xi[ContributionAnalysisDefault]]
    Interactions: X[VisualInteractionOptions]

class PieChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[PieChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class GaugeChartFieldWells(TypedDict, total=False):
    Values: L[Xi[MeasureField]]
    TargetValues: L[Xi[MeasureField]]

class ArcAxisDisplayRange(TypedDict, total=False):
    Min: F
    Max: F

class ArcAxisConfiguration(TypedDict, total=False):
    Range: X[ArcAxisDisplayRange]
    ReserveRange: I

class ArcConfiguration(TypedDict, total=False):
    ArcAngle: F
    ArcThickness: S

class GaugeChartOptions(TypedDict, total=False):
    PrimaryValueDisplayType: S
    Comparison: X[ComparisonConfiguration]
    ArcAxis: X[ArcAxisConfiguration]
    Arc: X[ArcConfiguration]
    PrimaryValueFontConfiguration: X[FontConfiguration]

class GaugeChartColorConfiguration(TypedDict, total=False):
    ForegroundColor: S
    BackgroundColor: S

class GaugeChartConfiguration(TypedDict, total=False):
    FieldWells: X[GaugeChartFieldWells]
    GaugeChartOptions: X[GaugeChartOptions]
    DataLabels: X[DataLabelOptions]
    TooltipOptions: X[TooltipOptions]
    VisualPalette: X[VisualPalette]
    ColorConfiguration: X[GaugeChartColorConfiguration]
    Interactions: X[VisualInteractionOptions]

class GaugeChartPrimaryValueConditionalFormatting(TypedDict, total=False):
    TextColor: X[ConditionalFormattingColor]
    Icon: X[ConditionalFormattingIcon]

class GaugeChartArcConditionalFormatting(TypedDict, total=False):
    ForegroundColor: X[ConditionalFormattingColor]

class GaugeChartConditionalFormattingOption(TypedDict, total=False):
    PrimaryValue: X[GaugeChartPrimaryValueConditionalFormatting]
    Arc: X[GaugeChartArcConditionalFormatting]

class GaugeChartConditionalFormatting(TypedDict, total=False):
    ConditionalFormattingOptions: L[Xi[GaugeChartConditionalFormattingOption]]

class GaugeChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[GaugeChartConfiguration]
    ConditionalFormatting: X[GaugeChartConditionalFormatting]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class LineChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]
    Colors: L[Xi[DimensionField]]
    SmallMultiples: L[Xi[DimensionField]]

class LineChartFieldWells(TypedDict, total=False):
    LineChartAggregatedFieldWells: X[LineChartAggregatedFieldWells]

class LineChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimitConfiguration: X[ItemsLimitConfiguration]
    ColorItemsLimitConfiguration: X[ItemsLimitConfiguration]
    SmallMultiplesSort: L[Xi[FieldSortOptions]]
    SmallMultiplesLimitConfiguration: X[ItemsLimitConfiguration]

class TimeBasedForecastProperties(TypedDict, total=False):
    PeriodsForward: I
    PeriodsBackward: I
    UpperBoundary: F
    LowerBoundary: F
    PredictionInterval: I
    Seasonality: I

class WhatIfPointScenario(TypedDict, total=False):
    Date: T
    Value: F

class WhatIfRangeScenario(TypedDict, total=False):
    StartDate: T
    EndDate: T
    Value: F

class ForecastScenario(TypedDict, total=False):
    WhatIfPointScenario: X[WhatIfPointScenario]
    WhatIfRangeScenario: X[WhatIfRangeScenario]

class ForecastConfiguration(TypedDict, total=False):
    ForecastProperties: X[TimeBasedForecastProperties]
    Scenario: X[ForecastScenario]

class MissingDataConfiguration(TypedDict, total=False):
    TreatmentOption: S

class LineSeriesAxisDisplayOptions(TypedDict, total=False):
    AxisOptions: X[AxisDisplayOptions]
    MissingDataConfigurations: L[Xi[MissingDataConfiguration]]

class YAxisOptions(TypedDict, total=False):
    YAxis: S

class SingleAxisOptions(TypedDict, total=False):
    YAxisOptions: X[YAxisOptions]

class LineChartLineStyleSettings(TypedDict, total=False):
    LineVisibility: S
    LineInterpolation: S
    LineStyle: S
    LineWidth: S

class LineChartDefaultSeriesSettings(TypedDict, total=False):
    AxisBinding: S
    LineStyleSettings: X[LineChartLineStyleSettings]
    MarkerStyleSettings: X[LineChartMarkerStyleSettings]
    DecalSettings: X[DecalSettings]

class LineChartSeriesSettings(TypedDict, total=False):
    LineStyleSettings: X[LineChartLineStyleSettings]
    MarkerStyleSettings: X[LineChartMarkerStyleSettings]
    DecalSettings: X[DecalSettings]

class FieldSeriesItem(TypedDict, total=False):
    FieldId: S
    AxisBinding: S
    Settings: X[LineChartSeriesSettings]

class DataFieldSeriesItem(TypedDict, total=False):
    FieldId: S
    FieldValue: S
    AxisBinding: S
    Settings: X[LineChartSeriesSettings]

class SeriesItem(TypedDict, total=False):
    FieldSeriesItem: X[FieldSeriesItem]
    DataFieldSeriesItem: X[DataFieldSeriesItem]

class LineChartConfiguration(TypedDict, total=False):
    FieldWells: X[LineChartFieldWells]
    SortConfiguration: X[LineChartSortConfiguration]
    ForecastConfigurations: L[Xi[ForecastConfiguration]]
    Type: S
    SmallMultiplesOptions: X[SmallMultiplesOptions]
    XAxisDisplayOptions: X[AxisDisplayOptions]
    XAxisLabelOptions: X[ChartAxisLabelOptions]
    PrimaryYAxisDisplayOptions: X[LineSeriesAxisDisplayOptions]
    PrimaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    SecondaryYAxisDisplayOptions: X[LineSeriesAxisDisplayOptions]
    SecondaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    SingleAxisOptions: X[SingleAxisOptions]
    DefaultSeriesSettings: X[LineChartDefaultSeriesSettings]
    Series: L[Xi[SeriesItem]]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    ReferenceLines: L[Xi[ReferenceLine]]
    Tooltip: X[TooltipOptions]
    ContributionAnalysisDefaults: L[Xi[ContributionAnalysisDefault]]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class LineChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[LineChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class HeatMapAggregatedFieldWells(TypedDict, total=False):
    Rows: L[Xi[DimensionField]]
    Columns: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class HeatMapFieldWells(TypedDict, total=False):
    HeatMapAggregatedFieldWells: X[HeatMapAggregatedFieldWells]

class HeatMapSortConfiguration(TypedDict, total=False):
    HeatMapRowSort: L[Xi[FieldSortOptions]]
    HeatMapColumnSort: L[Xi[FieldSortOptions]]
    HeatMapRowItemsLimitConfiguration: X[ItemsLimitConfiguration]
    HeatMapColumnItemsLimitConfiguration: X[ItemsLimitConfiguration]

class DataColor(TypedDict, total=False):
    Color: S
    DataValue: F

class ColorScale(TypedDict, total=False):
    Colors: L[Xi[DataColor]]
    ColorFillType: S
    NullValueColor: X[DataColor]

class HeatMapConfiguration(TypedDict, total=False):
    FieldWells: X[HeatMapFieldWells]
    SortConfiguration: X[HeatMapSortConfiguration]
    RowAxisDisplayOptions: X[AxisDisplayOptions]
    RowLabelOptions: X[ChartAxisLabelOptions]
    ColumnAxisDisplayOptions: X[AxisDisplayOptions]
    ColumnLabelOptions: X[ChartAxisLabelOptions]
    ColorScale: X[ColorScale]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    Interactions: X[VisualInteractionOptions]

class HeatMapVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[HeatMapConfiguration]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class TreeMapAggregatedFieldWells(TypedDict, total=False):
    Groups: L[Xi[DimensionField]]
    Sizes: L[Xi[MeasureField]]
    Colors: L[Xi[MeasureField]]

class TreeMapFieldWells(TypedDict, total=False):
    TreeMapAggregatedFieldWells: X[TreeMapAggregatedFieldWells]

class TreeMapSortConfiguration(TypedDict, total=False):
    TreeMapSort: L[Xi[FieldSortOptions]]
    TreeMapGroupItemsLimitConfiguration: X[ItemsLimitConfiguration]

class TreeMapConfiguration(TypedDict, total=False):
    FieldWells: X[TreeMapFieldWells]
    SortConfiguration: X[TreeMapSortConfiguration]
    GroupLabelOptions: X[ChartAxisLabelOptions]
    SizeLabelOptions: X[ChartAxisLabelOptions]
    ColorLabelOptions: X[ChartAxisLabelOptions]
    ColorScale: X[ColorScale]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    Interactions: X[VisualInteractionOptions]

class TreeMapVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[TreeMapConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class GeospatialMapAggregatedFieldWells(TypedDict, total=False):
    Geospatial: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]
    Colors: L[Xi[DimensionField]]

class GeospatialMapFieldWells(TypedDict, total=False):
    GeospatialMapAggregatedFieldWells: X[GeospatialMapAggregatedFieldWells]

class GeospatialCoordinateBounds(TypedDict, total=False):
    North: F
    South: F
    West: F
    East: F

class GeospatialWindowOptions(TypedDict, total=False):
    Bounds: X[GeospatialCoordinateBounds]
    MapZoomMode: S

class GeospatialMapStyleOptions(TypedDict, total=False):
    BaseMapStyle: S

class SimpleClusterMarker(TypedDict, total=False):
    Color: S

class ClusterMarker(TypedDict, total=False):
    SimpleClusterMarker: X[SimpleClusterMarker]

class ClusterMarkerConfiguration(TypedDict, total=False):
    ClusterMarker: X[ClusterMarker]

class GeospatialHeatmapDataColor(TypedDict, total=False):
    Color: S

class GeospatialHeatmapColorScale(TypedDict, total=False):
    Colors: L[Xi[GeospatialHeatmapDataColor]]

class GeospatialHeatmapConfiguration(TypedDict, total=False):
    HeatmapColor: X[GeospatialHeatmapColorScale]

class GeospatialPointStyleOptions(TypedDict, total=False):
    SelectedPointStyle: S
    ClusterMarkerConfiguration: X[ClusterMarkerConfiguration]
    HeatmapConfiguration: X[GeospatialHeatmapConfiguration]

class GeospatialMapConfiguration(TypedDict, total=False):
    FieldWells: X[GeospatialMapFieldWells]
    Legend: X[LegendOptions]
    Tooltip: X[TooltipOptions]
    WindowOptions: X[GeospatialWindowOptions]
    MapStyleOptions: X[GeospatialMapStyleOptions]
    PointStyleOptions: X[GeospatialPointStyleOptions]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class GeocoderHierarchy(TypedDict, total=False):
    Country: S
    State: S
    County: S
    City: S
    PostCode: S

class Coordinate(TypedDict, total=False):
    Latitude: F
    Longitude: F

class GeocodePreferenceValue(TypedDict, total=False):
    GeocoderHierarchy: X[GeocoderHierarchy]
    Coordinate: X[Coordinate]

class GeocodePreference(TypedDict, total=False):
    RequestKey: X[GeocoderHierarchy]
    Preference: X[GeocodePreferenceValue]

class GeospatialMapVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[GeospatialMapConfiguration]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S
    GeocodingPreferences: L[Xi[GeocodePreference]]

class FilledMapAggregatedFieldWells(TypedDict, total=False):
    Geospatial: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class FilledMapFieldWells(TypedDict, total=False):
    FilledMapAggregatedFieldWells: X[FilledMapAggregatedFieldWells]

class FilledMapSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]

class FilledMapConfiguration(TypedDict, total=False):
    FieldWells: X[FilledMapFieldWells]
    SortConfiguration: X[FilledMapSortConfiguration]
    Legend: X[LegendOptions]
    Tooltip: X[TooltipOptions]
    WindowOptions: X[GeospatialWindowOptions]
    MapStyleOptions: X[GeospatialMapStyleOptions]
    Interactions: X[VisualInteractionOptions]

class ShapeConditionalFormat(TypedDict, total=False):
    BackgroundColor: X[ConditionalFormattingColor]

class FilledMapShapeConditionalFormatting(TypedDict, total=False):
    FieldId: S
    Format: X[ShapeConditionalFormat]

class FilledMapConditionalFormattingOption(TypedDict, total=False):
    Shape: X[FilledMapShapeConditionalFormatting]

class FilledMapConditionalFormatting(TypedDict, total=False):
    ConditionalFormattingOptions: L[Xi[FilledMapConditionalFormattingOption]]

class FilledMapVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[FilledMapConfiguration]
    ConditionalFormatting: X[FilledMapConditionalFormatting]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S
    GeocodingPreferences: L[Xi[GeocodePreference]]

class GeospatialStaticFileSource(TypedDict, total=False):
    StaticFileId: S

class GeospatialDataSourceItem(TypedDict, total=False):
    StaticFileDataSource: X[GeospatialStaticFileSource]

class GeospatialSolidColor(TypedDict, total=False):
    Color: S
    State: S

class GeospatialGradientStepColor(TypedDict, total=False):
    Color: S
    DataValue: F

class GeospatialNullSymbolStyle(TypedDict, total=False):
    FillColor: S
    StrokeColor: S
    StrokeWidth: F

class GeospatialNullDataSettings(TypedDict, total=False):
    SymbolStyle: X[GeospatialNullSymbolStyle]

class GeospatialGradientColor(TypedDict, total=False):
    StepColors: L[Xi[GeospatialGradientStepColor]]
    NullDataVisibility: S
    NullDataSettings: X[GeospatialNullDataSettings]
    DefaultOpacity: F

class GeospatialCategoricalDataColor(TypedDict, total=False):
    Color: S
    DataValue: S

class GeospatialCategoricalColor(TypedDict, total=False):
    CategoryDataColors: L[Xi[GeospatialCategoricalDataColor]]
    NullDataVisibility: S
    NullDataSettings: X[GeospatialNullDataSettings]
    DefaultOpacity: F

class GeospatialColor(TypedDict, total=False):
    Solid: X[GeospatialSolidColor]
    Gradient: X[GeospatialGradientColor]
    Categorical: X[GeospatialCategoricalColor]

class GeospatialLineWidth(TypedDict, total=False):
    LineWidth: F

class GeospatialCircleRadius(TypedDict, total=False):
    Radius: F

class GeospatialCircleSymbolStyle(TypedDict, total=False):
    FillColor: X[GeospatialColor]
    StrokeColor: X[GeospatialColor]
    StrokeWidth: X[GeospatialLineWidth]
    CircleRadius: X[GeospatialCircleRadius]

class GeospatialPointStyle(TypedDict, total=False):
    CircleSymbolStyle: X[GeospatialCircleSymbolStyle]

class GeospatialPointLayer(TypedDict, total=False):
    Style: X[GeospatialPointStyle]

class GeospatialLineSymbolStyle(TypedDict, total=False):
    FillColor: X[GeospatialColor]
    LineWidth: X[GeospatialLineWidth]

class GeospatialLineStyle(TypedDict, total=False):
    LineSymbolStyle: X[GeospatialLineSymbolStyle]

class GeospatialLineLayer(TypedDict, total=False):
    Style: X[GeospatialLineStyle]

class GeospatialPolygonSymbolStyle(TypedDict, total=False):
    FillColor: X[GeospatialColor]
    StrokeColor: X[GeospatialColor]
    StrokeWidth: X[GeospatialLineWidth]

class GeospatialPolygonStyle(TypedDict, total=False):
    PolygonSymbolStyle: X[GeospatialPolygonSymbolStyle]

class GeospatialPolygonLayer(TypedDict, total=False):
    Style: X[GeospatialPolygonStyle]

class GeospatialLayerDefinition(TypedDict, total=False):
    PointLayer: X[GeospatialPointLayer]
    LineLayer: X[GeospatialLineLayer]
    PolygonLayer: X[GeospatialPolygonLayer]

class GeospatialLayerColorField(TypedDict, total=False):
    ColorDimensionsFields: L[Xi[DimensionField]]
    ColorValuesFields: L[Xi[MeasureField]]

class GeospatialLayerJoinDefinition(TypedDict, total=False):
    ShapeKeyField: S
    DatasetKeyField: X[UnaggregatedField]
    ColorField: X[GeospatialLayerColorField]

class LayerCustomActionOperation(TypedDict, total=False):
    FilterOperation: X[CustomActionFilterOperation]
    NavigationOperation: X[CustomActionNavigationOperation]
    UrlOperation: X[CustomActionURLOperation]
    SetParametersOperation: X[CustomActionSetParametersOperation]

class LayerCustomAction(TypedDict, total=False):
    CustomActionId: S
    Name: S
    Status: S
    Trigger: S
    ActionOperations: L[Xi[LayerCustomActionOperation]]

class GeospatialLayerItem(TypedDict, total=False):
    LayerId: S
    LayerType: S
    DataSource: X[GeospatialDataSourceItem]
    Label: S
    Visibility: S
    LayerDefinition: X[GeospatialLayerDefinition]
    Tooltip: X[TooltipOptions]
    JoinDefinition: X[GeospatialLayerJoinDefinition]
    Actions: L[Xi[LayerCustomAction]]

class GeospatialMapState(TypedDict, total=False):
    Bounds: X[GeospatialCoordinateBounds]
    MapNavigation: S

class GeospatialMapStyle(TypedDict, total=False):
    BaseMapStyle: S
    BackgroundColor: S
    BaseMapVisibility: S

class GeospatialLayerMapConfiguration(TypedDict, total=False):
    Legend: X[LegendOptions]
    MapLayers: L[Xi[GeospatialLayerItem]]
    MapState: X[GeospatialMapState]
    MapStyle: X[GeospatialMapStyle]
    Interactions: X[VisualInteractionOptions]

class LayerMapVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[GeospatialLayerMapConfiguration]
    DataSetIdentifier: S
    TopicIdentifier: S
    VisualContentAltText: S

class FunnelChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class FunnelChartFieldWells(TypedDict, total=False):
    FunnelChartAggregatedFieldWells: X[FunnelChartAggregatedFieldWells]

class FunnelChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimit: X[ItemsLimitConfiguration]

class FunnelChartDataLabelOptions(TypedDict, total=False):
    Visibility: S
    CategoryLabelVisibility: S
    MeasureLabelVisibility: S
    Position: S
    LabelFontConfiguration: X[FontConfiguration]
    LabelColor: S
    MeasureDataLabelStyle: S

class FunnelChartConfiguration(TypedDict, total=False):
    FieldWells: X[FunnelChartFieldWells]
    SortConfiguration: X[FunnelChartSortConfiguration]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    ValueLabelOptions: X[ChartAxisLabelOptions]
    Tooltip: X[TooltipOptions]
    DataLabelOptions: X[FunnelChartDataLabelOptions]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class FunnelChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[FunnelChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class ScatterPlotCategoricallyAggregatedFieldWells(TypedDict, total=False):
    XAxis: L[Xi[MeasureField]]
    YAxis: L[Xi[MeasureField]]
    Category: L[Xi[DimensionField]]
    Size: L[Xi[MeasureField]]
    Label: L[Xi[DimensionField]]

class ScatterPlotUnaggregatedFieldWells(TypedDict, total=False):
    XAxis: L[Xi[DimensionField]]
    YAxis: L[Xi[DimensionField]]
    Size: L[Xi[MeasureField]]
    Category: L[Xi[DimensionField]]
    Label: L[Xi[DimensionField]]

class ScatterPlotFieldWells(TypedDict, total=False):
    ScatterPlotCategoricallyAggregatedFieldWells: X[ScatterPlotCategoricallyAggregatedFieldWells]
    ScatterPlotUnaggregatedFieldWells: X[ScatterPlotUnaggregatedFieldWells]

class ScatterPlotSortConfiguration(TypedDict, total=False):
    ScatterPlotLimitConfiguration: X[ItemsLimitConfiguration]

class ScatterPlotConfiguration(TypedDict, total=False):
    FieldWells: X[ScatterPlotFieldWells]
    SortConfiguration: X[ScatterPlotSortConfiguration]
    XAxisLabelOptions: X[ChartAxisLabelOptions]
    XAxisDisplayOptions: X[AxisDisplayOptions]
    YAxisLabelOptions: X[ChartAxisLabelOptions]
    YAxisDisplayOptions: X[AxisDisplayOptions]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class ScatterPlotVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[ScatterPlotConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class ComboChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    BarValues: L[Xi[MeasureField]]
    Colors: L[Xi[DimensionField]]
    LineValues: L[Xi[MeasureField]]

class ComboChartFieldWells(TypedDict, total=False):
    ComboChartAggregatedFieldWells: X[ComboChartAggregatedFieldWells]

class ComboChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimit: X[ItemsLimitConfiguration]
    ColorSort: L[Xi[FieldSortOptions]]
    ColorItemsLimit: X[ItemsLimitConfiguration]

class ComboChartDefaultSeriesSettings(TypedDict, total=False):
    LineStyleSettings: X[LineChartLineStyleSettings]
    MarkerStyleSettings: X[LineChartMarkerStyleSettings]
    DecalSettings: X[DecalSettings]
    BorderSettings: X[BorderSettings]

class ComboChartSeriesSettings(TypedDict, total=False):
    LineStyleSettings: X[LineChartLineStyleSettings]
    MarkerStyleSettings: X[LineChartMarkerStyleSettings]
    DecalSettings: X[DecalSettings]
    BorderSettings: X[BorderSettings]

class FieldComboSeriesItem(TypedDict, total=False):
    FieldId: S
    Settings: X[ComboChartSeriesSettings]

class DataFieldComboSeriesItem(TypedDict, total=False):
    FieldId: S
    FieldValue: S
    Settings: X[ComboChartSeriesSettings]

class ComboSeriesItem(TypedDict, total=False):
    FieldComboSeriesItem: X[FieldComboSeriesItem]
    DataFieldComboSeriesItem: X[DataFieldComboSeriesItem]

class ComboChartConfiguration(TypedDict, total=False):
    FieldWells: X[ComboChartFieldWells]
    SortConfiguration: X[ComboChartSortConfiguration]
    BarsArrangement: S
    CategoryAxis: X[AxisDisplayOptions]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    PrimaryYAxisDisplayOptions: X[AxisDisplayOptions]
    PrimaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    SecondaryYAxisDisplayOptions: X[AxisDisplayOptions]
    SecondaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    SingleAxisOptions: X[SingleAxisOptions]
    ColorLabelOptions: X[ChartAxisLabelOptions]
    DefaultSeriesSettings: X[ComboChartDefaultSeriesSettings]
    Series: L[Xi[ComboSeriesItem]]
    Legend: X[LegendOptions]
    BarDataLabels: X[DataLabelOptions]
    LineDataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    ReferenceLines: L[Xi[ReferenceLine]]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class ComboChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[ComboChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class BoxPlotAggregatedFieldWells(TypedDict, total=False):
    GroupBy: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class BoxPlotFieldWells(TypedDict, total=False):
    BoxPlotAggregatedFieldWells: X[BoxPlotAggregatedFieldWells]

class BoxPlotSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    PaginationConfiguration: X[PaginationConfiguration]

class BoxPlotStyleOptions(TypedDict, total=False):
    FillStyle: S

class BoxPlotOptions(TypedDict, total=False):
    StyleOptions: X[BoxPlotStyleOptions]
    OutlierVisibility: S
    AllDataPointsVisibility: S

class BoxPlotChartConfiguration(TypedDict, total=False):
    FieldWells: X[BoxPlotFieldWells]
    SortConfiguration: X[BoxPlotSortConfiguration]
    BoxPlotOptions: X[BoxPlotOptions]
    CategoryAxis: X[AxisDisplayOptions]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    PrimaryYAxisDisplayOptions: X[AxisDisplayOptions]
    PrimaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    Legend: X[LegendOptions]
    Tooltip: X[TooltipOptions]
    ReferenceLines: L[Xi[ReferenceLine]]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class BoxPlotVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[BoxPlotChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class WaterfallChartAggregatedFieldWells(TypedDict, total=False):
    Categories: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]
    Breakdowns: L[Xi[DimensionField]]

class WaterfallChartFieldWells(TypedDict, total=False):
    WaterfallChartAggregatedFieldWells: X[WaterfallChartAggregatedFieldWells]

class WaterfallChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    BreakdownItemsLimit: X[ItemsLimitConfiguration]

class WaterfallChartOptions(TypedDict, total=False):
    TotalBarLabel: S

class WaterfallChartGroupColorConfiguration(TypedDict, total=False):
    PositiveBarColor: S
    NegativeBarColor: S
    TotalBarColor: S

class WaterfallChartColorConfiguration(TypedDict, total=False):
    GroupColorConfiguration: X[WaterfallChartGroupColorConfiguration]

class WaterfallChartConfiguration(TypedDict, total=False):
    FieldWells: X[WaterfallChartFieldWells]
    SortConfiguration: X[WaterfallChartSortConfiguration]
    WaterfallChartOptions: X[WaterfallChartOptions]
    CategoryAxisLabelOptions: X[ChartAxisLabelOptions]
    CategoryAxisDisplayOptions: X[AxisDisplayOptions]
    PrimaryYAxisLabelOptions: X[ChartAxisLabelOptions]
    PrimaryYAxisDisplayOptions: X[AxisDisplayOptions]
    Legend: X[LegendOptions]
    DataLabels: X[DataLabelOptions]
    VisualPalette: X[VisualPalette]
    ColorConfiguration: X[WaterfallChartColorConfiguration]
    Interactions: X[VisualInteractionOptions]

class WaterfallVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[WaterfallChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class HistogramAggregatedFieldWells(TypedDict, total=False):
    Values: L[Xi[MeasureField]]

class HistogramFieldWells(TypedDict, total=False):
    HistogramAggregatedFieldWells: X[HistogramAggregatedFieldWells]

class BinCountOptions(TypedDict, total=False):
    Value: I

class BinWidthOptions(TypedDict, total=False):
    Value: F
    BinCountLimit: I

class HistogramBinOptions(TypedDict, total=False):
    SelectedBinType: S
    BinCount: X[BinCountOptions]
    BinWidth: X[BinWidthOptions]
    StartValue: F

class HistogramConfiguration(TypedDict, total=False):
    FieldWells: X[HistogramFieldWells]
    XAxisDisplayOptions: X[AxisDisplayOptions]
    XAxisLabelOptions: X[ChartAxisLabelOptions]
    YAxisDisplayOptions: X[AxisDisplayOptions]
    BinOptions: X[HistogramBinOptions]
    DataLabels: X[DataLabelOptions]
    Tooltip: X[TooltipOptions]
    VisualPalette: X[VisualPalette]
    Interactions: X[VisualInteractionOptions]

class HistogramVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[HistogramConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class WordCloudAggregatedFieldWells(TypedDict, total=False):
    GroupBy: L[Xi[DimensionField]]
    Size: L[Xi[MeasureField]]

class WordCloudFieldWells(TypedDict, total=False):
    WordCloudAggregatedFieldWells: X[WordCloudAggregatedFieldWells]

class WordCloudSortConfiguration(TypedDict, total=False):
    CategoryItemsLimit: X[ItemsLimitConfiguration]
    CategorySort: L[Xi[FieldSortOptions]]

class WordCloudOptions(TypedDict, total=False):
    WordOrientation: S
    WordScaling: S
    CloudLayout: S
    WordCasing: S
    WordPadding: S
    MaximumStringLength: I

class WordCloudChartConfiguration(TypedDict, total=False):
    FieldWells: X[WordCloudFieldWells]
    SortConfiguration: X[WordCloudSortConfiguration]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    WordCloudOptions: X[WordCloudOptions]
    Interactions: X[VisualInteractionOptions]

class WordCloudVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[WordCloudChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class TopBottomRankedComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Category: X[DimensionField]
    Value: X[MeasureField]
    ResultSize: I
    Type: S

class TopBottomMoversComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Category: X[DimensionField]
    Value: X[MeasureField]
    MoverSize: I
    SortOrder: S
    Type: S

class TotalAggregationComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Value: X[MeasureField]

class MaximumMinimumComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Value: X[MeasureField]
    Type: S

class MetricComparisonComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    FromValue: X[MeasureField]
    TargetValue: X[MeasureField]

class PeriodOverPeriodComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Value: X[MeasureField]

class PeriodToDateComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Value: X[MeasureField]
    PeriodTimeGranularity: S

class GrowthRateComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Value: X[MeasureField]
    PeriodSize: I

class UniqueValuesComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Category: X[DimensionField]

class ForecastComputation(TypedDict, total=False):
    ComputationId: S
    Name: S
    Time: X[DimensionField]
    Value: X[MeasureField]
    PeriodsForward: I
    PeriodsBackward: I
    UpperBoundary: F
    LowerBoundary: F
    PredictionInterval: I
    Seasonality: S
    CustomSeasonalityValue: I

class Computation(TypedDict, total=False):
    TopBottomRanked: X[TopBottomRankedComputation]
    TopBottomMovers: X[TopBottomMoversComputation]
    TotalAggregation: X[TotalAggregationComputation]
    MaximumMinimum: X[MaximumMinimumComputation]
    MetricComparison: X[MetricComparisonComputation]
    PeriodOverPeriod: X[PeriodOverPeriodComputation]
    PeriodToDate: X[PeriodToDateComputation]
    GrowthRate: X[GrowthRateComputation]
    UniqueValues: X[UniqueValuesComputation]
    Forecast: X[ForecastComputation]

class CustomNarrativeOptions(TypedDict, total=False):
    Narrative: S

class InsightConfiguration(TypedDict, total=False):
    Computations: L[Xi[Computation]]
    CustomNarrative: X[CustomNarrativeOptions]
    Interactions: X[VisualInteractionOptions]

class InsightVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    InsightConfiguration: X[InsightConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    DataSetIdentifier: S
    TopicIdentifier: S
    VisualContentAltText: S

class SankeyDiagramAggregatedFieldWells(TypedDict, total=False):
    Source: L[Xi[DimensionField]]
    Destination: L[Xi[DimensionField]]
    Weight: L[Xi[MeasureField]]

class SankeyDiagramFieldWells(TypedDict, total=False):
    SankeyDiagramAggregatedFieldWells: X[SankeyDiagramAggregatedFieldWells]

class SankeyDiagramSortConfiguration(TypedDict, total=False):
    WeightSort: L[Xi[FieldSortOptions]]
    SourceItemsLimit: X[ItemsLimitConfiguration]
    DestinationItemsLimit: X[ItemsLimitConfiguration]

class SankeyDiagramChartConfiguration(TypedDict, total=False):
    FieldWells: X[SankeyDiagramFieldWells]
    SortConfiguration: X[SankeyDiagramSortConfiguration]
    DataLabels: X[DataLabelOptions]
    Interactions: X[VisualInteractionOptions]

class SankeyDiagramVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[SankeyDiagramChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class CustomContentConfiguration(TypedDict, total=False):
    ContentUrl: S
    ContentType: S
    ImageScaling: S
    Interactions: X[VisualInteractionOptions]

class CustomContentVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[CustomContentConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    DataSetIdentifier: S
    TopicIdentifier: S
    VisualContentAltText: S

class EmptyVisual(TypedDict, total=False):
    VisualId: S
    DataSetIdentifier: S
    TopicIdentifier: S
    Actions: L[Xi[VisualCustomAction]]

class RadarChartAggregatedFieldWells(TypedDict, total=False):
    Category: L[Xi[DimensionField]]
    Color: L[Xi[DimensionField]]
    Values: L[Xi[MeasureField]]

class RadarChartFieldWells(TypedDict, total=False):
    RadarChartAggregatedFieldWells: X[RadarChartAggregatedFieldWells]

class RadarChartSortConfiguration(TypedDict, total=False):
    CategorySort: L[Xi[FieldSortOptions]]
    CategoryItemsLimit: X[ItemsLimitConfiguration]
    ColorSort: L[Xi[FieldSortOptions]]
    ColorItemsLimit: X[ItemsLimitConfiguration]

class RadarChartAreaStyleSettings(TypedDict, total=False):
    Visibility: S

class RadarChartSeriesSettings(TypedDict, total=False):
    AreaStyleSettings: X[RadarChartAreaStyleSettings]

class RadarChartConfiguration(TypedDict, total=False):
    FieldWells: X[RadarChartFieldWells]
    SortConfiguration: X[RadarChartSortConfiguration]
    Shape: S
    BaseSeriesSettings: X[RadarChartSeriesSettings]
    StartAngle: F
    VisualPalette: X[VisualPalette]
    AlternateBandColorsVisibility: S
    AlternateBandEvenColor: S
    AlternateBandOddColor: S
    CategoryAxis: X[AxisDisplayOptions]
    CategoryLabelOptions: X[ChartAxisLabelOptions]
    ColorAxis: X[AxisDisplayOptions]
    ColorLabelOptions: X[ChartAxisLabelOptions]
    Legend: X[LegendOptions]
    AxesRangeScale: S
    Interactions: X[VisualInteractionOptions]

class RadarChartVisual(TypedDict, total=False):
    VisualId: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[RadarChartConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    ColumnHierarchies: L[Xi[ColumnHierarchy]]
    VisualContentAltText: S

class PluginVisualFieldWell(TypedDict, total=False):
    AxisName: S
    Dimensions: L[Xi[DimensionField]]
    Measures: L[Xi[MeasureField]]
    Unaggregated: L[Xi[UnaggregatedField]]

class PluginVisualProperty(TypedDict, total=False):
    Name: S
    Value: S

class PluginVisualOptions(TypedDict, total=False):
    VisualProperties: L[Xi[PluginVisualProperty]]

class PluginVisualItemsLimitConfiguration(TypedDict, total=False):
    ItemsLimit: I

class PluginVisualTableQuerySort(TypedDict, total=False):
    RowSort: L[Xi[FieldSortOptions]]
    ItemsLimitConfiguration: X[PluginVisualItemsLimitConfiguration]

class PluginVisualSortConfiguration(TypedDict, total=False):
    PluginVisualTableQuerySort: X[PluginVisualTableQuerySort]

class PluginVisualConfiguration(TypedDict, total=False):
    FieldWells: L[Xi[PluginVisualFieldWell]]
    VisualOptions: X[PluginVisualOptions]
    SortConfiguration: X[PluginVisualSortConfiguration]

class PluginVisual(TypedDict, total=False):
    VisualId: S
    PluginArn: S
    Title: X[VisualTitleLabelOptions]
    Subtitle: X[VisualSubtitleLabelOptions]
    ChartConfiguration: X[PluginVisualConfiguration]
    Actions: L[Xi[VisualCustomAction]]
    VisualContentAltText: S

class Visual(TypedDict, total=False):
    TableVisual: X[TableVisual]
    PivotTableVisual: X[PivotTableVisual]
    BarChartVisual: X[BarChartVisual]
    KpiVisual: X[KPIVisual]
    PieChartVisual: X[PieChartVisual]
    GaugeChartVisual: X[GaugeChartVisual]
    LineChartVisual: X[LineChartVisual]
    HeatMapVisual: X[HeatMapVisual]
    TreeMapVisual: X[TreeMapVisual]
    GeospatialMapVisual: X[GeospatialMapVisual]
    FilledMapVisual: X[FilledMapVisual]
    LayerMapVisual: X[LayerMapVisual]
    FunnelChartVisual: X[FunnelChartVisual]
    ScatterPlotVisual: X[ScatterPlotVisual]
    ComboChartVisual: X[ComboChartVisual]
    BoxPlotVisual: X[BoxPlotVisual]
    WaterfallVisual: X[WaterfallVisual]
    HistogramVisual: X[HistogramVisual]
    WordCloudVisual: X[WordCloudVisual]
    InsightVisual: X[InsightVisual]
    SankeyDiagramVisual: X[SankeyDiagramVisual]
    CustomContentVisual: X[CustomContentVisual]
    EmptyVisual: X[EmptyVisual]
    RadarChartVisual: X[RadarChartVisual]
    PluginVisual: X[PluginVisual]

class TextBoxMenuOption(TypedDict, total=False):
    AvailabilityStatus: S

class TextBoxInteractionOptions(TypedDict, total=False):
    TextBoxMenuOption: X[TextBoxMenuOption]

class SheetTextBox(TypedDict, total=False):
    SheetTextBoxId: S
    Content: S
    Interactions: X[TextBoxInteractionOptions]

class SheetImageStaticFileSource(TypedDict, total=False):
    StaticFileId: S

class SheetImageSource(TypedDict, total=False):
    SheetImageStaticFileSource: X[SheetImageStaticFileSource]

class SheetImageScalingConfiguration(TypedDict, total=False):
    ScalingType: S

class SheetImageTooltipText(TypedDict, total=False):
    PlainText: S

class SheetImageTooltipConfiguration(TypedDict, total=False):
    TooltipText: X[SheetImageTooltipText]
    Visibility: S

class ImageMenuOption(TypedDict, total=False):
    AvailabilityStatus: S

class ImageInteractionOptions(TypedDict, total=False):
    ImageMenuOption: X[ImageMenuOption]

class ImageCustomActionOperation(TypedDict, total=False):
    NavigationOperation: X[CustomActionNavigationOperation]
    UrlOperation: X[CustomActionURLOperation]
    SetParametersOperation: X[CustomActionSetParametersOperation]

class ImageCustomAction(TypedDict, total=False):
    CustomActionId: S
    Name: S
    Status: S
    Trigger: S
    ActionOperations: L[Xi[ImageCustomActionOperation]]

class SheetImage(TypedDict, total=False):
    SheetImageId: S
    Source: X[SheetImageSource]
    Scaling: X[SheetImageScalingConfiguration]
    Tooltip: X[SheetImageTooltipConfiguration]
    ImageContentAltText: S
    Interactions: X[ImageInteractionOptions]
    Actions: L[Xi[ImageCustomAction]]

class GridLayoutElementBorderStyle(TypedDict, total=False):
    Visibility: S
    Color: S
    Width: S

class GridLayoutElementBackgroundStyle(TypedDict, total=False):
    Visibility: S
    Color: S

class LoadingAnimation(TypedDict, total=False):
    Visibility: S

class GridLayoutElement(TypedDict, total=False):
    ElementId: S
    ElementType: S
    ColumnIndex: I
    ColumnSpan: I
    RowIndex: I
    RowSpan: I
    BorderStyle: X[GridLayoutElementBorderStyle]
    SelectedBorderStyle: X[GridLayoutElementBorderStyle]
    BackgroundStyle: X[GridLayoutElementBackgroundStyle]
    LoadingAnimation: X[LoadingAnimation]
    BorderRadius: S
    Padding: S

class GridLayoutScreenCanvasSizeOptions(TypedDict, total=False):
    ResizeOption: S
    OptimizedViewPortWidth: S

class GridLayoutCanvasSizeOptions(TypedDict, total=False):
    ScreenCanvasSizeOptions: X[GridLayoutScreenCanvasSizeOptions]

class GridLayoutConfiguration(TypedDict, total=False):
    Elements: L[Xi[GridLayoutElement]]
    CanvasSizeOptions: X[GridLayoutCanvasSizeOptions]

class SheetElementConfigurationOverrides(TypedDict, total=False):
    Visibility: S

class SheetElementRenderingRule(TypedDict, total=False):
    Expression: S
    ConfigurationOverrides: X[SheetElementConfigurationOverrides]

class FreeFormLayoutElementBorderStyle(TypedDict, total=False):
    Visibility: S
    Color: S
    Width: S

class FreeFormLayoutElementBackgroundStyle(TypedDict, total=False):
    Visibility: S
    Color: S

class FreeFormLayoutElement(TypedDict, total=False):
    ElementId: S
    ElementType: S
    XAxisLocation: S
    YAxisLocation: S
    Width: S
    Height: S
    Visibility: S
    RenderingRules: L[Xi[SheetElementRenderingRule]]
    BorderStyle: X[FreeFormLayoutElementBorderStyle]
    SelectedBorderStyle: X[FreeFormLayoutElementBorderStyle]
    BackgroundStyle: X[FreeFormLayoutElementBackgroundStyle]
    LoadingAnimation: X[LoadingAnimation]
    BorderRadius: S
    Padding: S

class FreeFormLayoutScreenCanvasSizeOptions(TypedDict, total=False):
    OptimizedViewPortWidth: S

class FreeFormLayoutCanvasSizeOptions(TypedDict, total=False):
    ScreenCanvasSizeOptions: X[FreeFormLayoutScreenCanvasSizeOptions]

class SheetLayoutGroupMember(TypedDict, total=False):
    Id: S
    Type: S

class SheetLayoutGroup(TypedDict, total=False):
    Id: S
    Members: L[Xi[SheetLayoutGroupMember]]

class FreeFormLayoutConfiguration(TypedDict, total=False):
    Elements: L[Xi[FreeFormLayoutElement]]
    CanvasSizeOptions: X[FreeFormLayoutCanvasSizeOptions]
    Groups: L[Xi[SheetLayoutGroup]]

class FreeFormSectionLayoutConfiguration(TypedDict, total=False):
    Elements: L[Xi[FreeFormLayoutElement]]

class SectionLayoutConfiguration(TypedDict, total=False):
    FreeFormLayout: X[FreeFormSectionLayoutConfiguration]

class Spacing(TypedDict, total=False):
    Top: S
    Bottom: S
    Left: S
    Right: S

class SectionStyle(TypedDict, total=False):
    Height: S
    Padding: X[Spacing]

class HeaderFooterSectionConfiguration(TypedDict, total=False):
    SectionId: S
    Layout: X[SectionLayoutConfiguration]
    Style: X[SectionStyle]

class BodySectionContent(TypedDict, total=False):
    Layout: X[SectionLayoutConfiguration]

class SectionAfterPageBreak(TypedDict, total=False):
    Status: S

class SectionPageBreakConfiguration(TypedDict, total=False):
    After: X[SectionAfterPageBreak]

class BodySectionDynamicCategoryDimensionConfiguration(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    Limit: I
    SortByMetrics: L[Xi[ColumnSort]]

class BodySectionDynamicNumericDimensionConfiguration(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    Limit: I
    SortByMetrics: L[Xi[ColumnSort]]

class BodySectionRepeatDimensionConfiguration(TypedDict, total=False):
    DynamicCategoryDimensionConfiguration: X[BodySectionDynamicCategoryDimensionConfiguration]
    DynamicNumericDimensionConfiguration: X[BodySectionDynamicNumericDimensionConfiguration]

class BodySectionRepeatPageBreakConfiguration(TypedDict, total=False):
    After: X[SectionAfterPageBreak]

class BodySectionRepeatConfiguration(TypedDict, total=False):
    DimensionConfigurations: L[Xi[BodySectionRepeatDimensionConfiguration]]
    PageBreakConfiguration: X[BodySectionRepeatPageBreakConfiguration]
    NonRepeatingVisuals: L[Si]

class BodySectionConfiguration(TypedDict, total=False):
    SectionId: S
    Content: X[BodySectionContent]
    Style: X[SectionStyle]
    PageBreakConfiguration: X[SectionPageBreakConfiguration]
    RepeatConfiguration: X[BodySectionRepeatConfiguration]

class SectionBasedLayoutPaperCanvasSizeOptions(TypedDict, total=False):
    PaperSize: S
    PaperOrientation: S
    PaperMargin: X[Spacing]

class SectionBasedLayoutCanvasSizeOptions(TypedDict, total=False):
    PaperCanvasSizeOptions: X[SectionBasedLayoutPaperCanvasSizeOptions]

class SectionBasedLayoutConfiguration(TypedDict, total=False):
    HeaderSections: L[Xi[HeaderFooterSectionConfiguration]]
    BodySections: L[Xi[BodySectionConfiguration]]
    FooterSections: L[Xi[HeaderFooterSectionConfiguration]]
    CanvasSizeOptions: X[SectionBasedLayoutCanvasSizeOptions]

class LayoutConfiguration(TypedDict, total=False):
    GridLayout: X[GridLayoutConfiguration]
    FreeFormLayout: X[FreeFormLayoutConfiguration]
    SectionBasedLayout: X[SectionBasedLayoutConfiguration]

class Layout(TypedDict, total=False):
    Configuration: X[LayoutConfiguration]

class SheetControlLayoutConfiguration(TypedDict, total=False):
    GridLayout: X[GridLayoutConfiguration]

class SheetControlLayout(TypedDict, total=False):
    Configuration: X[SheetControlLayoutConfiguration]

class VisualHighlightOperation(TypedDict, total=False):
    Trigger: S

class VisualCustomActionDefaults(TypedDict, total=False):
    HighlightOperation: X[VisualHighlightOperation]

class SheetDefinition(TypedDict, total=False):
    SheetId: S
    Title: S
    Description: S
    Name: S
    ParameterControls: L[Xi[ParameterControl]]
    FilterControls: L[Xi[FilterControl]]
    Visuals: L[Xi[Visual]]
    TextBoxes: L[Xi[SheetTextBox]]
    Images: L[Xi[SheetImage]]
    Layouts: L[Xi[Layout]]
    SheetControlLayouts: L[Xi[SheetControlLayout]]
    ContentType: S
    CustomActionDefaults: X[VisualCustomActionDefaults]

class TooltipSheetDefinition(TypedDict, total=False):
    SheetId: S
    Name: S
    Visuals: L[Xi[Visual]]
    TextBoxes: L[Xi[SheetTextBox]]
    Images: L[Xi[SheetImage]]
    Layouts: L[Xi[Layout]]

class CalculatedField(TypedDict, total=False):
    DataSetIdentifier: S
    TopicIdentifier: S
    Name: S
    Expression: S

class DynamicDefaultValue(TypedDict, total=False):
    UserNameColumn: X[ColumnIdentifier]
    GroupNameColumn: X[ColumnIdentifier]
    DefaultValueColumn: X[ColumnIdentifier]

class StringDefaultValues(TypedDict, total=False):
    DynamicValue: X[DynamicDefaultValue]
    StaticValues: L[Si]

class StringValueWhenUnsetConfiguration(TypedDict, total=False):
    ValueWhenUnsetOption: S
    CustomValue: S

class MappedDataSetParameter(TypedDict, total=False):
    DataSetIdentifier: S
    DataSetParameterName: S

class StringParameterDeclaration(TypedDict, total=False):
    ParameterValueType: S
    Name: S
    DefaultValues: X[StringDefaultValues]
    ValueWhenUnset: X[StringValueWhenUnsetConfiguration]
    MappedDataSetParameters: L[Xi[MappedDataSetParameter]]

class DecimalDefaultValues(TypedDict, total=False):
    DynamicValue: X[DynamicDefaultValue]
    StaticValues: L[Fi]

class DecimalValueWhenUnsetConfiguration(TypedDict, total=False):
    ValueWhenUnsetOption: S
    CustomValue: F

class DecimalParameterDeclaration(TypedDict, total=False):
    ParameterValueType: S
    Name: S
    DefaultValues: X[DecimalDefaultValues]
    ValueWhenUnset: X[DecimalValueWhenUnsetConfiguration]
    MappedDataSetParameters: L[Xi[MappedDataSetParameter]]

class IntegerDefaultValues(TypedDict, total=False):
    DynamicValue: X[DynamicDefaultValue]
    StaticValues: L[Ii]

class IntegerValueWhenUnsetConfiguration(TypedDict, total=False):
    ValueWhenUnsetOption: S
    CustomValue: I

class IntegerParameterDeclaration(TypedDict, total=False):
    ParameterValueType: S
    Name: S
    DefaultValues: X[IntegerDefaultValues]
    ValueWhenUnset: X[IntegerValueWhenUnsetConfiguration]
    MappedDataSetParameters: L[Xi[MappedDataSetParameter]]

class RollingDateConfiguration(TypedDict, total=False):
    DataSetIdentifier: S
    Expression: S

class DateTimeDefaultValues(TypedDict, total=False):
    DynamicValue: X[DynamicDefaultValue]
    StaticValues: L[Ti]
    RollingDate: X[RollingDateConfiguration]

class DateTimeValueWhenUnsetConfiguration(TypedDict, total=False):
    ValueWhenUnsetOption: S
    CustomValue: T

class DateTimeParameterDeclaration(TypedDict, total=False):
    Name: S
    DefaultValues: X[DateTimeDefaultValues]
    TimeGranularity: S
    ValueWhenUnset: X[DateTimeValueWhenUnsetConfiguration]
    MappedDataSetParameters: L[Xi[MappedDataSetParameter]]

class ParameterDeclaration(TypedDict, total=False):
    StringParameterDeclaration: X[StringParameterDeclaration]
    DecimalParameterDeclaration: X[DecimalParameterDeclaration]
    IntegerParameterDeclaration: X[IntegerParameterDeclaration]
    DateTimeParameterDeclaration: X[DateTimeParameterDeclaration]

class FilterListConfiguration(TypedDict, total=False):
    MatchOperator: S
    CategoryValues: L[Si]
    SelectAllOptions: S
    NullOption: S

class CustomFilterListConfiguration(TypedDict, total=False):
    MatchOperator: S
    CategoryValues: L[Si]
    SelectAllOptions: S
    NullOption: S

class CustomFilterConfiguration(TypedDict, total=False):
    MatchOperator: S
    CategoryValue: S
    SelectAllOptions: S
    ParameterName: S
    NullOption: S

class CategoryFilterConfiguration(TypedDict, total=False):
    FilterListConfiguration: X[FilterListConfiguration]
    CustomFilterListConfiguration: X[CustomFilterListConfiguration]
    CustomFilterConfiguration: X[CustomFilterConfiguration]

class DefaultDateTimePickerControlOptions(TypedDict, total=False):
    Type: S
    DisplayOptions: X[DateTimePickerControlDisplayOptions]
    CommitMode: S

class DefaultFilterListControlOptions(TypedDict, total=False):
    DisplayOptions: X[ListControlDisplayOptions]
    Type: S
    SelectableValues: X[FilterSelectableValues]
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]

class DefaultFilterDropDownControlOptions(TypedDict, total=False):
    DisplayOptions: X[DropDownControlDisplayOptions]
    Type: S
    SelectableValues: X[FilterSelectableValues]
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]

class DefaultTextFieldControlOptions(TypedDict, total=False):
    DisplayOptions: X[TextFieldControlDisplayOptions]

class DefaultTextAreaControlOptions(TypedDict, total=False):
    Delimiter: S
    DisplayOptions: X[TextAreaControlDisplayOptions]

class DefaultSliderControlOptions(TypedDict, total=False):
    DisplayOptions: X[SliderControlDisplayOptions]
    Type: S
    MaximumValue: F
    MinimumValue: F
    StepSize: F

class DefaultRelativeDateTimeControlOptions(TypedDict, total=False):
    DisplayOptions: X[RelativeDateTimeControlDisplayOptions]
    CommitMode: S

class DefaultHierarchyFilterListControlOptions(TypedDict, total=False):
    DisplayOptions: X[HierarchyFilterListControlDisplayOptions]
    Type: S
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class DefaultHierarchyFilterDropDownControlOptions(TypedDict, total=False):
    DisplayOptions: X[HierarchyFilterDropDownControlDisplayOptions]
    Type: S
    CommitMode: S
    ControlSortConfigurations: L[Xi[ControlSortConfiguration]]
    ControlTitleFormatText: X[ControlTitleFormatText]

class DefaultFilterControlOptions(TypedDict, total=False):
    DefaultDateTimePickerOptions: X[DefaultDateTimePickerControlOptions]
    DefaultListOptions: X[DefaultFilterListControlOptions]
    DefaultDropdownOptions: X[DefaultFilterDropDownControlOptions]
    DefaultTextFieldOptions: X[DefaultTextFieldControlOptions]
    DefaultTextAreaOptions: X[DefaultTextAreaControlOptions]
    DefaultSliderOptions: X[DefaultSliderControlOptions]
    DefaultRelativeDateTimeOptions: X[DefaultRelativeDateTimeControlOptions]
    DefaultHierarchyList: X[DefaultHierarchyFilterListControlOptions]
    DefaultHierarchyDropdown: X[DefaultHierarchyFilterDropDownControlOptions]

class DefaultFilterControlConfiguration(TypedDict, total=False):
    Title: S
    ControlOptions: X[DefaultFilterControlOptions]
    ControlTitleFormatText: X[ControlTitleFormatText]

class CategoryFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    Configuration: X[CategoryFilterConfiguration]
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class NumericRangeFilterValue(TypedDict, total=False):
    StaticValue: F
    Parameter: S

class NumericRangeFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    IncludeMinimum: B
    IncludeMaximum: B
    RangeMinimum: X[NumericRangeFilterValue]
    RangeMaximum: X[NumericRangeFilterValue]
    SelectAllOptions: S
    AggregationFunction: X[AggregationFunction]
    NullOption: S
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class NumericEqualityFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    Value: F
    SelectAllOptions: S
    MatchOperator: S
    AggregationFunction: X[AggregationFunction]
    ParameterName: S
    NullOption: S
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class TimeEqualityFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    Value: T
    ParameterName: S
    TimeGranularity: S
    RollingDate: X[RollingDateConfiguration]
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class TimeRangeFilterValue(TypedDict, total=False):
    StaticValue: T
    RollingDate: X[RollingDateConfiguration]
    Parameter: S

class ExcludePeriodConfiguration(TypedDict, total=False):
    Amount: I
    Granularity: S
    Status: S

class TimeRangeFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    IncludeMinimum: B
    IncludeMaximum: B
    RangeMinimumValue: X[TimeRangeFilterValue]
    RangeMaximumValue: X[TimeRangeFilterValue]
    NullOption: S
    ExcludePeriodConfiguration: X[ExcludePeriodConfiguration]
    TimeGranularity: S
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class AnchorDateConfiguration(TypedDict, total=False):
    AnchorOption: S
    ParameterName: S

class RelativeDatesFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    AnchorDateConfiguration: X[AnchorDateConfiguration]
    MinimumGranularity: S
    TimeGranularity: S
    RelativeDateType: S
    RelativeDateValue: I
    ParameterName: S
    NullOption: S
    ExcludePeriodConfiguration: X[ExcludePeriodConfiguration]
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class TopBottomFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    Limit: I
    AggregationSortConfigurations: L[Xi[AggregationSortConfiguration]]
    TimeGranularity: S
    ParameterName: S
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class CategoryInnerFilter(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    Configuration: X[CategoryFilterConfiguration]
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class InnerFilter(TypedDict, total=False):
    CategoryInnerFilter: X[CategoryInnerFilter]

class NestedFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    IncludeInnerSet: B
    InnerFilter: X[InnerFilter]

class HierarchyFilterLevel(TypedDict, total=False):
    Column: X[ColumnIdentifier]

class HierarchyFilterNode(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    ParentValue: S
    HierarchyValues: L[Si]
    Children: L[Xi[HierarchyFilterNode]]

class HierarchyFilter(TypedDict, total=False):
    FilterId: S
    Column: X[ColumnIdentifier]
    HierarchyLevels: L[Xi[HierarchyFilterLevel]]
    HierarchyTree: X[HierarchyFilterNode]
    NullOption: S
    MatchOperator: S
    DefaultFilterControlConfiguration: X[DefaultFilterControlConfiguration]

class Filter(TypedDict, total=False):
    CategoryFilter: X[CategoryFilter]
    NumericRangeFilter: X[NumericRangeFilter]
    NumericEqualityFilter: X[NumericEqualityFilter]
    TimeEqualityFilter: X[TimeEqualityFilter]
    TimeRangeFilter: X[TimeRangeFilter]
    RelativeDatesFilter: X[RelativeDatesFilter]
    TopBottomFilter: X[TopBottomFilter]
    NestedFilter: X[NestedFilter]
    HierarchyFilter: X[HierarchyFilter]

class SheetVisualScopingConfiguration(TypedDict, total=False):
    SheetId: S
    Scope: S
    VisualIds: L[Si]

class SelectedSheetsFilterScopeConfiguration(TypedDict, total=False):
    SheetVisualScopingConfigurations: L[Xi[SheetVisualScopingConfiguration]]

class AllSheetsFilterScopeConfiguration(TypedDict, total=False): ...

class FilterScopeConfiguration(TypedDict, total=False):
    SelectedSheets: X[SelectedSheetsFilterScopeConfiguration]
    AllSheets: X[AllSheetsFilterScopeConfiguration]

class FilterGroup(TypedDict, total=False):
    FilterGroupId: S
    Filters: L[Xi[Filter]]
    ScopeConfiguration: X[FilterScopeConfiguration]
    Status: S
    CrossDataset: S

class CustomColor(TypedDict, total=False):
    FieldValue: S
    Color: S
    SpecialValue: S

class ColorsConfiguration(TypedDict, total=False):
    CustomColors: L[Xi[CustomColor]]

class DecalSettingsConfiguration(TypedDict, total=False):
    CustomDecalSettings: L[Xi[DecalSettings]]

class ColumnConfiguration(TypedDict, total=False):
    Column: X[ColumnIdentifier]
    FormatConfiguration: X[FormatConfiguration]
    Role: S
    ColorsConfiguration: X[ColorsConfiguration]
    DecalSettingsConfiguration: X[DecalSettingsConfiguration]

class DefaultGridLayoutConfiguration(TypedDict, total=False):
    CanvasSizeOptions: X[GridLayoutCanvasSizeOptions]

class DefaultFreeFormLayoutConfiguration(TypedDict, total=False):
    CanvasSizeOptions: X[FreeFormLayoutCanvasSizeOptions]

class DefaultInteractiveLayoutConfiguration(TypedDict, total=False):
    Grid: X[DefaultGridLayoutConfiguration]
    FreeForm: X[DefaultFreeFormLayoutConfiguration]

class DefaultSectionBasedLayoutConfiguration(TypedDict, total=False):
    CanvasSizeOptions: X[SectionBasedLayoutCanvasSizeOptions]

class DefaultPaginatedLayoutConfiguration(TypedDict, total=False):
    SectionBased: X[DefaultSectionBasedLayoutConfiguration]

class DefaultNewSheetConfiguration(TypedDict, total=False):
    InteractiveLayoutConfiguration: X[DefaultInteractiveLayoutConfiguration]
    PaginatedLayoutConfiguration: X[DefaultPaginatedLayoutConfiguration]
    SheetContentType: S

class AnalysisDefaults(TypedDict, total=False):
    DefaultNewSheetConfiguration: X[DefaultNewSheetConfiguration]

class VisualMessageConfiguration(TypedDict, total=False):
    Enabled: B
    Title: S
    TitleVisibility: S
    Description: S
    DescriptionVisibility: S
    LinkText: S
    LinkUrl: S
    LinkVisibility: S

class VisualMessages(TypedDict, total=False):
    NoDataMessage: X[VisualMessageConfiguration]

class AssetOptions(TypedDict, total=False):
    Timezone: S
    WeekStart: S
    QBusinessInsightsStatus: S
    ExcludedDataSetArns: L[Si]
    CustomActionDefaults: X[VisualCustomActionDefaults]
    VisualMessages: X[VisualMessages]

class QueryExecutionOptions(TypedDict, total=False):
    QueryExecutionMode: S

class StaticFileUrlSourceOptions(TypedDict, total=False):
    Url: S

class StaticFileS3SourceOptions(TypedDict, total=False):
    BucketName: S
    ObjectKey: S
    Region: S

class StaticFileSource(TypedDict, total=False):
    UrlOptions: X[StaticFileUrlSourceOptions]
    S3Options: X[StaticFileS3SourceOptions]

class ImageStaticFile(TypedDict, total=False):
    StaticFileId: S
    Source: X[StaticFileSource]

class SpatialStaticFile(TypedDict, total=False):
    StaticFileId: S
    Source: X[StaticFileSource]

class StaticFile(TypedDict, total=False):
    ImageStaticFile: X[ImageStaticFile]
    SpatialStaticFile: X[SpatialStaticFile]

class AnalysisDefinition(TypedDict, total=False):
    DataSetIdentifierDeclarations: L[Xi[DataSetIdentifierDeclaration]]
    TopicIdentifierDeclarations: L[Xi[TopicIdentifierDeclaration]]
    Sheets: L[Xi[SheetDefinition]]
    TooltipSheets: L[Xi[TooltipSheetDefinition]]
    CalculatedFields: L[Xi[CalculatedField]]
    ParameterDeclarations: L[Xi[ParameterDeclaration]]
    FilterGroups: L[Xi[FilterGroup]]
    ColumnConfigurations: L[Xi[ColumnConfiguration]]
    AnalysisDefaults: X[AnalysisDefaults]
    Options: X[AssetOptions]
    QueryExecutionOptions: X[QueryExecutionOptions]
    StaticFiles: L[Xi[StaticFile]]

class ValidationStrategy(TypedDict, total=False):
    Mode: S

CreateAnalysisParameters = TypedDict(
    "CreateAnalysisParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "Name": S,
        "Name.$": str,
        "Parameters": X[Parameters],
        "Parameters.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "SourceEntity": X[AnalysisSourceEntity],
        "SourceEntity.$": str,
        "ThemeArn": S,
        "ThemeArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Definition": X[AnalysisDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
    },
    total=False,
)

class ApplicableTo(TypedDict, total=False):
    Type: S
    GroupArns: L[Si]

CreateApprovalPolicyParameters = TypedDict(
    "CreateApprovalPolicyParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "AssetTypes": L[Si],
        "AssetTypes.$": str,
        "ApplicableTo": X[ApplicableTo],
        "ApplicableTo.$": str,
        "ApprovalGroups": L[Si],
        "ApprovalGroups.$": str,
    },
    total=False,
)

class Palette(TypedDict, total=False):
    Foreground: S
    Background: S

class BrandColorPalette(TypedDict, total=False):
    Primary: X[Palette]
    Secondary: X[Palette]
    Accent: X[Palette]
    Measure: X[Palette]
    Dimension: X[Palette]
    Success: X[Palette]
    Info: X[Palette]
    Warning: X[Palette]
    Danger: X[Palette]

class ContextualAccentPalette(TypedDict, total=False):
    Connection: X[Palette]
    Visualization: X[Palette]
    Insight: X[Palette]
    Automation: X[Palette]

class NavbarStyle(TypedDict, total=False):
    GlobalNavbar: X[Palette]
    ContextualNavbar: X[Palette]

class BrandElementStyle(TypedDict, total=False):
    NavbarStyle: X[NavbarStyle]

class ApplicationTheme(TypedDict, total=False):
    BrandColorPalette: X[BrandColorPalette]
    ContextualAccentPalette: X[ContextualAccentPalette]
    BrandElementStyle: X[BrandElementStyle]

class ImageSource(TypedDict, total=False):
    PublicUrl: S
    S3Uri: S

class ImageConfiguration(TypedDict, total=False):
    Source: X[ImageSource]

class ImageSetConfiguration(TypedDict, total=False):
    Original: X[ImageConfiguration]

class LogoSetConfiguration(TypedDict, total=False):
    Primary: X[ImageSetConfiguration]
    Favicon: X[ImageSetConfiguration]

class LogoConfiguration(TypedDict, total=False):
    AltText: S
    LogoSet: X[LogoSetConfiguration]

class BrandDefinition(TypedDict, total=False):
    BrandName: S
    Description: S
    ApplicationTheme: X[ApplicationTheme]
    LogoConfiguration: X[LogoConfiguration]

CreateBrandParameters = TypedDict(
    "CreateBrandParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "BrandId": S,
        "BrandId.$": str,
        "BrandDefinition": X[BrandDefinition],
        "BrandDefinition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Capabilities(TypedDict, total=False):
    ExportToCsv: S
    ExportToExcel: S
    ExportToPdf: S
    PrintReports: S
    CreateAndUpdateThemes: S
    AddOrRunAnomalyDetectionForAnalyses: S
    ShareAnalyses: S
    CreateAndUpdateDatasets: S
    ShareDatasets: S
    SubscribeDashboardEmailReports: S
    CreateAndUpdateDashboardEmailReports: S
    ShareDashboards: S
    CreateAndUpdateThresholdAlerts: S
    RenameSharedFolders: S
    CreateSharedFolders: S
    CreateAndUpdateDataSources: S
    ShareDataSources: S
    ViewAccountSPICECapacity: S
    CreateSPICEDataset: S
    ExportToPdfInScheduledReports: S
    ExportToCsvInScheduledReports: S
    ExportToExcelInScheduledReports: S
    IncludeContentInScheduledReportsEmail: S
    Dashboard: S
    Analysis: S
    Automate: S
    Flow: S
    Apps: S
    CreateAndUpdateApps: S
    ShareApps: S
    InvokeAppsAIInference: S
    AccessAppsNativeDataStore: S
    PublishWithoutApproval: S
    UseBedrockModels: S
    PerformFlowUiTask: S
    ApproveFlowShareRequests: S
    UseAgentWebSearch: S
    KnowledgeBase: S
    CreateAndUpdateKnowledgeBases: S
    ShareKnowledgeBases: S
    SharePointKnowledgeBase: S
    CreateAndUpdateSharePointKnowledgeBase: S
    ShareSharePointKnowledgeBase: S
    UseSharePointKnowledgeBase: S
    GoogleDriveKnowledgeBase: S
    CreateAndUpdateGoogleDriveKnowledgeBase: S
    ShareGoogleDriveKnowledgeBase: S
    UseGoogleDriveKnowledgeBase: S
    WebCrawlerKnowledgeBase: S
    CreateAndUpdateWebCrawlerKnowledgeBase: S
    ShareWebCrawlerKnowledgeBase: S
    UseWebCrawlerKnowledgeBase: S
    S3KnowledgeBase: S
    CreateAndUpdateS3KnowledgeBase: S
    ShareS3KnowledgeBase: S
    UseS3KnowledgeBase: S
    ConfluenceKnowledgeBase: S
    CreateAndUpdateConfluenceKnowledgeBase: S
    ShareConfluenceKnowledgeBase: S
    UseConfluenceKnowledgeBase: S
    OneDriveKnowledgeBase: S
    CreateAndUpdateOneDriveKnowledgeBase: S
    ShareOneDriveKnowledgeBase: S
    UseOneDriveKnowledgeBase: S
    QBusinessKnowledgeBase: S
    CreateAndUpdateQBusinessKnowledgeBase: S
    ShareQBusinessKnowledgeBase: S
    UseQBusinessKnowledgeBase: S
    BedrockManagedKnowledgeBase: S
    CreateAndUpdateBedrockManagedKnowledgeBase: S
    ShareBedrockManagedKnowledgeBase: S
    UseBedrockManagedKnowledgeBase: S
    BoxKnowledgeBase: S
    CreateAndUpdateBoxKnowledgeBase: S
    ShareBoxKnowledgeBase: S
    UseBoxKnowledgeBase: S
    IdcKnowledgeBase: S
    CreateAndUpdateIDCKnowledgeBase: S
    ShareIDCKnowledgeBase: S
    UseIDCKnowledgeBase: S
    Action: S
    GenericHTTPAction: S
    CreateAndUpdateGenericHTTPAction: S
    ShareGenericHTTPAction: S
    UseGenericHTTPAction: S
    AsanaAction: S
    CreateAndUpdateAsanaAction: S
    ShareAsanaAction: S
    UseAsanaAction: S
    SlackAction: S
    CreateAndUpdateSlackAction: S
    ShareSlackAction: S
    UseSlackAction: S
    ServiceNowAction: S
    CreateAndUpdateServiceNowAction: S
    ShareServiceNowAction: S
    UseServiceNowAction: S
    SalesforceAction: S
    CreateAndUpdateSalesforceAction: S
    ShareSalesforceAction: S
    UseSalesforceAction: S
    MsExchangeAction: S
    CreateAndUpdateMSExchangeAction: S
    ShareMSExchangeAction: S
    UseMSExchangeAction: S
    PagerDutyAction: S
    CreateAndUpdatePagerDutyAction: S
    SharePagerDutyAction: S
    UsePagerDutyAction: S
    JiraAction: S
    CreateAndUpdateJiraAction: S
    ShareJiraAction: S
    UseJiraAction: S
    ConfluenceAction: S
    CreateAndUpdateConfluenceAction: S
    ShareConfluenceAction: S
    UseConfluenceAction: S
    OneDriveAction: S
    CreateAndUpdateOneDriveAction: S
    ShareOneDriveAction: S
    UseOneDriveAction: S
    SharePointAction: S
    CreateAndUpdateSharePointAction: S
    ShareSharePointAction: S
    UseSharePointAction: S
    MsTeamsAction: S
    CreateAndUpdateMSTeamsAction: S
    ShareMSTeamsAction: S
    UseMSTeamsAction: S
    GoogleCalendarAction: S
    CreateAndUpdateGoogleCalendarAction: S
    ShareGoogleCalendarAction: S
    UseGoogleCalendarAction: S
    ZendeskAction: S
    CreateAndUpdateZendeskAction: S
    ShareZendeskAction: S
    UseZendeskAction: S
    SmartsheetAction: S
    CreateAndUpdateSmartsheetAction: S
    ShareSmartsheetAction: S
    UseSmartsheetAction: S
    SapBusinessPartnerAction: S
    CreateAndUpdateSAPBusinessPartnerAction: S
    ShareSAPBusinessPartnerAction: S
    UseSAPBusinessPartnerAction: S
    SapProductMasterDataAction: S
    CreateAndUpdateSAPProductMasterDataAction: S
    ShareSAPProductMasterDataAction: S
    UseSAPProductMasterDataAction: S
    SapPhysicalInventoryAction: S
    CreateAndUpdateSAPPhysicalInventoryAction: S
    ShareSAPPhysicalInventoryAction: S
    UseSAPPhysicalInventoryAction: S
    SapBillOfMaterialAction: S
    CreateAndUpdateSAPBillOfMaterialAction: S
    ShareSAPBillOfMaterialAction: S
    UseSAPBillOfMaterialAction: S
    SapMaterialStockAction: S
    CreateAndUpdateSAPMaterialStockAction: S
    ShareSAPMaterialStockAction: S
    UseSAPMaterialStockAction: S
    FactSetAction: S
    CreateAndUpdateFactSetAction: S
    ShareFactSetAction: S
    UseFactSetAction: S
    AmazonSThreeAction: S
    CreateAndUpdateAmazonSThreeAction: S
    ShareAmazonSThreeAction: S
    UseAmazonSThreeAction: S
    TextractAction: S
    CreateAndUpdateTextractAction: S
    ShareTextractAction: S
    UseTextractAction: S
    ComprehendAction: S
    CreateAndUpdateComprehendAction: S
    ShareComprehendAction: S
    UseComprehendAction: S
    ComprehendMedicalAction: S
    CreateAndUpdateComprehendMedicalAction: S
    ShareComprehendMedicalAction: S
    UseComprehendMedicalAction: S
    AmazonBedrockARSAction: S
    CreateAndUpdateAmazonBedrockARSAction: S
    ShareAmazonBedrockARSAction: S
    UseAmazonBedrockARSAction: S
    AmazonBedrockFSAction: S
    CreateAndUpdateAmazonBedrockFSAction: S
    ShareAmazonBedrockFSAction: S
    UseAmazonBedrockFSAction: S
    AmazonBedrockKRSAction: S
    CreateAndUpdateAmazonBedrockKRSAction: S
    ShareAmazonBedrockKRSAction: S
    UseAmazonBedrockKRSAction: S
    McpAction: S
    CreateAndUpdateMCPAction: S
    ShareMCPAction: S
    UseMCPAction: S
    LocalMCPAction: S
    CreateAndUpdateLocalMCPAction: S
    UseLocalMCPAction: S
    OpenAPIAction: S
    CreateAndUpdateOpenAPIAction: S
    ShareOpenAPIAction: S
    UseOpenAPIAction: S
    SandPGMIAction: S
    CreateAndUpdateSandPGMIAction: S
    ShareSandPGMIAction: S
    UseSandPGMIAction: S
    SandPGlobalEnergyAction: S
    CreateAndUpdateSandPGlobalEnergyAction: S
    ShareSandPGlobalEnergyAction: S
    UseSandPGlobalEnergyAction: S
    BambooHRAction: S
    CreateAndUpdateBambooHRAction: S
    ShareBambooHRAction: S
    UseBambooHRAction: S
    BoxAgentAction: S
    CreateAndUpdateBoxAgentAction: S
    ShareBoxAgentAction: S
    UseBoxAgentAction: S
    CanvaAgentAction: S
    CreateAndUpdateCanvaAgentAction: S
    ShareCanvaAgentAction: S
    UseCanvaAgentAction: S
    GithubAction: S
    CreateAndUpdateGithubAction: S
    ShareGithubAction: S
    UseGithubAction: S
    NotionAction: S
    CreateAndUpdateNotionAction: S
    ShareNotionAction: S
    UseNotionAction: S
    LinearAction: S
    CreateAndUpdateLinearAction: S
    ShareLinearAction: S
    UseLinearAction: S
    HuggingFaceAction: S
    CreateAndUpdateHuggingFaceAction: S
    ShareHuggingFaceAction: S
    UseHuggingFaceAction: S
    MondayAction: S
    CreateAndUpdateMondayAction: S
    ShareMondayAction: S
    UseMondayAction: S
    HubspotAction: S
    CreateAndUpdateHubspotAction: S
    ShareHubspotAction: S
    UseHubspotAction: S
    IntercomAction: S
    CreateAndUpdateIntercomAction: S
    ShareIntercomAction: S
    UseIntercomAction: S
    NewRelicAction: S
    CreateAndUpdateNewRelicAction: S
    ShareNewRelicAction: S
    UseNewRelicAction: S
    PagerDutyAgentAction: S
    CreateAndUpdatePagerDutyAgentAction: S
    SharePagerDutyAgentAction: S
    UsePagerDutyAgentAction: S
    VisierAgentAction: S
    CreateAndUpdateVisierAgentAction: S
    ShareVisierAgentAction: S
    UseVisierAgentAction: S
    ZoomAction: S
    CreateAndUpdateZoomAction: S
    ShareZoomAction: S
    UseZoomAction: S
    SnowFlakeAction: S
    CreateAndUpdateSnowFlakeAction: S
    ShareSnowFlakeAction: S
    UseSnowFlakeAction: S
    ZapierAction: S
    CreateAndUpdateZapierAction: S
    ShareZapierAction: S
    UseZapierAction: S
    AirtableAction: S
    CreateAndUpdateAirtableAction: S
    ShareAirtableAction: S
    UseAirtableAction: S
    DropboxAction: S
    CreateAndUpdateDropboxAction: S
    ShareDropboxAction: S
    UseDropboxAction: S
    GmailAction: S
    CreateAndUpdateGmailAction: S
    ShareGmailAction: S
    UseGmailAction: S
    GoogleAnalyticsAction: S
    CreateAndUpdateGoogleAnalyticsAction: S
    ShareGoogleAnalyticsAction: S
    UseGoogleAnalyticsAction: S
    GoogleDocsAction: S
    CreateAndUpdateGoogleDocsAction: S
    ShareGoogleDocsAction: S
    UseGoogleDocsAction: S
    GoogleDriveAction: S
    CreateAndUpdateGoogleDriveAction: S
    ShareGoogleDriveAction: S
    UseGoogleDriveAction: S
    GoogleMeetAction: S
    CreateAndUpdateGoogleMeetAction: S
    ShareGoogleMeetAction: S
    UseGoogleMeetAction: S
    GoogleSheetsAction: S
    CreateAndUpdateGoogleSheetsAction: S
    ShareGoogleSheetsAction: S
    UseGoogleSheetsAction: S
    GoogleSlidesAction: S
    CreateAndUpdateGoogleSlidesAction: S
    ShareGoogleSlidesAction: S
    UseGoogleSlidesAction: S
    QuickBooksAction: S
    CreateAndUpdateQuickBooksAction: S
    ShareQuickBooksAction: S
    UseQuickBooksAction: S
    FigmaAction: S
    CreateAndUpdateFigmaAction: S
    ShareFigmaAction: S
    UseFigmaAction: S
    WhatsAppAction: S
    CreateAndUpdateWhatsAppAction: S
    ShareWhatsAppAction: S
    UseWhatsAppAction: S
    GoogleChatAction: S
    CreateAndUpdateGoogleChatAction: S
    ShareGoogleChatAction: S
    UseGoogleChatAction: S
    OneNoteAction: S
    CreateAndUpdateOneNoteAction: S
    ShareOneNoteAction: S
    UseOneNoteAction: S
    ShopifyAction: S
    CreateAndUpdateShopifyAction: S
    ShareShopifyAction: S
    UseShopifyAction: S
    AdobeAction: S
    CreateAndUpdateAdobeAction: S
    ShareAdobeAction: S
    UseAdobeAction: S
    CiscoWebexVidcastAction: S
    CreateAndUpdateCiscoWebexVidcastAction: S
    ShareCiscoWebexVidcastAction: S
    UseCiscoWebexVidcastAction: S
    CiscoWebexMeetingsAction: S
    CreateAndUpdateCiscoWebexMeetingsAction: S
    ShareCiscoWebexMeetingsAction: S
    UseCiscoWebexMeetingsAction: S
    DunAndBradstreetAction: S
    CreateAndUpdateDunAndBradstreetAction: S
    ShareDunAndBradstreetAction: S
    UseDunAndBradstreetAction: S
    HgInsightsAction: S
    CreateAndUpdateHGInsightsAction: S
    ShareHGInsightsAction: S
    UseHGInsightsAction: S
    ZoomInfoAction: S
    CreateAndUpdateZoomInfoAction: S
    ShareZoomInfoAction: S
    UseZoomInfoAction: S
    MoodysAction: S
    CreateAndUpdateMoodysAction: S
    ShareMoodysAction: S
    UseMoodysAction: S
    BeeAction: S
    CreateAndUpdateBeeAction: S
    ShareBeeAction: S
    UseBeeAction: S
    GongAction: S
    CreateAndUpdateGongAction: S
    ShareGongAction: S
    UseGongAction: S
    Topic: S
    EditVisualWithQ: S
    BuildCalculatedFieldWithQ: S
    CreateDashboardExecutiveSummaryWithQ: S
    Space: S
    CreateSpaces: S
    ShareSpaces: S
    ChatAgent: S
    CreateChatAgents: S
    ShareChatAgents: S
    Research: S
    SelfUpgradeUserRole: S
    Extension: S
    UseBrowserExtension: S
    UseWordAddInExtension: S
    UseOutlookAddInExtension: S
    UseExcelAddInExtension: S
    UsePowerpointAddInExtension: S
    ManageSharedFolders: S
    GenerateAnalyses: S
    Story: S
    Scenario: S
    Trigger: S
    ScheduleTrigger: S
    InboundEmailTrigger: S
    QuickEventTrigger: S
    FileDataSource: S
    CreateFileDataSource: S
    UpdateFileDataSource: S
    ShareFileDataSource: S
    S3DataSource: S
    CreateS3DataSource: S
    UpdateS3DataSource: S
    ShareS3DataSource: S
    S3AnalyticsDataSource: S
    CreateS3AnalyticsDataSource: S
    UpdateS3AnalyticsDataSource: S
    ShareS3AnalyticsDataSource: S
    S3TablesDataSource: S
    CreateS3TablesDataSource: S
    UpdateS3TablesDataSource: S
    ShareS3TablesDataSource: S
    AthenaDataSource: S
    CreateAthenaDataSource: S
    UpdateAthenaDataSource: S
    ShareAthenaDataSource: S
    RdsDataSource: S
    CreateRdsDataSource: S
    UpdateRdsDataSource: S
    ShareRdsDataSource: S
    RedshiftAutoDiscoveredDataSource: S
    CreateRedshiftAutoDiscoveredDataSource: S
    UpdateRedshiftAutoDiscoveredDataSource: S
    ShareRedshiftAutoDiscoveredDataSource: S
    RedshiftManualDataSource: S
    CreateRedshiftManualDataSource: S
    UpdateRedshiftManualDataSource: S
    ShareRedshiftManualDataSource: S
    OpenSearchDataSource: S
    CreateOpenSearchDataSource: S
    UpdateOpenSearchDataSource: S
    ShareOpenSearchDataSource: S
    TimestreamDataSource: S
    CreateTimestreamDataSource: S
    UpdateTimestreamDataSource: S
    ShareTimestreamDataSource: S
    AuroraDataSource: S
    CreateAuroraDataSource: S
    UpdateAuroraDataSource: S
    ShareAuroraDataSource: S
    MySqlDataSource: S
    CreateMySqlDataSource: S
    UpdateMySqlDataSource: S
    ShareMySqlDataSource: S
    PostgreSqlDataSource: S
    CreatePostgreSqlDataSource: S
    UpdatePostgreSqlDataSource: S
    SharePostgreSqlDataSource: S
    OracleDataSource: S
    CreateOracleDataSource: S
    UpdateOracleDataSource: S
    ShareOracleDataSource: S
    SqlServerDataSource: S
    CreateSqlServerDataSource: S
    UpdateSqlServerDataSource: S
    ShareSqlServerDataSource: S
    MariaDbDataSource: S
    CreateMariaDbDataSource: S
    UpdateMariaDbDataSource: S
    ShareMariaDbDataSource: S
    SnowflakeDataSource: S
    CreateSnowflakeDataSource: S
    UpdateSnowflakeDataSource: S
    ShareSnowflakeDataSource: S
    GoogleBigQueryDataSource: S
    CreateGoogleBigQueryDataSource: S
    UpdateGoogleBigQueryDataSource: S
    ShareGoogleBigQueryDataSource: S
    DatabricksDataSource: S
    CreateDatabricksDataSource: S
    UpdateDatabricksDataSource: S
    ShareDatabricksDataSource: S
    StarburstDataSource: S
    CreateStarburstDataSource: S
    UpdateStarburstDataSource: S
    ShareStarburstDataSource: S
    TrinoDataSource: S
    CreateTrinoDataSource: S
    UpdateTrinoDataSource: S
    ShareTrinoDataSource: S
    ImpalaDataSource: S
    CreateImpalaDataSource: S
    UpdateImpalaDataSource: S
    ShareImpalaDataSource: S
    TeradataDataSource: S
    CreateTeradataDataSource: S
    UpdateTeradataDataSource: S
    ShareTeradataDataSource: S
    PrestoDataSource: S
    CreatePrestoDataSource: S
    UpdatePrestoDataSource: S
    SharePrestoDataSource: S
    SparkDataSource: S
    CreateSparkDataSource: S
    UpdateSparkDataSource: S
    ShareSparkDataSource: S
    ExasolDataSource: S
    CreateExasolDataSource: S
    UpdateExasolDataSource: S
    ShareExasolDataSource: S
    Db2DataSource: S
    CreateDb2DataSource: S
    UpdateDb2DataSource: S
    ShareDb2DataSource: S
    SapHanaDataSource: S
    CreateSapHanaDataSource: S
    UpdateSapHanaDataSource: S
    ShareSapHanaDataSource: S
    DenodoDataSource: S
    CreateDenodoDataSource: S
    UpdateDenodoDataSource: S
    ShareDenodoDataSource: S
    DremioDataSource: S
    CreateDremioDataSource: S
    UpdateDremioDataSource: S
    ShareDremioDataSource: S
    SalesforceDataSource: S
    CreateSalesforceDataSource: S
    UpdateSalesforceDataSource: S
    ShareSalesforceDataSource: S
    RadiantDataSource: S
    CreateRadiantDataSource: S
    UpdateRadiantDataSource: S
    ShareRadiantDataSource: S
    PayPalDataSource: S
    CreatePayPalDataSource: S
    UpdatePayPalDataSource: S
    SharePayPalDataSource: S
    SquareDataSource: S
    CreateSquareDataSource: S
    UpdateSquareDataSource: S
    ShareSquareDataSource: S
    GitHubDataSource: S
    CreateGitHubDataSource: S
    UpdateGitHubDataSource: S
    ShareGitHubDataSource: S
    TwitterDataSource: S
    CreateTwitterDataSource: S
    UpdateTwitterDataSource: S
    ShareTwitterDataSource: S
    JiraDataSource: S
    CreateJiraDataSource: S
    UpdateJiraDataSource: S
    ShareJiraDataSource: S
    ServiceNowDataSource: S
    CreateServiceNowDataSource: S
    UpdateServiceNowDataSource: S
    ShareServiceNowDataSource: S
    AdobeAnalyticsDataSource: S
    CreateAdobeAnalyticsDataSource: S
    UpdateAdobeAnalyticsDataSource: S
    ShareAdobeAnalyticsDataSource: S
    GoogleAnalyticsDataSource: S
    CreateGoogleAnalyticsDataSource: S
    UpdateGoogleAnalyticsDataSource: S
    ShareGoogleAnalyticsDataSource: S
    GoogleSheetsDataSource: S
    CreateGoogleSheetsDataSource: S
    UpdateGoogleSheetsDataSource: S
    ShareGoogleSheetsDataSource: S
    DocumentDbDataSource: S
    CreateDocumentDbDataSource: S
    UpdateDocumentDbDataSource: S
    ShareDocumentDbDataSource: S
    MongoDbDataSource: S
    CreateMongoDbDataSource: S
    UpdateMongoDbDataSource: S
    ShareMongoDbDataSource: S
    MongoAtlasDataSource: S
    CreateMongoAtlasDataSource: S
    UpdateMongoAtlasDataSource: S
    ShareMongoAtlasDataSource: S
    DynamoDbDataSource: S
    CreateDynamoDbDataSource: S
    UpdateDynamoDbDataSource: S
    ShareDynamoDbDataSource: S

class Governance(TypedDict, total=False):
    DefaultCategoryEffects: M[S]

CreateCustomPermissionsParameters = TypedDict(
    "CreateCustomPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "Capabilities": X[Capabilities],
        "Capabilities.$": str,
        "Governance": X[Governance],
        "Governance.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DashboardSourceTemplate(TypedDict, total=False):
    DataSetReferences: L[Xi[DataSetReference]]
    TopicReferences: L[Xi[TopicReference]]
    Arn: S

class DashboardSourceEntity(TypedDict, total=False):
    SourceTemplate: X[DashboardSourceTemplate]

class AdHocFilteringOption(TypedDict, total=False):
    AvailabilityStatus: S

class ExportToCSVOption(TypedDict, total=False):
    AvailabilityStatus: S

class SheetControlsOption(TypedDict, total=False):
    VisibilityState: S

class ExportHiddenFieldsOption(TypedDict, total=False):
    AvailabilityStatus: S

class DashboardVisualPublishOptions(TypedDict, total=False):
    ExportHiddenFieldsOption: X[ExportHiddenFieldsOption]

class SheetLayoutElementMaximizationOption(TypedDict, total=False):
    AvailabilityStatus: S

class VisualAxisSortOption(TypedDict, total=False):
    AvailabilityStatus: S

class ExportWithHiddenFieldsOption(TypedDict, total=False):
    AvailabilityStatus: S

class DataPointDrillUpDownOption(TypedDict, total=False):
    AvailabilityStatus: S

class DataPointMenuLabelOption(TypedDict, total=False):
    AvailabilityStatus: S

class DataPointTooltipOption(TypedDict, total=False):
    AvailabilityStatus: S

class DataQAEnabledOption(TypedDict, total=False):
    AvailabilityStatus: S

class QuickSuiteActionsOption(TypedDict, total=False):
    AvailabilityStatus: S

class ExecutiveSummaryOption(TypedDict, total=False):
    AvailabilityStatus: S

class DataStoriesSharingOption(TypedDict, total=False):
    AvailabilityStatus: S

class DashboardPublishOptions(TypedDict, total=False):
    AdHocFilteringOption: X[AdHocFilteringOption]
    ExportToCSVOption: X[ExportToCSVOption]
    SheetControlsOption: X[SheetControlsOption]
    VisualPublishOptions: X[DashboardVisualPublishOptions]
    SheetLayoutElementMaximizationOption: X[SheetLayoutElementMaximizationOption]
    VisualMenuOption: X[VisualMenuOption]
    VisualAxisSortOption: X[VisualAxisSortOption]
    ExportWithHiddenFieldsOption: X[ExportWithHiddenFieldsOption]
    DataPointDrillUpDownOption: X[DataPointDrillUpDownOption]
    DataPointMenuLabelOption: X[DataPointMenuLabelOption]
    DataPointTooltipOption: X[DataPointTooltipOption]
    DataQAEnabledOption: X[DataQAEnabledOption]
    QuickSuiteActionsOption: X[QuickSuiteActionsOption]
    ExecutiveSummaryOption: X[ExecutiveSummaryOption]
    DataStoriesSharingOption: X[DataStoriesSharingOption]

class DashboardVersionDefinition(TypedDict, total=False):
    DataSetIdentifierDeclarations: L[Xi[DataSetIdentifierDeclaration]]
    TopicIdentifierDeclarations: L[Xi[TopicIdentifierDeclaration]]
    Sheets: L[Xi[SheetDefinition]]
    TooltipSheets: L[Xi[TooltipSheetDefinition]]
    CalculatedFields: L[Xi[CalculatedField]]
    ParameterDeclarations: L[Xi[ParameterDeclaration]]
    FilterGroups: L[Xi[FilterGroup]]
    ColumnConfigurations: L[Xi[ColumnConfiguration]]
    AnalysisDefaults: X[AnalysisDefaults]
    Options: X[AssetOptions]
    StaticFiles: L[Xi[StaticFile]]

class LinkSharingConfiguration(TypedDict, total=False):
    Permissions: L[Xi[ResourcePermission]]

CreateDashboardParameters = TypedDict(
    "CreateDashboardParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "Name": S,
        "Name.$": str,
        "Parameters": X[Parameters],
        "Parameters.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "SourceEntity": X[DashboardSourceEntity],
        "SourceEntity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "DashboardPublishOptions": X[DashboardPublishOptions],
        "DashboardPublishOptions.$": str,
        "ThemeArn": S,
        "ThemeArn.$": str,
        "Definition": X[DashboardVersionDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
        "LinkSharingConfiguration": X[LinkSharingConfiguration],
        "LinkSharingConfiguration.$": str,
        "LinkEntities": L[Si],
        "LinkEntities.$": str,
    },
    total=False,
)

class InputColumn(TypedDict, total=False):
    Name: S
    Id: S
    Type: S
    SubType: S

class RelationalTable(TypedDict, total=False):
    DataSourceArn: S
    Catalog: S
    Schema: S
    Name: S
    InputColumns: L[Xi[InputColumn]]

class CustomSql(TypedDict, total=False):
    DataSourceArn: S
    Name: S
    SqlQuery: S
    Columns: L[Xi[InputColumn]]

class UploadSettings(TypedDict, total=False):
    Format: S
    StartFromRow: I
    ContainsHeader: B
    TextQualifier: S
    Delimiter: S
    CustomCellAddressRange: S

class S3Source(TypedDict, total=False):
    DataSourceArn: S
    UploadSettings: X[UploadSettings]
    InputColumns: L[Xi[InputColumn]]

class TablePathElement(TypedDict, total=False):
    Name: S
    Id: S

class SaaSTable(TypedDict, total=False):
    DataSourceArn: S
    TablePath: L[Xi[TablePathElement]]
    InputColumns: L[Xi[InputColumn]]

class FileSource(TypedDict, total=False):
    DataSourceArn: S
    UploadSettings: X[UploadSettings]
    SheetIndex: I
    InputColumns: L[Xi[InputColumn]]

class PhysicalTable(TypedDict, total=False):
    RelationalTable: X[RelationalTable]
    CustomSql: X[CustomSql]
    S3Source: X[S3Source]
    SaaSTable: X[SaaSTable]
    FileSource: X[FileSource]

class DataSetColumnIdMapping(TypedDict, total=False):
    SourceColumnId: S
    TargetColumnId: S

class TransformOperationSource(TypedDict, total=False):
    TransformOperationId: S
    ColumnIdMappings: L[Xi[DataSetColumnIdMapping]]

class ProjectOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    ProjectedColumns: L[Si]

class DataSetStringFilterValue(TypedDict, total=False):
    StaticValue: S

class DataSetStringComparisonFilterCondition(TypedDict, total=False):
    Operator: S
    Value: X[DataSetStringFilterValue]

class DataSetStringListFilterValue(TypedDict, total=False):
    StaticValues: L[Si]

class DataSetStringListFilterCondition(TypedDict, total=False):
    Operator: S
    Values: X[DataSetStringListFilterValue]

class DataSetStringFilterCondition(TypedDict, total=False):
    ColumnName: S
    ComparisonFilterCondition: X[DataSetStringComparisonFilterCondition]
    ListFilterCondition: X[DataSetStringListFilterCondition]

class DataSetNumericFilterValue(TypedDict, total=False):
    StaticValue: F

class DataSetNumericComparisonFilterCondition(TypedDict, total=False):
    Operator: S
    Value: X[DataSetNumericFilterValue]

class DataSetNumericRangeFilterCondition(TypedDict, total=False):
    RangeMinimum: X[DataSetNumericFilterValue]
    RangeMaximum: X[DataSetNumericFilterValue]
    IncludeMinimum: B
    IncludeMaximum: B

class DataSetNumericFilterCondition(TypedDict, total=False):
    ColumnName: S
    ComparisonFilterCondition: X[DataSetNumericComparisonFilterCondition]
    RangeFilterCondition: X[DataSetNumericRangeFilterCondition]

class DataSetDateFilterValue(TypedDict, total=False):
    StaticValue: T

class DataSetDateComparisonFilterCondition(TypedDict, total=False):
    Operator: S
    Value: X[DataSetDateFilterValue]

class DataSetDateRangeFilterCondition(TypedDict, total=False):
    RangeMinimum: X[DataSetDateFilterValue]
    RangeMaximum: X[DataSetDateFilterValue]
    IncludeMinimum: B
    IncludeMaximum: B

class DataSetDateFilterCondition(TypedDict, total=False):
    ColumnName: S
    ComparisonFilterCondition: X[DataSetDateComparisonFilterCondition]
    RangeFilterCondition: X[DataSetDateRangeFilterCondition]

class FilterOperation(TypedDict, total=False):
    ConditionExpression: S
    StringFilterCondition: X[DataSetStringFilterCondition]
    NumericFilterCondition: X[DataSetNumericFilterCondition]
    DateFilterCondition: X[DataSetDateFilterCondition]

class CalculatedColumn(TypedDict, total=False):
    ColumnName: S
    ColumnId: S
    Expression: S

class CreateColumnsOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    Columns: L[Xi[CalculatedColumn]]

class RenameColumnOperation(TypedDict, total=False):
    ColumnName: S
    NewColumnName: S

class CastColumnTypeOperation(TypedDict, total=False):
    ColumnName: S
    NewColumnType: S
    SubType: S
    Format: S

class ColumnDescription(TypedDict, total=False):
    Text: S

class ColumnTag(TypedDict, total=False):
    ColumnGeographicRole: S
    ColumnDescription: X[ColumnDescription]

class TagColumnOperation(TypedDict, total=False):
    ColumnName: S
    Tags: L[Xi[ColumnTag]]

class UntagColumnOperation(TypedDict, total=False):
    ColumnName: S
    TagNames: L[Si]

class NewDefaultValues(TypedDict, total=False):
    StringStaticValues: L[Si]
    DecimalStaticValues: L[Fi]
    DateTimeStaticValues: L[Ti]
    IntegerStaticValues: L[Ii]

class OverrideDatasetParameterOperation(TypedDict, total=False):
    ParameterName: S
    NewParameterName: S
    NewDefaultValues: X[NewDefaultValues]

class TransformOperation(TypedDict, total=False):
    ProjectOperation: X[ProjectOperation]
    FilterOperation: X[FilterOperation]
    CreateColumnsOperation: X[CreateColumnsOperation]
    RenameColumnOperation: X[RenameColumnOperation]
    CastColumnTypeOperation: X[CastColumnTypeOperation]
    TagColumnOperation: X[TagColumnOperation]
    UntagColumnOperation: X[UntagColumnOperation]
    OverrideDatasetParameterOperation: X[OverrideDatasetParameterOperation]

class JoinKeyProperties(TypedDict, total=False):
    UniqueKey: B

class JoinInstruction(TypedDict, total=False):
    LeftOperand: S
    RightOperand: S
    LeftJoinKeyProperties: X[JoinKeyProperties]
    RightJoinKeyProperties: X[JoinKeyProperties]
    Type: S
    OnClause: S

class LogicalTableSource(TypedDict, total=False):
    JoinInstruction: X[JoinInstruction]
    PhysicalTableId: S
    DataSetArn: S

class LogicalTable(TypedDict, total=False):
    Alias: S
    DataTransforms: L[Xi[TransformOperation]]
    Source: X[LogicalTableSource]

class GeoSpatialColumnGroup(TypedDict, total=False):
    Name: S
    CountryCode: S
    Columns: L[Si]

class ColumnGroup(TypedDict, total=False):
    GeoSpatialColumnGroup: X[GeoSpatialColumnGroup]

class FieldFolder(TypedDict, total=False):
    Description: S
    Columns: L[Si]

class RowLevelPermissionDataSet(TypedDict, total=False):
    Namespace: S
    Arn: S
    PermissionPolicy: S
    FormatVersion: S
    Status: S

class RowLevelPermissionTagRule(TypedDict, total=False):
    TagKey: S
    ColumnName: S
    TagMultiValueDelimiter: S
    MatchAllValue: S

class RowLevelPermissionTagConfiguration(TypedDict, total=False):
    Status: S
    TagRules: L[Xi[RowLevelPermissionTagRule]]
    TagRuleConfigurations: L[Li[Si]]

class ColumnLevelPermissionRule(TypedDict, total=False):
    Principals: L[Si]
    ColumnNames: L[Si]

class DataSetUsageConfiguration(TypedDict, total=False):
    DisableUseAsDirectQuerySource: B
    DisableUseAsImportedSource: B

class StringDatasetParameterDefaultValues(TypedDict, total=False):
    StaticValues: L[Si]

class StringDatasetParameter(TypedDict, total=False):
    Id: S
    Name: S
    ValueType: S
    DefaultValues: X[StringDatasetParameterDefaultValues]

class DecimalDatasetParameterDefaultValues(TypedDict, total=False):
    StaticValues: L[Fi]

class DecimalDatasetParameter(TypedDict, total=False):
    Id: S
    Name: S
    ValueType: S
    DefaultValues: X[DecimalDatasetParameterDefaultValues]

class IntegerDatasetParameterDefaultValues(TypedDict, total=False):
    StaticValues: L[Ii]

class IntegerDatasetParameter(TypedDict, total=False):
    Id: S
    Name: S
    ValueType: S
    DefaultValues: X[IntegerDatasetParameterDefaultValues]

class DateTimeDatasetParameterDefaultValues(TypedDict, total=False):
    StaticValues: L[Ti]

class DateTimeDatasetParameter(TypedDict, total=False):
    Id: S
    Name: S
    ValueType: S
    TimeGranularity: S
    DefaultValues: X[DateTimeDatasetParameterDefaultValues]

class DatasetParameter(TypedDict, total=False):
    StringDatasetParameter: X[StringDatasetParameter]
    DecimalDatasetParameter: X[DecimalDatasetParameter]
    IntegerDatasetParameter: X[IntegerDatasetParameter]
    DateTimeDatasetParameter: X[DateTimeDatasetParameter]

class UniqueKey(TypedDict, total=False):
    ColumnNames: L[Si]

class PerformanceConfiguration(TypedDict, total=False):
    UniqueKeys: L[Xi[UniqueKey]]

class ParentDataSet(TypedDict, total=False):
    DataSetArn: S
    InputColumns: L[Xi[InputColumn]]

class SourceTable(TypedDict, total=False):
    PhysicalTableId: S
    DataSet: X[ParentDataSet]

class ImportTableOperationSource(TypedDict, total=False):
    SourceTableId: S
    ColumnIdMappings: L[Xi[DataSetColumnIdMapping]]

class ImportTableOperation(TypedDict, total=False):
    Alias: S
    Source: X[ImportTableOperationSource]

class FiltersOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    FilterOperations: L[Xi[FilterOperation]]

class RenameColumnsOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    RenameColumnOperations: L[Xi[RenameColumnOperation]]

class CastColumnTypesOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    CastColumnTypeOperations: L[Xi[CastColumnTypeOperation]]

class OutputColumnNameOverride(TypedDict, total=False):
    SourceColumnName: S
    OutputColumnName: S

class JoinOperandProperties(TypedDict, total=False):
    OutputColumnNameOverrides: L[Xi[OutputColumnNameOverride]]

class JoinOperation(TypedDict, total=False):
    Alias: S
    LeftOperand: X[TransformOperationSource]
    RightOperand: X[TransformOperationSource]
    Type: S
    OnClause: S
    LeftOperandProperties: X[JoinOperandProperties]
    RightOperandProperties: X[JoinOperandProperties]

class DataPrepSimpleAggregationFunction(TypedDict, total=False):
    InputColumnName: S
    FunctionType: S

class DataPrepListAggregationFunction(TypedDict, total=False):
    InputColumnName: S
    Separator: S
    Distinct: B

class DataPrepAggregationFunction(TypedDict, total=False):
    SimpleAggregation: X[DataPrepSimpleAggregationFunction]
    ListAggregation: X[DataPrepListAggregationFunction]

class Aggregation(TypedDict, total=False):
    AggregationFunction: X[DataPrepAggregationFunction]
    NewColumnName: S
    NewColumnId: S

class AggregateOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    GroupByColumnNames: L[Si]
    Aggregations: L[Xi[Aggregation]]

class ValueColumnConfiguration(TypedDict, total=False):
    AggregationFunction: X[DataPrepAggregationFunction]

class PivotedLabel(TypedDict, total=False):
    LabelName: S
    NewColumnName: S
    NewColumnId: S

class PivotConfiguration(TypedDict, total=False):
    LabelColumnName: S
    PivotedLabels: L[Xi[PivotedLabel]]

class PivotOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    GroupByColumnNames: L[Si]
    ValueColumnConfiguration: X[ValueColumnConfiguration]
    PivotConfiguration: X[PivotConfiguration]

class ColumnToUnpivot(TypedDict, total=False):
    ColumnName: S
    NewValue: S

class UnpivotOperation(TypedDict, total=False):
    Alias: S
    Source: X[TransformOperationSource]
    ColumnsToUnpivot: L[Xi[ColumnToUnpivot]]
    UnpivotedLabelColumnName: S
    UnpivotedLabelColumnId: S
    UnpivotedValueColumnName: S
    UnpivotedValueColumnId: S

class AppendedColumn(TypedDict, total=False):
    ColumnName: S
    NewColumnId: S

class AppendOperation(TypedDict, total=False):
    Alias: S
    FirstSource: X[TransformOperationSource]
    SecondSource: X[TransformOperationSource]
    AppendedColumns: L[Xi[AppendedColumn]]

class TransformStep(TypedDict, total=False):
    ImportTableStep: X[ImportTableOperation]
    ProjectStep: X[ProjectOperation]
    FiltersStep: X[FiltersOperation]
    CreateColumnsStep: X[CreateColumnsOperation]
    RenameColumnsStep: X[RenameColumnsOperation]
    CastColumnTypesStep: X[CastColumnTypesOperation]
    JoinStep: X[JoinOperation]
    AggregateStep: X[AggregateOperation]
    PivotStep: X[PivotOperation]
    UnpivotStep: X[UnpivotOperation]
    AppendStep: X[AppendOperation]

class DestinationTableSource(TypedDict, total=False):
    TransformOperationId: S

class DestinationTable(TypedDict, total=False):
    Alias: S
    Source: X[DestinationTableSource]

class DataPrepConfiguration(TypedDict, total=False):
    SourceTableMap: M[X[SourceTable]]
    TransformStepMap: M[X[TransformStep]]
    DestinationTableMap: M[X[DestinationTable]]

class RowLevelPermissionConfiguration(TypedDict, total=False):
    TagConfiguration: X[RowLevelPermissionTagConfiguration]
    RowLevelPermissionDataSet: X[RowLevelPermissionDataSet]

class AdditionalNotes(TypedDict, total=False):
    Text: S

class ColumnSemanticType(TypedDict, total=False):
    GeographicalRole: S

class ColumnSemanticProperty(TypedDict, total=False):
    Description: X[ColumnDescription]
    AdditionalNotes: X[AdditionalNotes]
    SemanticType: X[ColumnSemanticType]

class SharedColumnSemanticMetadata(TypedDict, total=False):
    ColumnNames: L[Si]
    ColumnProperties: L[Xi[ColumnSemanticProperty]]

class TableSemanticMetadata(TypedDict, total=False):
    ColumnMetadata: L[Xi[SharedColumnSemanticMetadata]]

class SemanticTable(TypedDict, total=False):
    Alias: S
    DestinationTableId: S
    RowLevelPermissionConfiguration: X[RowLevelPermissionConfiguration]
    SemanticMetadata: X[TableSemanticMetadata]

class DataSetSemanticDescription(TypedDict, total=False):
    Text: S

class UploadedDocumentMetadata(TypedDict, total=False):
    Name: S

class InlineCustomInstruction(TypedDict, total=False):
    InstructionText: S
    UploadedDocumentMetadata: X[UploadedDocumentMetadata]

class CustomInstruction(TypedDict, total=False):
    InlineCustomInstruction: X[InlineCustomInstruction]

class DataSetSemanticMetadata(TypedDict, total=False):
    Description: X[DataSetSemanticDescription]
    CustomInstructions: L[Xi[CustomInstruction]]

class SemanticModelConfiguration(TypedDict, total=False):
    TableMap: M[X[SemanticTable]]
    SemanticMetadata: L[Xi[DataSetSemanticMetadata]]

class UnmaterializedCalculatedColumn(TypedDict, total=False):
    ColumnId: S
    ColumnName: S
    Expression: S
    Type: S
    SubType: S

CreateDataSetParameters = TypedDict(
    "CreateDataSetParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Name": S,
        "Name.$": str,
        "PhysicalTableMap": M[X[PhysicalTable]],
        "PhysicalTableMap.$": str,
        "LogicalTableMap": M[X[LogicalTable]],
        "LogicalTableMap.$": str,
        "ImportMode": S,
        "ImportMode.$": str,
        "ColumnGroups": L[Xi[ColumnGroup]],
        "ColumnGroups.$": str,
        "FieldFolders": M[X[FieldFolder]],
        "FieldFolders.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "RowLevelPermissionDataSet": X[RowLevelPermissionDataSet],
        "RowLevelPermissionDataSet.$": str,
        "RowLevelPermissionTagConfiguration": X[RowLevelPermissionTagConfiguration],
        "RowLevelPermissionTagConfiguration.$": str,
        "ColumnLevelPermissionRules": L[Xi[ColumnLevelPermissionRule]],
        "ColumnLevelPermissionRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataSetUsageConfiguration": X[DataSetUsageConfiguration],
        "DataSetUsageConfiguration.$": str,
        "DatasetParameters": L[Xi[DatasetParameter]],
        "DatasetParameters.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
        "PerformanceConfiguration": X[PerformanceConfiguration],
        "PerformanceConfiguration.$": str,
        "UseAs": S,
        "UseAs.$": str,
        "DataPrepConfiguration": X[DataPrepConfiguration],
        "DataPrepConfiguration.$": str,
        "SemanticModelConfiguration": X[SemanticModelConfiguration],
        "SemanticModelConfiguration.$": str,
        "UnmaterializedCalculatedColumns": L[Xi[UnmaterializedCalculatedColumn]],
        "UnmaterializedCalculatedColumns.$": str,
    },
    total=False,
)

class AmazonElasticsearchParameters(TypedDict, total=False):
    Domain: S

class IdentityCenterConfiguration(TypedDict, total=False):
    EnableIdentityPropagation: B

class AthenaParameters(TypedDict, total=False):
    WorkGroup: S
    RoleArn: S
    ConsumerAccountRoleArn: S
    IdentityCenterConfiguration: X[IdentityCenterConfiguration]

class AuroraParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class AuroraPostgreSqlParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class AwsIotAnalyticsParameters(TypedDict, total=False):
    DataSetName: S

class JiraParameters(TypedDict, total=False):
    SiteBaseUrl: S

class MariaDbParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class MySqlParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class OracleParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S
    UseServiceName: B

class PostgreSqlParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class PrestoParameters(TypedDict, total=False):
    Host: S
    Port: I
    Catalog: S

class RdsParameters(TypedDict, total=False):
    InstanceId: S
    Database: S

class RedshiftIAMParameters(TypedDict, total=False):
    RoleArn: S
    DatabaseUser: S
    DatabaseGroups: L[Si]
    AutoCreateDatabaseUser: B

class RedshiftParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S
    FederatedCatalog: S
    ClusterId: S
    IamParameters: X[RedshiftIAMParameters]
    IdentityCenterConfiguration: X[IdentityCenterConfiguration]

class ManifestFileLocation(TypedDict, total=False):
    Bucket: S
    Key: S

class S3Parameters(TypedDict, total=False):
    ManifestFileLocation: X[ManifestFileLocation]
    RoleArn: S

class S3TablesParameters(TypedDict, total=False):
    TableBucketArn: S

class S3KnowledgeBaseParameters(TypedDict, total=False):
    RoleArn: S
    BucketUrl: S
    MetadataFilesLocation: S

class ServiceNowParameters(TypedDict, total=False):
    SiteBaseUrl: S

class VpcConnectionProperties(TypedDict, total=False):
    VpcConnectionArn: S

class OAuthParameters(TypedDict, total=False):
    TokenProviderUrl: S
    OAuthScope: S
    IdentityProviderVpcConnectionProperties: X[VpcConnectionProperties]
    IdentityProviderResourceUri: S
    IdentityProviderCACertificatesBundleS3Uri: S

class SnowflakeParameters(TypedDict, total=False):
    Host: S
    Database: S
    Warehouse: S
    AuthenticationType: S
    DatabaseAccessControlRole: S
    OAuthParameters: X[OAuthParameters]

class SparkParameters(TypedDict, total=False):
    Host: S
    Port: I

class SqlServerParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class TeradataParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S

class TwitterParameters(TypedDict, total=False):
    Query: S
    MaxRows: I

class AmazonOpenSearchParameters(TypedDict, total=False):
    Domain: S

class ExasolParameters(TypedDict, total=False):
    Host: S
    Port: I

class DatabricksParameters(TypedDict, total=False):
    Host: S
    Port: I
    SqlEndpointPath: S
    AuthenticationType: S
    OAuthParameters: X[OAuthParameters]

class StarburstParameters(TypedDict, total=False):
    Host: S
    Port: I
    Catalog: S
    ProductType: S
    DatabaseAccessControlRole: S
    AuthenticationType: S
    OAuthParameters: X[OAuthParameters]

class TrinoParameters(TypedDict, total=False):
    Host: S
    Port: I
    Catalog: S

class BigQueryParameters(TypedDict, total=False):
    ProjectId: S
    DataSetRegion: S

class ImpalaParameters(TypedDict, total=False):
    Host: S
    Port: I
    Database: S
    SqlEndpointPath: S

class CustomConnectionParameters(TypedDict, total=False):
    ConnectionType: S

class WebCrawlerParameters(TypedDict, total=False):
    WebCrawlerAuthType: S
    UsernameFieldXpath: S
    PasswordFieldXpath: S
    UsernameButtonXpath: S
    PasswordButtonXpath: S
    LoginPageUrl: S
    WebProxyHostName: S
    WebProxyPortNumber: I

class ConfluenceParameters(TypedDict, total=False):
    ConfluenceUrl: S

class QBusinessParameters(TypedDict, total=False):
    ApplicationArn: S

class SharePointParameters(TypedDict, total=False):
    SharePointDomain: S
    TenantId: S
    ClientId: S
    AuthType: S

class GoogleDriveParameters(TypedDict, total=False):
    AuthType: S

class OneDriveParameters(TypedDict, total=False):
    TenantId: S
    ClientId: S
    AuthType: S

class FMKBParameters(TypedDict, total=False):
    KnowledgeBaseArn: S
    LinkedDataSourceIds: L[Si]

class DataSourceParameters(TypedDict, total=False):
    AmazonElasticsearchParameters: X[AmazonElasticsearchParameters]
    AthenaParameters: X[AthenaParameters]
    AuroraParameters: X[AuroraParameters]
    AuroraPostgreSqlParameters: X[AuroraPostgreSqlParameters]
    AwsIotAnalyticsParameters: X[AwsIotAnalyticsParameters]
    JiraParameters: X[JiraParameters]
    MariaDbParameters: X[MariaDbParameters]
    MySqlParameters: X[MySqlParameters]
    OracleParameters: X[OracleParameters]
    PostgreSqlParameters: X[PostgreSqlParameters]
    PrestoParameters: X[PrestoParameters]
    RdsParameters: X[RdsParameters]
    RedshiftParameters: X[RedshiftParameters]
    S3Parameters: X[S3Parameters]
    S3TablesParameters: X[S3TablesParameters]
    S3KnowledgeBaseParameters: X[S3KnowledgeBaseParameters]
    ServiceNowParameters: X[ServiceNowParameters]
    SnowflakeParameters: X[SnowflakeParameters]
    SparkParameters: X[SparkParameters]
    SqlServerParameters: X[SqlServerParameters]
    TeradataParameters: X[TeradataParameters]
    TwitterParameters: X[TwitterParameters]
    AmazonOpenSearchParameters: X[AmazonOpenSearchParameters]
    ExasolParameters: X[ExasolParameters]
    DatabricksParameters: X[DatabricksParameters]
    StarburstParameters: X[StarburstParameters]
    TrinoParameters: X[TrinoParameters]
    BigQueryParameters: X[BigQueryParameters]
    ImpalaParameters: X[ImpalaParameters]
    CustomConnectionParameters: X[CustomConnectionParameters]
    WebCrawlerParameters: X[WebCrawlerParameters]
    ConfluenceParameters: X[ConfluenceParameters]
    QBusinessParameters: X[QBusinessParameters]
    SharePointParameters: X[SharePointParameters]
    GoogleDriveParameters: X[GoogleDriveParameters]
    OneDriveParameters: X[OneDriveParameters]
    FmkbParameters: X[FMKBParameters]

class CredentialPair(TypedDict, total=False):
    Username: S
    Password: S
    AlternateDataSourceParameters: L[Xi[DataSourceParameters]]

class KeyPairCredentials(TypedDict, total=False):
    KeyPairUsername: S
    PrivateKey: S
    PrivateKeyPassphrase: S

class WebProxyCredentials(TypedDict, total=False):
    WebProxyUsername: S
    WebProxyPassword: S

class OAuthClientCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    Username: S

class ServiceAccountCredentials(TypedDict, total=False):
    AdminAccountEmail: S
    ServiceAccountPrivateKey: S
    ClientEmail: S

class SharePointClientCredentials(TypedDict, total=False):
    KmsKeyArn: S
    CertThumbprint: S

class OneDriveClientCredentials(TypedDict, total=False):
    KmsKeyArn: S
    CertThumbprint: S

class DataSourceCredentials(TypedDict, total=False):
    CredentialPair: X[CredentialPair]
    CopySourceArn: S
    SecretArn: S
    KeyPairCredentials: X[KeyPairCredentials]
    WebProxyCredentials: X[WebProxyCredentials]
    OAuthClientCredentials: X[OAuthClientCredentials]
    ServiceAccountCredentials: X[ServiceAccountCredentials]
    SharePointClientCredentials: X[SharePointClientCredentials]
    OneDriveClientCredentials: X[OneDriveClientCredentials]

class SslProperties(TypedDict, total=False):
    DisableSsl: B

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "DataSourceParameters": X[DataSourceParameters],
        "DataSourceParameters.$": str,
        "Credentials": X[DataSourceCredentials],
        "Credentials.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "VpcConnectionProperties": X[VpcConnectionProperties],
        "VpcConnectionProperties.$": str,
        "SslProperties": X[SslProperties],
        "SslProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
    },
    total=False,
)

class MicrosoftPurviewCredentials(TypedDict, total=False):
    SecretArn: S

class LabelActionMapping(TypedDict, total=False):
    LabelId: S
    LabelName: S
    Action: S

class MicrosoftPurviewProviderConfig(TypedDict, total=False):
    Credentials: X[MicrosoftPurviewCredentials]
    LabelActionMappings: L[Xi[LabelActionMapping]]
    UnmappedAction: S

class ProviderConfig(TypedDict, total=False):
    MicrosoftPurview: X[MicrosoftPurviewProviderConfig]

CreateDlpSettingParameters = TypedDict(
    "CreateDlpSettingParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DlpSettingId": S,
        "DlpSettingId.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "ProviderConfig": X[ProviderConfig],
        "ProviderConfig.$": str,
        "ProviderOutageAction": S,
        "ProviderOutageAction.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Permission(TypedDict, total=False):
    Actions: L[Si]
    Principal: S

CreateFlowParameters = TypedDict(
    "CreateFlowParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "FlowDefinition": Doc,
        "FlowDefinition.$": str,
        "Permissions": L[Xi[Permission]],
        "Permissions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateFolderParameters = TypedDict(
    "CreateFolderParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Name": S,
        "Name.$": str,
        "FolderType": S,
        "FolderType.$": str,
        "ParentFolderArn": S,
        "ParentFolderArn.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SharingModel": S,
        "SharingModel.$": str,
    },
    total=False,
)
CreateFolderMembershipParameters = TypedDict(
    "CreateFolderMembershipParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "MemberType": S,
        "MemberType.$": str,
    },
    total=False,
)
CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Description": S,
        "Description.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
CreateGroupMembershipParameters = TypedDict(
    "CreateGroupMembershipParameters",
    {
        "MemberName": S,
        "MemberName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
CreateIAMPolicyAssignmentParameters = TypedDict(
    "CreateIAMPolicyAssignmentParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssignmentName": S,
        "AssignmentName.$": str,
        "AssignmentStatus": S,
        "AssignmentStatus.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Identities": M[L[Si]],
        "Identities.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)

class InboundConnectorConfig(TypedDict, total=False):
    InboundConnectorType: S

CreateInboundConnectorParameters = TypedDict(
    "CreateInboundConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InboundConnectorConfiguration": X[InboundConnectorConfig],
        "InboundConnectorConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateIngestionParameters = TypedDict(
    "CreateIngestionParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "IngestionId": S,
        "IngestionId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "IngestionType": S,
        "IngestionType.$": str,
    },
    total=False,
)

class KbTemplateConfiguration(TypedDict, total=False):
    Template: Doc

class KnowledgeBaseConfiguration(TypedDict, total=False):
    TemplateConfiguration: X[KbTemplateConfiguration]

class ImageExtractionConfiguration(TypedDict, total=False):
    ImageExtractionStatus: S

class AudioExtractionConfiguration(TypedDict, total=False):
    AudioExtractionStatus: S

class VideoExtractionConfiguration(TypedDict, total=False):
    VideoExtractionStatus: S
    VideoExtractionType: S

class MediaExtractionConfiguration(TypedDict, total=False):
    ImageExtractionConfiguration: X[ImageExtractionConfiguration]
    AudioExtractionConfiguration: X[AudioExtractionConfiguration]
    VideoExtractionConfiguration: X[VideoExtractionConfiguration]

class AccessControlConfiguration(TypedDict, total=False):
    IsACLEnabled: B

CreateKnowledgeBaseParameters = TypedDict(
    "CreateKnowledgeBaseParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "DataSourceArn": S,
        "DataSourceArn.$": str,
        "KnowledgeBaseConfiguration": X[KnowledgeBaseConfiguration],
        "KnowledgeBaseConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "MediaExtractionConfiguration": X[MediaExtractionConfiguration],
        "MediaExtractionConfiguration.$": str,
        "AccessControlConfiguration": X[AccessControlConfiguration],
        "AccessControlConfiguration.$": str,
        "PrimaryOwnerArn": S,
        "PrimaryOwnerArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class KnowledgeBaseScheduleRefreshOnEntity(TypedDict, total=False):
    DayOfWeek: S
    DayOfMonth: S

class KnowledgeBaseRefreshFrequency(TypedDict, total=False):
    Interval: S
    RefreshOnDay: X[KnowledgeBaseScheduleRefreshOnEntity]

CreateKnowledgeBaseRefreshScheduleParameters = TypedDict(
    "CreateKnowledgeBaseRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
        "ScheduleFrequency": X[KnowledgeBaseRefreshFrequency],
        "ScheduleFrequency.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)

class ProfileLimitValue(TypedDict, total=False):
    MaxValue: I
    Unit: S

CreateLimitsProfileParameters = TypedDict(
    "CreateLimitsProfileParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ProfileName": S,
        "ProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceLimits": M[X[ProfileLimitValue]],
        "ResourceLimits.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateNamespaceParameters = TypedDict(
    "CreateNamespaceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "IdentityStore": S,
        "IdentityStore.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateOAuthClientApplicationParameters = TypedDict(
    "CreateOAuthClientApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "OAuthClientApplicationId": S,
        "OAuthClientApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "OAuthClientAuthenticationType": S,
        "OAuthClientAuthenticationType.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "OAuthTokenEndpointUrl": S,
        "OAuthTokenEndpointUrl.$": str,
        "OAuthAuthorizationEndpointUrl": S,
        "OAuthAuthorizationEndpointUrl.$": str,
        "OAuthScopes": S,
        "OAuthScopes.$": str,
        "DataSourceType": S,
        "DataSourceType.$": str,
        "IdentityProviderVpcConnectionProperties": X[VpcConnectionProperties],
        "IdentityProviderVpcConnectionProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ScheduleRefreshOnEntity(TypedDict, total=False):
    DayOfWeek: S
    DayOfMonth: S

class RefreshFrequency(TypedDict, total=False):
    Interval: S
    RefreshOnDay: X[ScheduleRefreshOnEntity]
    Timezone: S
    TimeOfTheDay: S

class RefreshSchedule(TypedDict, total=False):
    ScheduleId: S
    ScheduleFrequency: X[RefreshFrequency]
    StartAfterDateTime: T
    RefreshType: S
    Arn: S

CreateRefreshScheduleParameters = TypedDict(
    "CreateRefreshScheduleParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Schedule": X[RefreshSchedule],
        "Schedule.$": str,
    },
    total=False,
)
CreateRoleMembershipParameters = TypedDict(
    "CreateRoleMembershipParameters",
    {
        "MemberName": S,
        "MemberName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
CreateSpaceParameters = TypedDict(
    "CreateSpaceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class TemplateSourceAnalysis(TypedDict, total=False):
    Arn: S
    DataSetReferences: L[Xi[DataSetReference]]
    TopicReferences: L[Xi[TopicReference]]

class TemplateSourceTemplate(TypedDict, total=False):
    Arn: S

class TemplateSourceEntity(TypedDict, total=False):
    SourceAnalysis: X[TemplateSourceAnalysis]
    SourceTemplate: X[TemplateSourceTemplate]

class ColumnSchema(TypedDict, total=False):
    Name: S
    DataType: S
    GeographicRole: S

class DataSetSchema(TypedDict, total=False):
    ColumnSchemaList: L[Xi[ColumnSchema]]

class ColumnGroupColumnSchema(TypedDict, total=False):
    Name: S

class ColumnGroupSchema(TypedDict, total=False):
    Name: S
    ColumnGroupColumnSchemaList: L[Xi[ColumnGroupColumnSchema]]

class DataSetConfiguration(TypedDict, total=False):
    Placeholder: S
    DataSetSchema: X[DataSetSchema]
    ColumnGroupSchemaList: L[Xi[ColumnGroupSchema]]

class TopicConfiguration(TypedDict, total=False):
    Placeholder: S
    DataSetSchema: X[DataSetSchema]
    ColumnGroupSchemaList: L[Xi[ColumnGroupSchema]]

class TemplateVersionDefinition(TypedDict, total=False):
    DataSetConfigurations: L[Xi[DataSetConfiguration]]
    TopicConfigurations: L[Xi[TopicConfiguration]]
    Sheets: L[Xi[SheetDefinition]]
    TooltipSheets: L[Xi[TooltipSheetDefinition]]
    CalculatedFields: L[Xi[CalculatedField]]
    ParameterDeclarations: L[Xi[ParameterDeclaration]]
    FilterGroups: L[Xi[FilterGroup]]
    ColumnConfigurations: L[Xi[ColumnConfiguration]]
    AnalysisDefaults: X[AnalysisDefaults]
    Options: X[AssetOptions]
    QueryExecutionOptions: X[QueryExecutionOptions]
    StaticFiles: L[Xi[StaticFile]]

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "Name": S,
        "Name.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "SourceEntity": X[TemplateSourceEntity],
        "SourceEntity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "Definition": X[TemplateVersionDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
    },
    total=False,
)
CreateTemplateAliasParameters = TypedDict(
    "CreateTemplateAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "TemplateVersionNumber": I,
        "TemplateVersionNumber.$": str,
    },
    total=False,
)

class DataColorPalette(TypedDict, total=False):
    Colors: L[Si]
    MinMaxGradient: L[Si]
    EmptyFillColor: S

class UIColorPalette(TypedDict, total=False):
    PrimaryForeground: S
    PrimaryBackground: S
    SecondaryForeground: S
    SecondaryBackground: S
    Accent: S
    AccentForeground: S
    Danger: S
    DangerForeground: S
    Warning: S
    WarningForeground: S
    Success: S
    SuccessForeground: S
    Dimension: S
    DimensionForeground: S
    Measure: S
    MeasureForeground: S

class BorderStyle(TypedDict, total=False):
    Color: S
    Show: B
    Width: S

class TileStyle(TypedDict, total=False):
    BackgroundColor: S
    Border: X[BorderStyle]
    BorderRadius: S
    Padding: S

class GutterStyle(TypedDict, total=False):
    Show: B

class MarginStyle(TypedDict, total=False):
    Show: B

class TileLayoutStyle(TypedDict, total=False):
    Gutter: X[GutterStyle]
    Margin: X[MarginStyle]

class SheetBackgroundStyle(TypedDict, total=False):
    Color: S
    Gradient: S

class SheetStyle(TypedDict, total=False):
    Tile: X[TileStyle]
    TileLayout: X[TileLayoutStyle]
    Background: X[SheetBackgroundStyle]

class Font(TypedDict, total=False):
    FontFamily: S

class VisualTitleFontConfiguration(TypedDict, total=False):
    FontConfiguration: X[FontConfiguration]
    TextAlignment: S
    TextTransform: S

class VisualSubtitleFontConfiguration(TypedDict, total=False):
    FontConfiguration: X[FontConfiguration]
    TextAlignment: S
    TextTransform: S

class ControlTitleFontConfiguration(TypedDict, total=False):
    FontConfiguration: X[FontConfiguration]
    TextAlignment: S

class Typography(TypedDict, total=False):
    FontFamilies: L[Xi[Font]]
    AxisTitleFontConfiguration: X[FontConfiguration]
    AxisLabelFontConfiguration: X[FontConfiguration]
    LegendTitleFontConfiguration: X[FontConfiguration]
    LegendValueFontConfiguration: X[FontConfiguration]
    DataLabelFontConfiguration: X[FontConfiguration]
    VisualTitleFontConfiguration: X[VisualTitleFontConfiguration]
    VisualSubtitleFontConfiguration: X[VisualSubtitleFontConfiguration]
    ControlTitleFontConfiguration: X[ControlTitleFontConfiguration]

class ThemeConfiguration(TypedDict, total=False):
    DataColorPalette: X[DataColorPalette]
    UiColorPalette: X[UIColorPalette]
    Sheet: X[SheetStyle]
    Typography: X[Typography]

CreateThemeParameters = TypedDict(
    "CreateThemeParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "Name": S,
        "Name.$": str,
        "BaseThemeId": S,
        "BaseThemeId.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "Configuration": X[ThemeConfiguration],
        "Configuration.$": str,
        "Permissions": L[Xi[ResourcePermission]],
        "Permissions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateThemeAliasParameters = TypedDict(
    "CreateThemeAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "ThemeVersionNumber": I,
        "ThemeVersionNumber.$": str,
    },
    total=False,
)

class DataAggregation(TypedDict, total=False):
    DatasetRowDateGranularity: S
    DefaultDateColumnName: S

class CollectiveConstant(TypedDict, total=False):
    ValueList: L[Si]

class TopicCategoryFilterConstant(TypedDict, total=False):
    ConstantType: S
    SingularConstant: S
    CollectiveConstant: X[CollectiveConstant]

class TopicCategoryFilter(TypedDict, total=False):
    CategoryFilterFunction: S
    CategoryFilterType: S
    Constant: X[TopicCategoryFilterConstant]
    Inverse: B
    NullFilter: S

class TopicSingularFilterConstant(TypedDict, total=False):
    ConstantType: S
    SingularConstant: S

class TopicNumericEqualityFilter(TypedDict, total=False):
    Constant: X[TopicSingularFilterConstant]
    Aggregation: S
    Inverse: B
    NullFilter: S

class RangeConstant(TypedDict, total=False):
    Minimum: S
    Maximum: S

class TopicRangeFilterConstant(TypedDict, total=False):
    ConstantType: S
    RangeConstant: X[RangeConstant]

class TopicNumericRangeFilter(TypedDict, total=False):
    Inclusive: B
    Constant: X[TopicRangeFilterConstant]
    Aggregation: S
    Inverse: B
    NullFilter: S

class TopicDateRangeFilter(TypedDict, total=False):
    Inclusive: B
    Constant: X[TopicRangeFilterConstant]
    NullFilter: S

class TopicRelativeDateFilter(TypedDict, total=False):
    TimeGranularity: S
    RelativeDateFilterFunction: S
    Constant: X[TopicSingularFilterConstant]
    NullFilter: S

class TopicNullFilter(TypedDict, total=False):
    NullFilterType: S
    Constant: X[TopicSingularFilterConstant]
    Inverse: B

class TopicFilter(TypedDict, total=False):
    FilterDescription: S
    FilterClass: S
    FilterName: S
    FilterSynonyms: L[Si]
    OperandFieldName: S
    FilterType: S
    CategoryFilter: X[TopicCategoryFilter]
    NumericEqualityFilter: X[TopicNumericEqualityFilter]
    NumericRangeFilter: X[TopicNumericRangeFilter]
    DateRangeFilter: X[TopicDateRangeFilter]
    RelativeDateFilter: X[TopicRelativeDateFilter]
    NullFilter: X[TopicNullFilter]

class ComparativeOrder(TypedDict, total=False):
    UseOrdering: S
    SpecifedOrder: L[Si]
    TreatUndefinedSpecifiedValues: S

class SemanticType(TypedDict, total=False):
    TypeName: S
    SubTypeName: S
    TypeParameters: M[S]
    TruthyCellValue: S
    TruthyCellValueSynonyms: L[Si]
    FalseyCellValue: S
    FalseyCellValueSynonyms: L[Si]

class DefaultFormatting(TypedDict, total=False):
    DisplayFormat: S
    DisplayFormatOptions: X[DisplayFormatOptions]

class CellValueSynonym(TypedDict, total=False):
    CellValue: S
    Synonyms: L[Si]

class TopicColumn(TypedDict, total=False):
    ColumnName: S
    ColumnFriendlyName: S
    ColumnDescription: S
    ColumnSynonyms: L[Si]
    ColumnDataRole: S
    Aggregation: S
    IsIncludedInTopic: B
    DisableIndexing: B
    ComparativeOrder: X[ComparativeOrder]
    SemanticType: X[SemanticType]
    TimeGranularity: S
    AllowedAggregations: L[Si]
    NotAllowedAggregations: L[Si]
    DefaultFormatting: X[DefaultFormatting]
    NeverAggregateInFilter: B
    CellValueSynonyms: L[Xi[CellValueSynonym]]
    NonAdditive: B

class TopicCalculatedField(TypedDict, total=False):
    CalculatedFieldName: S
    CalculatedFieldDescription: S
    Expression: S
    CalculatedFieldSynonyms: L[Si]
    IsIncludedInTopic: B
    DisableIndexing: B
    ColumnDataRole: S
    TimeGranularity: S
    DefaultFormatting: X[DefaultFormatting]
    Aggregation: S
    ComparativeOrder: X[ComparativeOrder]
    SemanticType: X[SemanticType]
    AllowedAggregations: L[Si]
    NotAllowedAggregations: L[Si]
    NeverAggregateInFilter: B
    CellValueSynonyms: L[Xi[CellValueSynonym]]
    NonAdditive: B

class SemanticEntityType(TypedDict, total=False):
    TypeName: S
    SubTypeName: S
    TypeParameters: M[S]

class NamedEntityDefinitionMetric(TypedDict, total=False):
    Aggregation: S
    AggregationFunctionParameters: M[S]

class NamedEntityDefinition(TypedDict, total=False):
    FieldName: S
    PropertyName: S
    PropertyRole: S
    PropertyUsage: S
    Metric: X[NamedEntityDefinitionMetric]
    RankOrder: I
    PresentationOrder: I
    IsHidden: B

class NamedEntitySort(TypedDict, total=False):
    FieldName: S
    Direction: S

class TopicNamedEntity(TypedDict, total=False):
    EntityName: S
    EntityDescription: S
    EntitySynonyms: L[Si]
    SemanticEntityType: X[SemanticEntityType]
    Definition: L[Xi[NamedEntityDefinition]]
    Sort: L[Xi[NamedEntitySort]]
    RankOrder: I
    PresentationOrder: I

class DatasetMetadata(TypedDict, total=False):
    DatasetArn: S
    DatasetName: S
    DatasetDescription: S
    DataAggregation: X[DataAggregation]
    Filters: L[Xi[TopicFilter]]
    Columns: L[Xi[TopicColumn]]
    CalculatedFields: L[Xi[TopicCalculatedField]]
    NamedEntities: L[Xi[TopicNamedEntity]]

class TopicConfigOptions(TypedDict, total=False):
    QBusinessInsightsEnabled: B

class TopicDetails(TypedDict, total=False):
    Name: S
    Description: S
    UserExperienceVersion: S
    DataSets: L[Xi[DatasetMetadata]]
    ConfigOptions: X[TopicConfigOptions]

class CustomInstructions(TypedDict, total=False):
    CustomInstructionsString: S

CreateTopicParameters = TypedDict(
    "CreateTopicParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "Topic": X[TopicDetails],
        "Topic.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
        "CustomInstructions": X[CustomInstructions],
        "CustomInstructions.$": str,
    },
    total=False,
)

class TopicRefreshSchedule(TypedDict, total=False):
    IsEnabled: B
    BasedOnSpiceSchedule: B
    StartingAt: T
    Timezone: S
    RepeatAt: S
    TopicScheduleType: S

CreateTopicRefreshScheduleParameters = TypedDict(
    "CreateTopicRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "DatasetArn": S,
        "DatasetArn.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "RefreshSchedule": X[TopicRefreshSchedule],
        "RefreshSchedule.$": str,
    },
    total=False,
)

class TopicV2DataSetReference(TypedDict, total=False):
    DataSetArn: S
    DataSetName: S

class TopicV2DataSetRelationEndpoint(TypedDict, total=False):
    DataSetArn: S
    ColumnNames: L[Si]

class TopicV2DataSetRelation(TypedDict, total=False):
    Left: X[TopicV2DataSetRelationEndpoint]
    Right: X[TopicV2DataSetRelationEndpoint]

class TopicV2Details(TypedDict, total=False):
    Name: S
    Description: S
    DataSets: L[Xi[TopicV2DataSetReference]]
    DataSetRelations: L[Xi[TopicV2DataSetRelation]]

CreateTopicV2Parameters = TypedDict(
    "CreateTopicV2Parameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "Topic": X[TopicV2Details],
        "Topic.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FolderArns": L[Si],
        "FolderArns.$": str,
        "CustomInstructions": X[CustomInstructions],
        "CustomInstructions.$": str,
    },
    total=False,
)
CreateVPCConnectionParameters = TypedDict(
    "CreateVPCConnectionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "VpcConnectionId": S,
        "VpcConnectionId.$": str,
        "Name": S,
        "Name.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "DnsResolvers": L[Si],
        "DnsResolvers.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessControlApplicationParameters = TypedDict(
    "DeleteAccessControlApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IdcApplicationArn": S,
        "IdcApplicationArn.$": str,
    },
    total=False,
)
DeleteAccessControlApplicationSecretParameters = TypedDict(
    "DeleteAccessControlApplicationSecretParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientSecretId": S,
        "ClientSecretId.$": str,
    },
    total=False,
)
DeleteAccountCustomPermissionParameters = TypedDict(
    "DeleteAccountCustomPermissionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DeleteAccountCustomizationParameters = TypedDict(
    "DeleteAccountCustomizationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DeleteAccountSubscriptionParameters = TypedDict(
    "DeleteAccountSubscriptionParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DeleteActionConnectorParameters = TypedDict(
    "DeleteActionConnectorParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "ActionConnectorId": S, "ActionConnectorId.$": str},
    total=False,
)
DeleteAgentParameters = TypedDict(
    "DeleteAgentParameters",
    {"AgentId": S, "AgentId.$": str, "AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DeleteAnalysisParameters = TypedDict(
    "DeleteAnalysisParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "RecoveryWindowInDays": I,
        "RecoveryWindowInDays.$": str,
        "ForceDeleteWithoutRecovery": B,
        "ForceDeleteWithoutRecovery.$": str,
    },
    total=False,
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
DeleteApprovalPolicyParameters = TypedDict(
    "DeleteApprovalPolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
DeleteBrandParameters = TypedDict(
    "DeleteBrandParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "BrandId": S, "BrandId.$": str},
    total=False,
)
DeleteBrandAssignmentParameters = TypedDict(
    "DeleteBrandAssignmentParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DeleteCustomPermissionsParameters = TypedDict(
    "DeleteCustomPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
    },
    total=False,
)
DeleteDashboardParameters = TypedDict(
    "DeleteDashboardParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteDataSetParameters = TypedDict(
    "DeleteDataSetParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
DeleteDataSetRefreshPropertiesParameters = TypedDict(
    "DeleteDataSetRefreshPropertiesParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSourceId": S, "DataSourceId.$": str},
    total=False,
)
DeleteDefaultQBusinessApplicationParameters = TypedDict(
    "DeleteDefaultQBusinessApplicationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DeleteDlpSettingParameters = TypedDict(
    "DeleteDlpSettingParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DlpSettingId": S, "DlpSettingId.$": str},
    total=False,
)
DeleteFlowParameters = TypedDict(
    "DeleteFlowParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)
DeleteFolderParameters = TypedDict(
    "DeleteFolderParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "FolderId": S, "FolderId.$": str},
    total=False,
)
DeleteFolderMembershipParameters = TypedDict(
    "DeleteFolderMembershipParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "MemberType": S,
        "MemberType.$": str,
    },
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteGroupMembershipParameters = TypedDict(
    "DeleteGroupMembershipParameters",
    {
        "MemberName": S,
        "MemberName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteIAMPolicyAssignmentParameters = TypedDict(
    "DeleteIAMPolicyAssignmentParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssignmentName": S,
        "AssignmentName.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteIdentityPropagationConfigParameters = TypedDict(
    "DeleteIdentityPropagationConfigParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Service": S, "Service.$": str},
    total=False,
)
DeleteInboundConnectorParameters = TypedDict(
    "DeleteInboundConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
    },
    total=False,
)
DeleteKnowledgeBaseParameters = TypedDict(
    "DeleteKnowledgeBaseParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
DeleteKnowledgeBaseRefreshScheduleParameters = TypedDict(
    "DeleteKnowledgeBaseRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
    },
    total=False,
)
DeleteLimitsProfileParameters = TypedDict(
    "DeleteLimitsProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DeleteNamespaceParameters = TypedDict(
    "DeleteNamespaceParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DeleteOAuthClientApplicationParameters = TypedDict(
    "DeleteOAuthClientApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "OAuthClientApplicationId": S,
        "OAuthClientApplicationId.$": str,
    },
    total=False,
)
DeletePolicyAssignmentParameters = TypedDict(
    "DeletePolicyAssignmentParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "Revision": I,
        "Revision.$": str,
    },
    total=False,
)
DeleteRefreshScheduleParameters = TypedDict(
    "DeleteRefreshScheduleParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
    },
    total=False,
)
DeleteRoleCustomPermissionParameters = TypedDict(
    "DeleteRoleCustomPermissionParameters",
    {
        "Role": S,
        "Role.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteRoleMembershipParameters = TypedDict(
    "DeleteRoleMembershipParameters",
    {
        "MemberName": S,
        "MemberName.$": str,
        "Role": S,
        "Role.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteSpaceParameters = TypedDict(
    "DeleteSpaceParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "SpaceId": S, "SpaceId.$": str},
    total=False,
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteTemplateAliasParameters = TypedDict(
    "DeleteTemplateAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DeleteThemeParameters = TypedDict(
    "DeleteThemeParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteThemeAliasParameters = TypedDict(
    "DeleteThemeAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DeleteTopicParameters = TypedDict(
    "DeleteTopicParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DeleteTopicRefreshScheduleParameters = TypedDict(
    "DeleteTopicRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
    },
    total=False,
)
DeleteTopicV2Parameters = TypedDict(
    "DeleteTopicV2Parameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteUserByPrincipalIdParameters = TypedDict(
    "DeleteUserByPrincipalIdParameters",
    {
        "PrincipalId": S,
        "PrincipalId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteUserCustomPermissionParameters = TypedDict(
    "DeleteUserCustomPermissionParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeleteVPCConnectionParameters = TypedDict(
    "DeleteVPCConnectionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "VpcConnectionId": S, "VpcConnectionId.$": str},
    total=False,
)
DescribeAccessControlApplicationParameters = TypedDict(
    "DescribeAccessControlApplicationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "ApplicationId": S, "ApplicationId.$": str},
    total=False,
)
DescribeAccountCustomPermissionParameters = TypedDict(
    "DescribeAccountCustomPermissionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeAccountCustomizationParameters = TypedDict(
    "DescribeAccountCustomizationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Resolved": B,
        "Resolved.$": str,
    },
    total=False,
)
DescribeAccountSettingsParameters = TypedDict(
    "DescribeAccountSettingsParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DescribeAccountSubscriptionParameters = TypedDict(
    "DescribeAccountSubscriptionParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DescribeActionConnectorParameters = TypedDict(
    "DescribeActionConnectorParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "ActionConnectorId": S, "ActionConnectorId.$": str},
    total=False,
)
DescribeActionConnectorPermissionsParameters = TypedDict(
    "DescribeActionConnectorPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "ActionConnectorId": S, "ActionConnectorId.$": str},
    total=False,
)
DescribeAgentParameters = TypedDict(
    "DescribeAgentParameters",
    {"AgentId": S, "AgentId.$": str, "AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeAgentPermissionsParameters = TypedDict(
    "DescribeAgentPermissionsParameters",
    {"AgentId": S, "AgentId.$": str, "AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeAnalysisParameters = TypedDict(
    "DescribeAnalysisParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AnalysisId": S, "AnalysisId.$": str},
    total=False,
)
DescribeAnalysisDefinitionParameters = TypedDict(
    "DescribeAnalysisDefinitionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AnalysisId": S, "AnalysisId.$": str},
    total=False,
)
DescribeAnalysisPermissionsParameters = TypedDict(
    "DescribeAnalysisPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AnalysisId": S, "AnalysisId.$": str},
    total=False,
)
DescribeAppParameters = TypedDict(
    "DescribeAppParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
DescribeAppPermissionsParameters = TypedDict(
    "DescribeAppPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
DescribeApprovalPolicyParameters = TypedDict(
    "DescribeApprovalPolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
DescribeAssetBundleExportJobParameters = TypedDict(
    "DescribeAssetBundleExportJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssetBundleExportJobId": S,
        "AssetBundleExportJobId.$": str,
    },
    total=False,
)
DescribeAssetBundleImportJobParameters = TypedDict(
    "DescribeAssetBundleImportJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssetBundleImportJobId": S,
        "AssetBundleImportJobId.$": str,
    },
    total=False,
)
DescribeAutomationJobParameters = TypedDict(
    "DescribeAutomationJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AutomationGroupId": S,
        "AutomationGroupId.$": str,
        "AutomationId": S,
        "AutomationId.$": str,
        "IncludeInputPayload": B,
        "IncludeInputPayload.$": str,
        "IncludeOutputPayload": B,
        "IncludeOutputPayload.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
DescribeBrandParameters = TypedDict(
    "DescribeBrandParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "BrandId": S,
        "BrandId.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
DescribeBrandAssignmentParameters = TypedDict(
    "DescribeBrandAssignmentParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DescribeBrandPublishedVersionParameters = TypedDict(
    "DescribeBrandPublishedVersionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "BrandId": S, "BrandId.$": str},
    total=False,
)
DescribeCustomPermissionsParameters = TypedDict(
    "DescribeCustomPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
    },
    total=False,
)
DescribeDashboardParameters = TypedDict(
    "DescribeDashboardParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeDashboardDefinitionParameters = TypedDict(
    "DescribeDashboardDefinitionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeDashboardPermissionsParameters = TypedDict(
    "DescribeDashboardPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DashboardId": S, "DashboardId.$": str},
    total=False,
)
DescribeDashboardSnapshotJobParameters = TypedDict(
    "DescribeDashboardSnapshotJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "SnapshotJobId": S,
        "SnapshotJobId.$": str,
    },
    total=False,
)
DescribeDashboardSnapshotJobResultParameters = TypedDict(
    "DescribeDashboardSnapshotJobResultParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "SnapshotJobId": S,
        "SnapshotJobId.$": str,
    },
    total=False,
)
DescribeDashboardsQAConfigurationParameters = TypedDict(
    "DescribeDashboardsQAConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeDataSetParameters = TypedDict(
    "DescribeDataSetParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
DescribeDataSetPermissionsParameters = TypedDict(
    "DescribeDataSetPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
DescribeDataSetRefreshPropertiesParameters = TypedDict(
    "DescribeDataSetRefreshPropertiesParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
DescribeDataSourceParameters = TypedDict(
    "DescribeDataSourceParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSourceId": S, "DataSourceId.$": str},
    total=False,
)
DescribeDataSourcePermissionsParameters = TypedDict(
    "DescribeDataSourcePermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSourceId": S, "DataSourceId.$": str},
    total=False,
)
DescribeDefaultQBusinessApplicationParameters = TypedDict(
    "DescribeDefaultQBusinessApplicationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DescribeDlpSettingParameters = TypedDict(
    "DescribeDlpSettingParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DlpSettingId": S, "DlpSettingId.$": str},
    total=False,
)
DescribeFlowParameters = TypedDict(
    "DescribeFlowParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "PublishState": S,
        "PublishState.$": str,
    },
    total=False,
)
DescribeFolderParameters = TypedDict(
    "DescribeFolderParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "FolderId": S, "FolderId.$": str},
    total=False,
)
DescribeFolderPermissionsParameters = TypedDict(
    "DescribeFolderPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFolderResolvedPermissionsParameters = TypedDict(
    "DescribeFolderResolvedPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGroupParameters = TypedDict(
    "DescribeGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DescribeGroupMembershipParameters = TypedDict(
    "DescribeGroupMembershipParameters",
    {
        "MemberName": S,
        "MemberName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DescribeIAMPolicyAssignmentParameters = TypedDict(
    "DescribeIAMPolicyAssignmentParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssignmentName": S,
        "AssignmentName.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DescribeInboundConnectorParameters = TypedDict(
    "DescribeInboundConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
    },
    total=False,
)
DescribeIngestionParameters = TypedDict(
    "DescribeIngestionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "IngestionId": S,
        "IngestionId.$": str,
    },
    total=False,
)
DescribeIpRestrictionParameters = TypedDict(
    "DescribeIpRestrictionParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DescribeKeyRegistrationParameters = TypedDict(
    "DescribeKeyRegistrationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DefaultKeyOnly": B, "DefaultKeyOnly.$": str},
    total=False,
)
DescribeKnowledgeBaseParameters = TypedDict(
    "DescribeKnowledgeBaseParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
DescribeKnowledgeBasePermissionsParameters = TypedDict(
    "DescribeKnowledgeBasePermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
DescribeKnowledgeBaseRefreshScheduleParameters = TypedDict(
    "DescribeKnowledgeBaseRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
    },
    total=False,
)
DescribeLimitsProfileParameters = TypedDict(
    "DescribeLimitsProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeNamespaceParameters = TypedDict(
    "DescribeNamespaceParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DescribeOAuthClientApplicationParameters = TypedDict(
    "DescribeOAuthClientApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "OAuthClientApplicationId": S,
        "OAuthClientApplicationId.$": str,
    },
    total=False,
)
DescribeQPersonalizationConfigurationParameters = TypedDict(
    "DescribeQPersonalizationConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeQuickSightQSearchConfigurationParameters = TypedDict(
    "DescribeQuickSightQSearchConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str},
    total=False,
)
DescribeRefreshScheduleParameters = TypedDict(
    "DescribeRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
    },
    total=False,
)
DescribeResourcePermissionsParameters = TypedDict(
    "DescribeResourcePermissionsParameters", {"AwsAccountId": S, "AwsAccountId.$": str}, total=False
)
DescribeRoleCustomPermissionParameters = TypedDict(
    "DescribeRoleCustomPermissionParameters",
    {
        "Role": S,
        "Role.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DescribeSelfUpgradeConfigurationParameters = TypedDict(
    "DescribeSelfUpgradeConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DescribeSpaceParameters = TypedDict(
    "DescribeSpaceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "MaxContributors": I,
        "MaxContributors.$": str,
    },
    total=False,
)
DescribeSpacePermissionsParameters = TypedDict(
    "DescribeSpacePermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "SpaceId": S, "SpaceId.$": str},
    total=False,
)
DescribeTemplateParameters = TypedDict(
    "DescribeTemplateParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeTemplateAliasParameters = TypedDict(
    "DescribeTemplateAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeTemplateDefinitionParameters = TypedDict(
    "DescribeTemplateDefinitionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeTemplatePermissionsParameters = TypedDict(
    "DescribeTemplatePermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TemplateId": S, "TemplateId.$": str},
    total=False,
)
DescribeThemeParameters = TypedDict(
    "DescribeThemeParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeThemeAliasParameters = TypedDict(
    "DescribeThemeAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DescribeThemePermissionsParameters = TypedDict(
    "DescribeThemePermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "ThemeId": S, "ThemeId.$": str},
    total=False,
)
DescribeTopicParameters = TypedDict(
    "DescribeTopicParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DescribeTopicPermissionsParameters = TypedDict(
    "DescribeTopicPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DescribeTopicPermissionsV2Parameters = TypedDict(
    "DescribeTopicPermissionsV2Parameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DescribeTopicRefreshParameters = TypedDict(
    "DescribeTopicRefreshParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "RefreshId": S,
        "RefreshId.$": str,
    },
    total=False,
)
DescribeTopicRefreshScheduleParameters = TypedDict(
    "DescribeTopicRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
    },
    total=False,
)
DescribeTopicV2Parameters = TypedDict(
    "DescribeTopicV2Parameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DescribeVPCConnectionParameters = TypedDict(
    "DescribeVPCConnectionParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "VpcConnectionId": S, "VpcConnectionId.$": str},
    total=False,
)

class SessionTag(TypedDict, total=False):
    Key: S
    Value: S

class SharedViewConfigurations(TypedDict, total=False):
    Enabled: B

class AnonymousUserDashboardFeatureConfigurations(TypedDict, total=False):
    SharedView: X[SharedViewConfigurations]

class AnonymousUserDashboardEmbeddingConfiguration(TypedDict, total=False):
    InitialDashboardId: S
    EnabledFeatures: L[Si]
    DisabledFeatures: L[Si]
    FeatureConfigurations: X[AnonymousUserDashboardFeatureConfigurations]

class DashboardVisualId(TypedDict, total=False):
    DashboardId: S
    SheetId: S
    VisualId: S

class AnonymousUserDashboardVisualEmbeddingConfiguration(TypedDict, total=False):
    InitialDashboardVisualId: X[DashboardVisualId]

class AnonymousUserQSearchBarEmbeddingConfiguration(TypedDict, total=False):
    InitialTopicId: S

class AnonymousUserGenerativeQnAEmbeddingConfiguration(TypedDict, total=False):
    InitialTopicId: S

class AnonymousUserEmbeddingExperienceConfiguration(TypedDict, total=False):
    Dashboard: X[AnonymousUserDashboardEmbeddingConfiguration]
    DashboardVisual: X[AnonymousUserDashboardVisualEmbeddingConfiguration]
    QSearchBar: X[AnonymousUserQSearchBarEmbeddingConfiguration]
    GenerativeQnA: X[AnonymousUserGenerativeQnAEmbeddingConfiguration]

GenerateEmbedUrlForAnonymousUserParameters = TypedDict(
    "GenerateEmbedUrlForAnonymousUserParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SessionLifetimeInMinutes": I,
        "SessionLifetimeInMinutes.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "SessionTags": L[Xi[SessionTag]],
        "SessionTags.$": str,
        "AuthorizedResourceArns": L[Si],
        "AuthorizedResourceArns.$": str,
        "ExperienceConfiguration": X[AnonymousUserEmbeddingExperienceConfiguration],
        "ExperienceConfiguration.$": str,
        "AllowedDomains": L[Si],
        "AllowedDomains.$": str,
    },
    total=False,
)

class StatePersistenceConfigurations(TypedDict, total=False):
    Enabled: B

class BookmarksConfigurations(TypedDict, total=False):
    Enabled: B

class ExecutiveSummaryConfigurations(TypedDict, total=False):
    Enabled: B

class AmazonQInQuickSightDashboardConfigurations(TypedDict, total=False):
    ExecutiveSummary: X[ExecutiveSummaryConfigurations]

class SchedulesConfigurations(TypedDict, total=False):
    Enabled: B

class RecentSnapshotsConfigurations(TypedDict, total=False):
    Enabled: B

class ThresholdAlertsConfigurations(TypedDict, total=False):
    Enabled: B

class DashboardCustomizationSummaryConfigurations(TypedDict, total=False):
    Enabled: B

class RegisteredUserDashboardFeatureConfigurations(TypedDict, total=False):
    StatePersistence: X[StatePersistenceConfigurations]
    Bookmarks: X[BookmarksConfigurations]
    SharedView: X[SharedViewConfigurations]
    AmazonQInQuickSight: X[AmazonQInQuickSightDashboardConfigurations]
    Schedules: X[SchedulesConfigurations]
    RecentSnapshots: X[RecentSnapshotsConfigurations]
    ThresholdAlerts: X[ThresholdAlertsConfigurations]
    DashboardCustomizationSummary: X[DashboardCustomizationSummaryConfigurations]

class RegisteredUserDashboardEmbeddingConfiguration(TypedDict, total=False):
    InitialDashboardId: S
    FeatureConfigurations: X[RegisteredUserDashboardFeatureConfigurations]

class DataQnAConfigurations(TypedDict, total=False):
    Enabled: B

class GenerativeAuthoringConfigurations(TypedDict, total=False):
    Enabled: B

class DataStoriesConfigurations(TypedDict, total=False):
    Enabled: B

class AmazonQInQuickSightConsoleConfigurations(TypedDict, total=False):
    DataQnA: X[DataQnAConfigurations]
    GenerativeAuthoring: X[GenerativeAuthoringConfigurations]
    ExecutiveSummary: X[ExecutiveSummaryConfigurations]
    DataStories: X[DataStoriesConfigurations]

class RegisteredUserConsoleFeatureConfigurations(TypedDict, total=False):
    StatePersistence: X[StatePersistenceConfigurations]
    SharedView: X[SharedViewConfigurations]
    AmazonQInQuickSight: X[AmazonQInQuickSightConsoleConfigurations]
    Schedules: X[SchedulesConfigurations]
    RecentSnapshots: X[RecentSnapshotsConfigurations]
    ThresholdAlerts: X[ThresholdAlertsConfigurations]
    DashboardCustomizationSummary: X[DashboardCustomizationSummaryConfigurations]

class RegisteredUserQuickSightConsoleEmbeddingConfiguration(TypedDict, total=False):
    InitialPath: S
    FeatureConfigurations: X[RegisteredUserConsoleFeatureConfigurations]

class RegisteredUserQSearchBarEmbeddingConfiguration(TypedDict, total=False):
    InitialTopicId: S

class RegisteredUserDashboardVisualEmbeddingConfiguration(TypedDict, total=False):
    InitialDashboardVisualId: X[DashboardVisualId]

class RegisteredUserGenerativeQnAEmbeddingConfiguration(TypedDict, total=False):
    InitialTopicId: S

class RegisteredUserQuickChatEmbeddingConfiguration(TypedDict, total=False): ...

class RegisteredUserEmbeddingExperienceConfiguration(TypedDict, total=False):
    Dashboard: X[RegisteredUserDashboardEmbeddingConfiguration]
    QuickSightConsole: X[RegisteredUserQuickSightConsoleEmbeddingConfiguration]
    QSearchBar: X[RegisteredUserQSearchBarEmbeddingConfiguration]
    DashboardVisual: X[RegisteredUserDashboardVisualEmbeddingConfiguration]
    GenerativeQnA: X[RegisteredUserGenerativeQnAEmbeddingConfiguration]
    QuickChat: X[RegisteredUserQuickChatEmbeddingConfiguration]

GenerateEmbedUrlForRegisteredUserParameters = TypedDict(
    "GenerateEmbedUrlForRegisteredUserParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SessionLifetimeInMinutes": I,
        "SessionLifetimeInMinutes.$": str,
        "UserArn": S,
        "UserArn.$": str,
        "ExperienceConfiguration": X[RegisteredUserEmbeddingExperienceConfiguration],
        "ExperienceConfiguration.$": str,
        "AllowedDomains": L[Si],
        "AllowedDomains.$": str,
    },
    total=False,
)
GenerateEmbedUrlForRegisteredUserWithIdentityParameters = TypedDict(
    "GenerateEmbedUrlForRegisteredUserWithIdentityParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SessionLifetimeInMinutes": I,
        "SessionLifetimeInMinutes.$": str,
        "ExperienceConfiguration": X[RegisteredUserEmbeddingExperienceConfiguration],
        "ExperienceConfiguration.$": str,
        "AllowedDomains": L[Si],
        "AllowedDomains.$": str,
    },
    total=False,
)
GetDashboardEmbedUrlParameters = TypedDict(
    "GetDashboardEmbedUrlParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
        "SessionLifetimeInMinutes": I,
        "SessionLifetimeInMinutes.$": str,
        "UndoRedoDisabled": B,
        "UndoRedoDisabled.$": str,
        "ResetDisabled": B,
        "ResetDisabled.$": str,
        "StatePersistenceEnabled": B,
        "StatePersistenceEnabled.$": str,
        "UserArn": S,
        "UserArn.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "AdditionalDashboardIds": L[Si],
        "AdditionalDashboardIds.$": str,
    },
    total=False,
)
GetFlowMetadataParameters = TypedDict(
    "GetFlowMetadataParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)
GetFlowPermissionsParameters = TypedDict(
    "GetFlowPermissionsParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "FlowId": S, "FlowId.$": str},
    total=False,
)

class UserIdentifier(TypedDict, total=False):
    UserName: S
    Email: S
    UserArn: S

GetIdentityContextParameters = TypedDict(
    "GetIdentityContextParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "UserIdentifier": X[UserIdentifier],
        "UserIdentifier.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "SessionExpiresAt": T,
        "SessionExpiresAt.$": str,
        "ContextRegion": S,
        "ContextRegion.$": str,
    },
    total=False,
)
GetPolicyAssignmentParameters = TypedDict(
    "GetPolicyAssignmentParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
    },
    total=False,
)
GetSessionEmbedUrlParameters = TypedDict(
    "GetSessionEmbedUrlParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "EntryPoint": S,
        "EntryPoint.$": str,
        "SessionLifetimeInMinutes": I,
        "SessionLifetimeInMinutes.$": str,
        "UserArn": S,
        "UserArn.$": str,
    },
    total=False,
)
ListAccessControlApplicationsParameters = TypedDict(
    "ListAccessControlApplicationsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListActionConnectorsParameters = TypedDict(
    "ListActionConnectorsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentsParameters = TypedDict(
    "ListAgentsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAnalysesParameters = TypedDict(
    "ListAnalysesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApprovalPoliciesParameters = TypedDict(
    "ListApprovalPoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssetBundleExportJobsParameters = TypedDict(
    "ListAssetBundleExportJobsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssetBundleImportJobsParameters = TypedDict(
    "ListAssetBundleImportJobsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBrandsParameters = TypedDict(
    "ListBrandsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomPermissionsParameters = TypedDict(
    "ListCustomPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDashboardVersionsParameters = TypedDict(
    "ListDashboardVersionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDashboardsParameters = TypedDict(
    "ListDashboardsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSetsParameters = TypedDict(
    "ListDataSetsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDlpSettingsParameters = TypedDict(
    "ListDlpSettingsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFlowsParameters = TypedDict(
    "ListFlowsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFolderMembersParameters = TypedDict(
    "ListFolderMembersParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFoldersParameters = TypedDict(
    "ListFoldersParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFoldersForResourceParameters = TypedDict(
    "ListFoldersForResourceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGroupMembershipsParameters = TypedDict(
    "ListGroupMembershipsParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
ListIAMPolicyAssignmentsParameters = TypedDict(
    "ListIAMPolicyAssignmentsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssignmentStatus": S,
        "AssignmentStatus.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIAMPolicyAssignmentsForUserParameters = TypedDict(
    "ListIAMPolicyAssignmentsForUserParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "UserName": S,
        "UserName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
ListIdentityPropagationConfigsParameters = TypedDict(
    "ListIdentityPropagationConfigsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInboundConnectorApplicationAssociationsParameters = TypedDict(
    "ListInboundConnectorApplicationAssociationsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInboundConnectorsParameters = TypedDict(
    "ListInboundConnectorsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": L[Si],
        "Type.$": str,
    },
    total=False,
)
ListIngestionsParameters = TypedDict(
    "ListIngestionsParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListKnowledgeBaseRefreshSchedulesParameters = TypedDict(
    "ListKnowledgeBaseRefreshSchedulesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListKnowledgeBasesParameters = TypedDict(
    "ListKnowledgeBasesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLimitsProfilesParameters = TypedDict(
    "ListLimitsProfilesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNamespacesParameters = TypedDict(
    "ListNamespacesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOAuthClientApplicationsParameters = TypedDict(
    "ListOAuthClientApplicationsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPrincipalsForPolicyParameters = TypedDict(
    "ListPrincipalsForPolicyParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRefreshSchedulesParameters = TypedDict(
    "ListRefreshSchedulesParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "DataSetId": S, "DataSetId.$": str},
    total=False,
)
ListRoleMembershipsParameters = TypedDict(
    "ListRoleMembershipsParameters",
    {
        "Role": S,
        "Role.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
ListSelfUpgradesParameters = TypedDict(
    "ListSelfUpgradesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSpaceResourcesParameters = TypedDict(
    "ListSpaceResourcesParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "SpaceId": S, "SpaceId.$": str},
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
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
ListTemplateAliasesParameters = TypedDict(
    "ListTemplateAliasesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTemplateVersionsParameters = TypedDict(
    "ListTemplateVersionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThemeAliasesParameters = TypedDict(
    "ListThemeAliasesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThemeVersionsParameters = TypedDict(
    "ListThemeVersionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThemesParameters = TypedDict(
    "ListThemesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListTopicRefreshSchedulesParameters = TypedDict(
    "ListTopicRefreshSchedulesParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
ListTopicReviewedAnswersParameters = TypedDict(
    "ListTopicReviewedAnswersParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "TopicId": S, "TopicId.$": str},
    total=False,
)
ListTopicsParameters = TypedDict(
    "ListTopicsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTopicsV2Parameters = TypedDict(
    "ListTopicsV2Parameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListUserGroupsParameters = TypedDict(
    "ListUserGroupsParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
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
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)

class UserNameOrEmailFilter(TypedDict, total=False):
    Prefix: S

class CapacityBytesRangeFilter(TypedDict, total=False):
    MinBytes: I
    MaxBytes: I

class UserIndexCapacityFilter(TypedDict, total=False):
    UserNameOrEmail: X[UserNameOrEmailFilter]
    TotalCapacityBytes: X[CapacityBytesRangeFilter]

ListUsersIndexCapacityParameters = TypedDict(
    "ListUsersIndexCapacityParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Filters": L[Xi[UserIndexCapacityFilter]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListVPCConnectionsParameters = TypedDict(
    "ListVPCConnectionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PredictQAResultsParameters = TypedDict(
    "PredictQAResultsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "IncludeQuickSightQIndex": S,
        "IncludeQuickSightQIndex.$": str,
        "IncludeGeneratedAnswer": S,
        "IncludeGeneratedAnswer.$": str,
        "MaxTopicsToConsider": I,
        "MaxTopicsToConsider.$": str,
    },
    total=False,
)

class LookbackWindow(TypedDict, total=False):
    ColumnName: S
    Size: I
    SizeUnit: S

class IncrementalRefresh(TypedDict, total=False):
    LookbackWindow: X[LookbackWindow]

class RefreshConfiguration(TypedDict, total=False):
    IncrementalRefresh: X[IncrementalRefresh]

class RefreshFailureEmailAlert(TypedDict, total=False):
    AlertStatus: S

class RefreshFailureConfiguration(TypedDict, total=False):
    EmailAlert: X[RefreshFailureEmailAlert]

class DataSetRefreshProperties(TypedDict, total=False):
    RefreshConfiguration: X[RefreshConfiguration]
    FailureConfiguration: X[RefreshFailureConfiguration]

PutDataSetRefreshPropertiesParameters = TypedDict(
    "PutDataSetRefreshPropertiesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "DataSetRefreshProperties": X[DataSetRefreshProperties],
        "DataSetRefreshProperties.$": str,
    },
    total=False,
)
PutPolicyAssignmentParameters = TypedDict(
    "PutPolicyAssignmentParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "ExistingPolicyArn": S,
        "ExistingPolicyArn.$": str,
        "Revision": I,
        "Revision.$": str,
    },
    total=False,
)
RegisterUserParameters = TypedDict(
    "RegisterUserParameters",
    {
        "IdentityType": S,
        "IdentityType.$": str,
        "Email": S,
        "Email.$": str,
        "UserRole": S,
        "UserRole.$": str,
        "IamArn": S,
        "IamArn.$": str,
        "SessionName": S,
        "SessionName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "UserName": S,
        "UserName.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "ExternalLoginFederationProviderType": S,
        "ExternalLoginFederationProviderType.$": str,
        "CustomFederationProviderUrl": S,
        "CustomFederationProviderUrl.$": str,
        "ExternalLoginId": S,
        "ExternalLoginId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
RestoreAnalysisParameters = TypedDict(
    "RestoreAnalysisParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "RestoreToFolders": B,
        "RestoreToFolders.$": str,
    },
    total=False,
)

class ActionConnectorSearchFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

SearchActionConnectorsParameters = TypedDict(
    "SearchActionConnectorsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[ActionConnectorSearchFilter]],
        "Filters.$": str,
    },
    total=False,
)

class AgentSearchFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

SearchAgentsParameters = TypedDict(
    "SearchAgentsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[AgentSearchFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AnalysisSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchAnalysesParameters = TypedDict(
    "SearchAnalysesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[AnalysisSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SearchAppsFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

SearchAppsParameters = TypedDict(
    "SearchAppsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[SearchAppsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DashboardSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchDashboardsParameters = TypedDict(
    "SearchDashboardsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[DashboardSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DataSetSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchDataSetsParameters = TypedDict(
    "SearchDataSetsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[DataSetSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DataSourceSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchDataSourcesParameters = TypedDict(
    "SearchDataSourcesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[DataSourceSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SearchFlowsFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

SearchFlowsParameters = TypedDict(
    "SearchFlowsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[SearchFlowsFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FolderSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchFoldersParameters = TypedDict(
    "SearchFoldersParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[FolderSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GroupSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchGroupsParameters = TypedDict(
    "SearchGroupsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Filters": L[Xi[GroupSearchFilter]],
        "Filters.$": str,
    },
    total=False,
)

class KnowledgeBaseSearchFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

class KnowledgeBaseSortBy(TypedDict, total=False):
    SortByField: S
    SortOrder: S

SearchKnowledgeBasesParameters = TypedDict(
    "SearchKnowledgeBasesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[KnowledgeBaseSearchFilter]],
        "Filters.$": str,
        "SortBy": X[KnowledgeBaseSortBy],
        "SortBy.$": str,
    },
    total=False,
)

class SpaceQuicksightSearchFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

SearchSpacesParameters = TypedDict(
    "SearchSpacesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[SpaceQuicksightSearchFilter]],
        "Filters.$": str,
    },
    total=False,
)

class TopicSearchFilter(TypedDict, total=False):
    Operator: S
    Name: S
    Value: S

SearchTopicsParameters = TypedDict(
    "SearchTopicsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[TopicSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
SearchTopicsV2Parameters = TypedDict(
    "SearchTopicsV2Parameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Filters": L[Xi[TopicSearchFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AssetBundleExportJobResourceIdOverrideConfiguration(TypedDict, total=False):
    PrefixForAllResources: B

class AssetBundleExportJobVPCConnectionOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobRefreshScheduleOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobDataSourceOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobDataSetOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobThemeOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobAnalysisOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobDashboardOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobFolderOverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleExportJobTopicV2OverrideProperties(TypedDict, total=False):
    Arn: S
    Properties: L[Si]

class AssetBundleCloudFormationOverridePropertyConfiguration(TypedDict, total=False):
    ResourceIdOverrideConfiguration: X[AssetBundleExportJobResourceIdOverrideConfiguration]
    VpcConnections: L[Xi[AssetBundleExportJobVPCConnectionOverrideProperties]]
    RefreshSchedules: L[Xi[AssetBundleExportJobRefreshScheduleOverrideProperties]]
    DataSources: L[Xi[AssetBundleExportJobDataSourceOverrideProperties]]
    DataSets: L[Xi[AssetBundleExportJobDataSetOverrideProperties]]
    Themes: L[Xi[AssetBundleExportJobThemeOverrideProperties]]
    Analyses: L[Xi[AssetBundleExportJobAnalysisOverrideProperties]]
    Dashboards: L[Xi[AssetBundleExportJobDashboardOverrideProperties]]
    Folders: L[Xi[AssetBundleExportJobFolderOverrideProperties]]
    TopicsV2: L[Xi[AssetBundleExportJobTopicV2OverrideProperties]]

class AssetBundleExportJobValidationStrategy(TypedDict, total=False):
    StrictModeForAllResources: B

StartAssetBundleExportJobParameters = TypedDict(
    "StartAssetBundleExportJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssetBundleExportJobId": S,
        "AssetBundleExportJobId.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "IncludeAllDependencies": B,
        "IncludeAllDependencies.$": str,
        "ExportFormat": S,
        "ExportFormat.$": str,
        "CloudFormationOverridePropertyConfiguration": X[
            AssetBundleCloudFormationOverridePropertyConfiguration
        ],
        "CloudFormationOverridePropertyConfiguration.$": str,
        "IncludePermissions": B,
        "IncludePermissions.$": str,
        "IncludeTags": B,
        "IncludeTags.$": str,
        "ValidationStrategy": X[AssetBundleExportJobValidationStrategy],
        "ValidationStrategy.$": str,
        "IncludeFolderMemberships": B,
        "IncludeFolderMemberships.$": str,
        "IncludeFolderMembers": S,
        "IncludeFolderMembers.$": str,
    },
    total=False,
)

class AssetBundleImportSource(TypedDict, total=False):
    Body: S
    S3Uri: S

class AssetBundleImportJobResourceIdOverrideConfiguration(TypedDict, total=False):
    PrefixForAllResources: S

class AssetBundleImportJobVPCConnectionOverrideParameters(TypedDict, total=False):
    VpcConnectionId: S
    Name: S
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    DnsResolvers: L[Si]
    RoleArn: S

class AssetBundleImportJobRefreshScheduleOverrideParameters(TypedDict, total=False):
    DataSetId: S
    ScheduleId: S
    StartAfterDateTime: T

class AssetBundleImportJobDataSourceCredentialPair(TypedDict, total=False):
    Username: S
    Password: S

class AssetBundleImportJobDataSourceCredentials(TypedDict, total=False):
    CredentialPair: X[AssetBundleImportJobDataSourceCredentialPair]
    SecretArn: S

class AssetBundleImportJobDataSourceOverrideParameters(TypedDict, total=False):
    DataSourceId: S
    Name: S
    DataSourceParameters: X[DataSourceParameters]
    VpcConnectionProperties: X[VpcConnectionProperties]
    SslProperties: X[SslProperties]
    Credentials: X[AssetBundleImportJobDataSourceCredentials]

class AssetBundleImportJobDataSetOverrideParameters(TypedDict, total=False):
    DataSetId: S
    Name: S
    DataSetRefreshProperties: X[DataSetRefreshProperties]

class AssetBundleImportJobThemeOverrideParameters(TypedDict, total=False):
    ThemeId: S
    Name: S

class AssetBundleImportJobAnalysisOverrideParameters(TypedDict, total=False):
    AnalysisId: S
    Name: S

class AssetBundleImportJobDashboardOverrideParameters(TypedDict, total=False):
    DashboardId: S
    Name: S

class AssetBundleImportJobFolderOverrideParameters(TypedDict, total=False):
    FolderId: S
    Name: S
    ParentFolderArn: S

class AssetBundleImportJobTopicV2OverrideParameters(TypedDict, total=False):
    TopicId: S
    Name: S
    Description: S

class AssetBundleImportJobOverrideParameters(TypedDict, total=False):
    ResourceIdOverrideConfiguration: X[AssetBundleImportJobResourceIdOverrideConfiguration]
    VpcConnections: L[Xi[AssetBundleImportJobVPCConnectionOverrideParameters]]
    RefreshSchedules: L[Xi[AssetBundleImportJobRefreshScheduleOverrideParameters]]
    DataSources: L[Xi[AssetBundleImportJobDataSourceOverrideParameters]]
    DataSets: L[Xi[AssetBundleImportJobDataSetOverrideParameters]]
    Themes: L[Xi[AssetBundleImportJobThemeOverrideParameters]]
    Analyses: L[Xi[AssetBundleImportJobAnalysisOverrideParameters]]
    Dashboards: L[Xi[AssetBundleImportJobDashboardOverrideParameters]]
    Folders: L[Xi[AssetBundleImportJobFolderOverrideParameters]]
    TopicsV2: L[Xi[AssetBundleImportJobTopicV2OverrideParameters]]

class AssetBundleResourcePermissions(TypedDict, total=False):
    Principals: L[Si]
    Actions: L[Si]

class AssetBundleImportJobDataSourceOverridePermissions(TypedDict, total=False):
    DataSourceIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobDataSetOverridePermissions(TypedDict, total=False):
    DataSetIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobThemeOverridePermissions(TypedDict, total=False):
    ThemeIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobAnalysisOverridePermissions(TypedDict, total=False):
    AnalysisIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleResourceLinkSharingConfiguration(TypedDict, total=False):
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobDashboardOverridePermissions(TypedDict, total=False):
    DashboardIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]
    LinkSharingConfiguration: X[AssetBundleResourceLinkSharingConfiguration]

class AssetBundleImportJobFolderOverridePermissions(TypedDict, total=False):
    FolderIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobTopicV2OverridePermissions(TypedDict, total=False):
    TopicIds: L[Si]
    Permissions: X[AssetBundleResourcePermissions]

class AssetBundleImportJobOverridePermissions(TypedDict, total=False):
    DataSources: L[Xi[AssetBundleImportJobDataSourceOverridePermissions]]
    DataSets: L[Xi[AssetBundleImportJobDataSetOverridePermissions]]
    Themes: L[Xi[AssetBundleImportJobThemeOverridePermissions]]
    Analyses: L[Xi[AssetBundleImportJobAnalysisOverridePermissions]]
    Dashboards: L[Xi[AssetBundleImportJobDashboardOverridePermissions]]
    Folders: L[Xi[AssetBundleImportJobFolderOverridePermissions]]
    TopicsV2: L[Xi[AssetBundleImportJobTopicV2OverridePermissions]]

class AssetBundleImportJobVPCConnectionOverrideTags(TypedDict, total=False):
    VpcConnectionIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobDataSourceOverrideTags(TypedDict, total=False):
    DataSourceIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobDataSetOverrideTags(TypedDict, total=False):
    DataSetIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobThemeOverrideTags(TypedDict, total=False):
    ThemeIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobAnalysisOverrideTags(TypedDict, total=False):
    AnalysisIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobDashboardOverrideTags(TypedDict, total=False):
    DashboardIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobFolderOverrideTags(TypedDict, total=False):
    FolderIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobTopicV2OverrideTags(TypedDict, total=False):
    TopicIds: L[Si]
    Tags: L[Xi[Tag]]

class AssetBundleImportJobOverrideTags(TypedDict, total=False):
    VpcConnections: L[Xi[AssetBundleImportJobVPCConnectionOverrideTags]]
    DataSources: L[Xi[AssetBundleImportJobDataSourceOverrideTags]]
    DataSets: L[Xi[AssetBundleImportJobDataSetOverrideTags]]
    Themes: L[Xi[AssetBundleImportJobThemeOverrideTags]]
    Analyses: L[Xi[AssetBundleImportJobAnalysisOverrideTags]]
    Dashboards: L[Xi[AssetBundleImportJobDashboardOverrideTags]]
    Folders: L[Xi[AssetBundleImportJobFolderOverrideTags]]
    TopicsV2: L[Xi[AssetBundleImportJobTopicV2OverrideTags]]

class AssetBundleImportJobOverrideValidationStrategy(TypedDict, total=False):
    StrictModeForAllResources: B

StartAssetBundleImportJobParameters = TypedDict(
    "StartAssetBundleImportJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssetBundleImportJobId": S,
        "AssetBundleImportJobId.$": str,
        "AssetBundleImportSource": X[AssetBundleImportSource],
        "AssetBundleImportSource.$": str,
        "OverrideParameters": X[AssetBundleImportJobOverrideParameters],
        "OverrideParameters.$": str,
        "FailureAction": S,
        "FailureAction.$": str,
        "OverridePermissions": X[AssetBundleImportJobOverridePermissions],
        "OverridePermissions.$": str,
        "OverrideTags": X[AssetBundleImportJobOverrideTags],
        "OverrideTags.$": str,
        "OverrideValidationStrategy": X[AssetBundleImportJobOverrideValidationStrategy],
        "OverrideValidationStrategy.$": str,
    },
    total=False,
)
StartAutomationJobParameters = TypedDict(
    "StartAutomationJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AutomationGroupId": S,
        "AutomationGroupId.$": str,
        "AutomationId": S,
        "AutomationId.$": str,
        "InputPayload": S,
        "InputPayload.$": str,
    },
    total=False,
)

class SnapshotAnonymousUser(TypedDict, total=False):
    RowLevelPermissionTags: L[Xi[SessionTag]]

class SnapshotUserConfiguration(TypedDict, total=False):
    AnonymousUsers: L[Xi[SnapshotAnonymousUser]]

class SnapshotFileSheetSelection(TypedDict, total=False):
    SheetId: S
    SelectionScope: S
    VisualIds: L[Si]

class SnapshotFile(TypedDict, total=False):
    SheetSelections: L[Xi[SnapshotFileSheetSelection]]
    FormatType: S

class SnapshotFileGroup(TypedDict, total=False):
    Files: L[Xi[SnapshotFile]]

class S3BucketConfiguration(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    BucketRegion: S

class SnapshotS3DestinationConfiguration(TypedDict, total=False):
    BucketConfiguration: X[S3BucketConfiguration]

class SnapshotDestinationConfiguration(TypedDict, total=False):
    S3Destinations: L[Xi[SnapshotS3DestinationConfiguration]]

class SnapshotConfiguration(TypedDict, total=False):
    FileGroups: L[Xi[SnapshotFileGroup]]
    DestinationConfiguration: X[SnapshotDestinationConfiguration]
    Parameters: X[Parameters]

StartDashboardSnapshotJobParameters = TypedDict(
    "StartDashboardSnapshotJobParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "SnapshotJobId": S,
        "SnapshotJobId.$": str,
        "UserConfiguration": X[SnapshotUserConfiguration],
        "UserConfiguration.$": str,
        "SnapshotConfiguration": X[SnapshotConfiguration],
        "SnapshotConfiguration.$": str,
    },
    total=False,
)
StartDashboardSnapshotJobScheduleParameters = TypedDict(
    "StartDashboardSnapshotJobScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
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

class ExternalIdpConfidentialAuthCodeAuthorizingConfigUpdateInput(TypedDict, total=False):
    ClientId: S
    IssuerUrl: S

class IdpAuthorizingConfigurationDetailUpdateInput(TypedDict, total=False):
    ExternalIdpPublicAuthCode: X[ExternalIdpPublicAuthCodeAuthorizingConfig]
    ExternalIdpConfidentialAuthCode: X[ExternalIdpConfidentialAuthCodeAuthorizingConfigUpdateInput]

class IdpAuthorizingConfigUpdateInput(TypedDict, total=False):
    IdpAuthorizingType: S
    IdpAuthorizingConfigurationDetailInput: X[IdpAuthorizingConfigurationDetailUpdateInput]
    IdcTrustedTokenIssuerConfiguration: X[IdcTrustedTokenIssuerConfig]

UpdateAccessControlApplicationParameters = TypedDict(
    "UpdateAccessControlApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "IdpAuthorizingConfiguration": X[IdpAuthorizingConfigUpdateInput],
        "IdpAuthorizingConfiguration.$": str,
        "QuickAuthenticationConfiguration": X[QuickAuthenticationConfigInput],
        "QuickAuthenticationConfiguration.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateAccessControlApplicationSecretParameters = TypedDict(
    "UpdateAccessControlApplicationSecretParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientSecretId": S,
        "ClientSecretId.$": str,
        "UpdateRegionalSecretManagerArns": M[S],
        "UpdateRegionalSecretManagerArns.$": str,
        "RemoveRegionalSecretManagerArns": L[Si],
        "RemoveRegionalSecretManagerArns.$": str,
    },
    total=False,
)
UpdateAccountCustomPermissionParameters = TypedDict(
    "UpdateAccountCustomPermissionParameters",
    {
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
    },
    total=False,
)
UpdateAccountCustomizationParameters = TypedDict(
    "UpdateAccountCustomizationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "AccountCustomization": X[AccountCustomization],
        "AccountCustomization.$": str,
    },
    total=False,
)
UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DefaultNamespace": S,
        "DefaultNamespace.$": str,
        "NotificationEmail": S,
        "NotificationEmail.$": str,
        "TerminationProtectionEnabled": B,
        "TerminationProtectionEnabled.$": str,
    },
    total=False,
)
UpdateActionConnectorParameters = TypedDict(
    "UpdateActionConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ActionConnectorId": S,
        "ActionConnectorId.$": str,
        "Name": S,
        "Name.$": str,
        "AuthenticationConfig": X[AuthConfig],
        "AuthenticationConfig.$": str,
        "Description": S,
        "Description.$": str,
        "VpcConnectionArn": S,
        "VpcConnectionArn.$": str,
    },
    total=False,
)
UpdateActionConnectorPermissionsParameters = TypedDict(
    "UpdateActionConnectorPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ActionConnectorId": S,
        "ActionConnectorId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateAgentParameters = TypedDict(
    "UpdateAgentParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "IconId": S,
        "IconId.$": str,
        "StarterPrompts": L[Si],
        "StarterPrompts.$": str,
        "WelcomeMessage": S,
        "WelcomeMessage.$": str,
        "CustomPromptInput": X[CustomPromptInput],
        "CustomPromptInput.$": str,
        "SpacesToAdd": L[Si],
        "SpacesToAdd.$": str,
        "SpacesToRemove": L[Si],
        "SpacesToRemove.$": str,
        "ActionConnectorsToAdd": L[Si],
        "ActionConnectorsToAdd.$": str,
        "ActionConnectorsToRemove": L[Si],
        "ActionConnectorsToRemove.$": str,
    },
    total=False,
)
UpdateAgentPermissionsParameters = TypedDict(
    "UpdateAgentPermissionsParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateAnalysisParameters = TypedDict(
    "UpdateAnalysisParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "Name": S,
        "Name.$": str,
        "Parameters": X[Parameters],
        "Parameters.$": str,
        "SourceEntity": X[AnalysisSourceEntity],
        "SourceEntity.$": str,
        "ThemeArn": S,
        "ThemeArn.$": str,
        "Definition": X[AnalysisDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
    },
    total=False,
)
UpdateAnalysisPermissionsParameters = TypedDict(
    "UpdateAnalysisPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateAppPermissionsParameters = TypedDict(
    "UpdateAppPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AppId": S,
        "AppId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
UpdateApplicationWithTokenExchangeGrantParameters = TypedDict(
    "UpdateApplicationWithTokenExchangeGrantParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
UpdateApprovalPolicyParameters = TypedDict(
    "UpdateApprovalPolicyParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "AssetTypes": L[Si],
        "AssetTypes.$": str,
        "ApplicableTo": X[ApplicableTo],
        "ApplicableTo.$": str,
        "ApprovalGroups": L[Si],
        "ApprovalGroups.$": str,
    },
    total=False,
)
UpdateBrandParameters = TypedDict(
    "UpdateBrandParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "BrandId": S,
        "BrandId.$": str,
        "BrandDefinition": X[BrandDefinition],
        "BrandDefinition.$": str,
    },
    total=False,
)
UpdateBrandAssignmentParameters = TypedDict(
    "UpdateBrandAssignmentParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "BrandArn": S, "BrandArn.$": str},
    total=False,
)
UpdateBrandPublishedVersionParameters = TypedDict(
    "UpdateBrandPublishedVersionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "BrandId": S,
        "BrandId.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
UpdateCustomPermissionsParameters = TypedDict(
    "UpdateCustomPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "Capabilities": X[Capabilities],
        "Capabilities.$": str,
        "Governance": X[Governance],
        "Governance.$": str,
    },
    total=False,
)
UpdateDashboardParameters = TypedDict(
    "UpdateDashboardParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "Name": S,
        "Name.$": str,
        "SourceEntity": X[DashboardSourceEntity],
        "SourceEntity.$": str,
        "Parameters": X[Parameters],
        "Parameters.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "DashboardPublishOptions": X[DashboardPublishOptions],
        "DashboardPublishOptions.$": str,
        "ThemeArn": S,
        "ThemeArn.$": str,
        "Definition": X[DashboardVersionDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
    },
    total=False,
)
UpdateDashboardLinksParameters = TypedDict(
    "UpdateDashboardLinksParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "LinkEntities": L[Si],
        "LinkEntities.$": str,
    },
    total=False,
)
UpdateDashboardPermissionsParameters = TypedDict(
    "UpdateDashboardPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
        "GrantLinkPermissions": L[Xi[ResourcePermission]],
        "GrantLinkPermissions.$": str,
        "RevokeLinkPermissions": L[Xi[ResourcePermission]],
        "RevokeLinkPermissions.$": str,
    },
    total=False,
)
UpdateDashboardPublishedVersionParameters = TypedDict(
    "UpdateDashboardPublishedVersionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
UpdateDashboardsQAConfigurationParameters = TypedDict(
    "UpdateDashboardsQAConfigurationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DashboardsQAStatus": S,
        "DashboardsQAStatus.$": str,
    },
    total=False,
)
UpdateDataSetParameters = TypedDict(
    "UpdateDataSetParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "Name": S,
        "Name.$": str,
        "PhysicalTableMap": M[X[PhysicalTable]],
        "PhysicalTableMap.$": str,
        "LogicalTableMap": M[X[LogicalTable]],
        "LogicalTableMap.$": str,
        "ImportMode": S,
        "ImportMode.$": str,
        "ColumnGroups": L[Xi[ColumnGroup]],
        "ColumnGroups.$": str,
        "FieldFolders": M[X[FieldFolder]],
        "FieldFolders.$": str,
        "RowLevelPermissionDataSet": X[RowLevelPermissionDataSet],
        "RowLevelPermissionDataSet.$": str,
        "RowLevelPermissionTagConfiguration": X[RowLevelPermissionTagConfiguration],
        "RowLevelPermissionTagConfiguration.$": str,
        "ColumnLevelPermissionRules": L[Xi[ColumnLevelPermissionRule]],
        "ColumnLevelPermissionRules.$": str,
        "DataSetUsageConfiguration": X[DataSetUsageConfiguration],
        "DataSetUsageConfiguration.$": str,
        "DatasetParameters": L[Xi[DatasetParameter]],
        "DatasetParameters.$": str,
        "PerformanceConfiguration": X[PerformanceConfiguration],
        "PerformanceConfiguration.$": str,
        "DataPrepConfiguration": X[DataPrepConfiguration],
        "DataPrepConfiguration.$": str,
        "SemanticModelConfiguration": X[SemanticModelConfiguration],
        "SemanticModelConfiguration.$": str,
        "UnmaterializedCalculatedColumns": L[Xi[UnmaterializedCalculatedColumn]],
        "UnmaterializedCalculatedColumns.$": str,
    },
    total=False,
)
UpdateDataSetPermissionsParameters = TypedDict(
    "UpdateDataSetPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSetId": S,
        "DataSetId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "Name": S,
        "Name.$": str,
        "DataSourceParameters": X[DataSourceParameters],
        "DataSourceParameters.$": str,
        "Credentials": X[DataSourceCredentials],
        "Credentials.$": str,
        "VpcConnectionProperties": X[VpcConnectionProperties],
        "VpcConnectionProperties.$": str,
        "SslProperties": X[SslProperties],
        "SslProperties.$": str,
    },
    total=False,
)
UpdateDataSourcePermissionsParameters = TypedDict(
    "UpdateDataSourcePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateDefaultQBusinessApplicationParameters = TypedDict(
    "UpdateDefaultQBusinessApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)
UpdateDlpSettingParameters = TypedDict(
    "UpdateDlpSettingParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "DlpSettingId": S,
        "DlpSettingId.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "ProviderConfig": X[ProviderConfig],
        "ProviderConfig.$": str,
        "ProviderOutageAction": S,
        "ProviderOutageAction.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
UpdateFlowParameters = TypedDict(
    "UpdateFlowParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "FlowDefinition": Doc,
        "FlowDefinition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateFlowPermissionsParameters = TypedDict(
    "UpdateFlowPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FlowId": S,
        "FlowId.$": str,
        "GrantPermissions": L[Xi[Permission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[Permission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateFolderParameters = TypedDict(
    "UpdateFolderParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateFolderPermissionsParameters = TypedDict(
    "UpdateFolderPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Description": S,
        "Description.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
UpdateIAMPolicyAssignmentParameters = TypedDict(
    "UpdateIAMPolicyAssignmentParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AssignmentName": S,
        "AssignmentName.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "AssignmentStatus": S,
        "AssignmentStatus.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Identities": M[L[Si]],
        "Identities.$": str,
    },
    total=False,
)
UpdateIdentityPropagationConfigParameters = TypedDict(
    "UpdateIdentityPropagationConfigParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Service": S,
        "Service.$": str,
        "AuthorizedTargets": L[Si],
        "AuthorizedTargets.$": str,
    },
    total=False,
)
UpdateInboundConnectorParameters = TypedDict(
    "UpdateInboundConnectorParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InboundConnectorConfiguration": X[InboundConnectorConfig],
        "InboundConnectorConfiguration.$": str,
        "InboundConnectorStatus": S,
        "InboundConnectorStatus.$": str,
    },
    total=False,
)
UpdateInboundConnectorApplicationAssociationsParameters = TypedDict(
    "UpdateInboundConnectorApplicationAssociationsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "InboundConnectorId": S,
        "InboundConnectorId.$": str,
        "AssociateAccessControlApplications": L[Si],
        "AssociateAccessControlApplications.$": str,
        "DisassociateAccessControlApplications": L[Si],
        "DisassociateAccessControlApplications.$": str,
    },
    total=False,
)
UpdateIpRestrictionParameters = TypedDict(
    "UpdateIpRestrictionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "IpRestrictionRuleMap": M[S],
        "IpRestrictionRuleMap.$": str,
        "VpcIdRestrictionRuleMap": M[S],
        "VpcIdRestrictionRuleMap.$": str,
        "VpcEndpointIdRestrictionRuleMap": M[S],
        "VpcEndpointIdRestrictionRuleMap.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)

class RegisteredCustomerManagedKey(TypedDict, total=False):
    KeyArn: S
    DefaultKey: B

UpdateKeyRegistrationParameters = TypedDict(
    "UpdateKeyRegistrationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KeyRegistration": L[Xi[RegisteredCustomerManagedKey]],
        "KeyRegistration.$": str,
    },
    total=False,
)
UpdateKnowledgeBaseParameters = TypedDict(
    "UpdateKnowledgeBaseParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "KnowledgeBaseConfiguration": X[KnowledgeBaseConfiguration],
        "KnowledgeBaseConfiguration.$": str,
        "MediaExtractionConfiguration": X[MediaExtractionConfiguration],
        "MediaExtractionConfiguration.$": str,
        "IsEmailNotificationOptedForIngestionFailures": B,
        "IsEmailNotificationOptedForIngestionFailures.$": str,
        "AccessControlConfiguration": X[AccessControlConfiguration],
        "AccessControlConfiguration.$": str,
    },
    total=False,
)
UpdateKnowledgeBasePermissionsParameters = TypedDict(
    "UpdateKnowledgeBasePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateKnowledgeBaseRefreshScheduleParameters = TypedDict(
    "UpdateKnowledgeBaseRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ScheduleId": S,
        "ScheduleId.$": str,
        "ScheduleFrequency": X[KnowledgeBaseRefreshFrequency],
        "ScheduleFrequency.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
UpdateLimitsProfileParameters = TypedDict(
    "UpdateLimitsProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ProfileName": S,
        "ProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceLimits": M[X[ProfileLimitValue]],
        "ResourceLimits.$": str,
    },
    total=False,
)
UpdateOAuthClientApplicationParameters = TypedDict(
    "UpdateOAuthClientApplicationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "OAuthClientApplicationId": S,
        "OAuthClientApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "OAuthTokenEndpointUrl": S,
        "OAuthTokenEndpointUrl.$": str,
        "OAuthAuthorizationEndpointUrl": S,
        "OAuthAuthorizationEndpointUrl.$": str,
        "OAuthScopes": S,
        "OAuthScopes.$": str,
        "DataSourceType": S,
        "DataSourceType.$": str,
        "IdentityProviderVpcConnectionProperties": X[VpcConnectionProperties],
        "IdentityProviderVpcConnectionProperties.$": str,
    },
    total=False,
)
UpdatePublicSharingSettingsParameters = TypedDict(
    "UpdatePublicSharingSettingsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "PublicSharingEnabled": B,
        "PublicSharingEnabled.$": str,
    },
    total=False,
)
UpdateQPersonalizationConfigurationParameters = TypedDict(
    "UpdateQPersonalizationConfigurationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "PersonalizationMode": S,
        "PersonalizationMode.$": str,
    },
    total=False,
)
UpdateQuickSightQSearchConfigurationParameters = TypedDict(
    "UpdateQuickSightQSearchConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "QSearchStatus": S, "QSearchStatus.$": str},
    total=False,
)
UpdateRefreshScheduleParameters = TypedDict(
    "UpdateRefreshScheduleParameters",
    {
        "DataSetId": S,
        "DataSetId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Schedule": X[RefreshSchedule],
        "Schedule.$": str,
    },
    total=False,
)
UpdateResourcePermissionsParameters = TypedDict(
    "UpdateResourcePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "RoleType": S,
        "RoleType.$": str,
        "CustomerManagedRoleArn": S,
        "CustomerManagedRoleArn.$": str,
    },
    total=False,
)
UpdateRoleCustomPermissionParameters = TypedDict(
    "UpdateRoleCustomPermissionParameters",
    {
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "Role": S,
        "Role.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
UpdateSPICECapacityConfigurationParameters = TypedDict(
    "UpdateSPICECapacityConfigurationParameters",
    {"AwsAccountId": S, "AwsAccountId.$": str, "PurchaseMode": S, "PurchaseMode.$": str},
    total=False,
)
UpdateSelfUpgradeParameters = TypedDict(
    "UpdateSelfUpgradeParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "UpgradeRequestId": S,
        "UpgradeRequestId.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)
UpdateSelfUpgradeConfigurationParameters = TypedDict(
    "UpdateSelfUpgradeConfigurationParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "SelfUpgradeStatus": S,
        "SelfUpgradeStatus.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateSpacePermissionsParameters = TypedDict(
    "UpdateSpacePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)

class SpaceQuickSightResourceDetails(TypedDict, total=False):
    ResourceArn: S

class SpaceResourceOperation(TypedDict, total=False):
    ResourceType: S
    ResourceDetails: X[SpaceQuickSightResourceDetails]

UpdateSpaceResourcesParameters = TypedDict(
    "UpdateSpaceResourcesParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "AddResources": L[Xi[SpaceResourceOperation]],
        "AddResources.$": str,
        "RemoveResources": L[Xi[SpaceResourceOperation]],
        "RemoveResources.$": str,
    },
    total=False,
)
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "SourceEntity": X[TemplateSourceEntity],
        "SourceEntity.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "Name": S,
        "Name.$": str,
        "Definition": X[TemplateVersionDefinition],
        "Definition.$": str,
        "ValidationStrategy": X[ValidationStrategy],
        "ValidationStrategy.$": str,
    },
    total=False,
)
UpdateTemplateAliasParameters = TypedDict(
    "UpdateTemplateAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "TemplateVersionNumber": I,
        "TemplateVersionNumber.$": str,
    },
    total=False,
)
UpdateTemplatePermissionsParameters = TypedDict(
    "UpdateTemplatePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateThemeParameters = TypedDict(
    "UpdateThemeParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "Name": S,
        "Name.$": str,
        "BaseThemeId": S,
        "BaseThemeId.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "Configuration": X[ThemeConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateThemeAliasParameters = TypedDict(
    "UpdateThemeAliasParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "ThemeVersionNumber": I,
        "ThemeVersionNumber.$": str,
    },
    total=False,
)
UpdateThemePermissionsParameters = TypedDict(
    "UpdateThemePermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "ThemeId": S,
        "ThemeId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateTopicParameters = TypedDict(
    "UpdateTopicParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "Topic": X[TopicDetails],
        "Topic.$": str,
        "CustomInstructions": X[CustomInstructions],
        "CustomInstructions.$": str,
    },
    total=False,
)
UpdateTopicPermissionsParameters = TypedDict(
    "UpdateTopicPermissionsParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateTopicPermissionsV2Parameters = TypedDict(
    "UpdateTopicPermissionsV2Parameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "GrantPermissions": L[Xi[ResourcePermission]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[ResourcePermission]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateTopicRefreshScheduleParameters = TypedDict(
    "UpdateTopicRefreshScheduleParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
        "RefreshSchedule": X[TopicRefreshSchedule],
        "RefreshSchedule.$": str,
    },
    total=False,
)
UpdateTopicV2Parameters = TypedDict(
    "UpdateTopicV2Parameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "TopicId": S,
        "TopicId.$": str,
        "Topic": X[TopicV2Details],
        "Topic.$": str,
        "CustomInstructions": X[CustomInstructions],
        "CustomInstructions.$": str,
        "PublishOption": S,
        "PublishOption.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Email": S,
        "Email.$": str,
        "Role": S,
        "Role.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
        "UnapplyCustomPermissions": B,
        "UnapplyCustomPermissions.$": str,
        "ExternalLoginFederationProviderType": S,
        "ExternalLoginFederationProviderType.$": str,
        "CustomFederationProviderUrl": S,
        "CustomFederationProviderUrl.$": str,
        "ExternalLoginId": S,
        "ExternalLoginId.$": str,
    },
    total=False,
)
UpdateUserCustomPermissionParameters = TypedDict(
    "UpdateUserCustomPermissionParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "CustomPermissionsName": S,
        "CustomPermissionsName.$": str,
    },
    total=False,
)
UpdateVPCConnectionParameters = TypedDict(
    "UpdateVPCConnectionParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "VpcConnectionId": S,
        "VpcConnectionId.$": str,
        "Name": S,
        "Name.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "DnsResolvers": L[Si],
        "DnsResolvers.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
batch_create_topic_reviewed_answer: Builder[BatchCreateTopicReviewedAnswerParameters]
batch_delete_knowledge_base: Builder[BatchDeleteKnowledgeBaseParameters]
batch_delete_policy_assignment_by_policy: Builder[BatchDeletePolicyAssignmentByPolicyParameters]
batch_delete_topic_reviewed_answer: Builder[BatchDeleteTopicReviewedAnswerParameters]
batch_describe_user_limits: Builder[BatchDescribeUserLimitsParameters]
batch_put_policy_assignment_by_policy: Builder[BatchPutPolicyAssignmentByPolicyParameters]
cancel_ingestion: Builder[CancelIngestionParameters]
create_access_control_application: Builder[CreateAccessControlApplicationParameters]
create_access_control_application_secret: Builder[CreateAccessControlApplicationSecretParameters]
create_account_customization: Builder[CreateAccountCustomizationParameters]
create_account_subscription: Builder[CreateAccountSubscriptionParameters]
create_action_connector: Builder[CreateActionConnectorParameters]
create_agent: Builder[CreateAgentParameters]
create_analysis: Builder[CreateAnalysisParameters]
create_approval_policy: Builder[CreateApprovalPolicyParameters]
create_brand: Builder[CreateBrandParameters]
create_custom_permissions: Builder[CreateCustomPermissionsParameters]
create_dashboard: Builder[CreateDashboardParameters]
create_data_set: Builder[CreateDataSetParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_dlp_setting: Builder[CreateDlpSettingParameters]
create_flow: Builder[CreateFlowParameters]
create_folder: Builder[CreateFolderParameters]
create_folder_membership: Builder[CreateFolderMembershipParameters]
create_group: Builder[CreateGroupParameters]
create_group_membership: Builder[CreateGroupMembershipParameters]
create_iam_policy_assignment: Builder[CreateIAMPolicyAssignmentParameters]
create_inbound_connector: Builder[CreateInboundConnectorParameters]
create_ingestion: Builder[CreateIngestionParameters]
create_knowledge_base: Builder[CreateKnowledgeBaseParameters]
create_knowledge_base_refresh_schedule: Builder[CreateKnowledgeBaseRefreshScheduleParameters]
create_limits_profile: Builder[CreateLimitsProfileParameters]
create_namespace: Builder[CreateNamespaceParameters]
create_o_auth_client_application: Builder[CreateOAuthClientApplicationParameters]
create_refresh_schedule: Builder[CreateRefreshScheduleParameters]
create_role_membership: Builder[CreateRoleMembershipParameters]
create_space: Builder[CreateSpaceParameters]
create_template: Builder[CreateTemplateParameters]
create_template_alias: Builder[CreateTemplateAliasParameters]
create_theme: Builder[CreateThemeParameters]
create_theme_alias: Builder[CreateThemeAliasParameters]
create_topic: Builder[CreateTopicParameters]
create_topic_refresh_schedule: Builder[CreateTopicRefreshScheduleParameters]
create_topic_v2: Builder[CreateTopicV2Parameters]
create_vpc_connection: Builder[CreateVPCConnectionParameters]
delete_access_control_application: Builder[DeleteAccessControlApplicationParameters]
delete_access_control_application_secret: Builder[DeleteAccessControlApplicationSecretParameters]
delete_account_custom_permission: Builder[DeleteAccountCustomPermissionParameters]
delete_account_customization: Builder[DeleteAccountCustomizationParameters]
delete_account_subscription: Builder[DeleteAccountSubscriptionParameters]
delete_action_connector: Builder[DeleteActionConnectorParameters]
delete_agent: Builder[DeleteAgentParameters]
delete_analysis: Builder[DeleteAnalysisParameters]
delete_app: Builder[DeleteAppParameters]
delete_approval_policy: Builder[DeleteApprovalPolicyParameters]
delete_brand: Builder[DeleteBrandParameters]
delete_brand_assignment: Builder[DeleteBrandAssignmentParameters]
delete_custom_permissions: Builder[DeleteCustomPermissionsParameters]
delete_dashboard: Builder[DeleteDashboardParameters]
delete_data_set: Builder[DeleteDataSetParameters]
delete_data_set_refresh_properties: Builder[DeleteDataSetRefreshPropertiesParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_default_q_business_application: Builder[DeleteDefaultQBusinessApplicationParameters]
delete_dlp_setting: Builder[DeleteDlpSettingParameters]
delete_flow: Builder[DeleteFlowParameters]
delete_folder: Builder[DeleteFolderParameters]
delete_folder_membership: Builder[DeleteFolderMembershipParameters]
delete_group: Builder[DeleteGroupParameters]
delete_group_membership: Builder[DeleteGroupMembershipParameters]
delete_iam_policy_assignment: Builder[DeleteIAMPolicyAssignmentParameters]
delete_identity_propagation_config: Builder[DeleteIdentityPropagationConfigParameters]
delete_inbound_connector: Builder[DeleteInboundConnectorParameters]
delete_knowledge_base: Builder[DeleteKnowledgeBaseParameters]
delete_knowledge_base_refresh_schedule: Builder[DeleteKnowledgeBaseRefreshScheduleParameters]
delete_limits_profile: Builder[DeleteLimitsProfileParameters]
delete_namespace: Builder[DeleteNamespaceParameters]
delete_o_auth_client_application: Builder[DeleteOAuthClientApplicationParameters]
delete_policy_assignment: Builder[DeletePolicyAssignmentParameters]
delete_refresh_schedule: Builder[DeleteRefreshScheduleParameters]
delete_role_custom_permission: Builder[DeleteRoleCustomPermissionParameters]
delete_role_membership: Builder[DeleteRoleMembershipParameters]
delete_space: Builder[DeleteSpaceParameters]
delete_template: Builder[DeleteTemplateParameters]
delete_template_alias: Builder[DeleteTemplateAliasParameters]
delete_theme: Builder[DeleteThemeParameters]
delete_theme_alias: Builder[DeleteThemeAliasParameters]
delete_topic: Builder[DeleteTopicParameters]
delete_topic_refresh_schedule: Builder[DeleteTopicRefreshScheduleParameters]
delete_topic_v2: Builder[DeleteTopicV2Parameters]
delete_user: Builder[DeleteUserParameters]
delete_user_by_principal_id: Builder[DeleteUserByPrincipalIdParameters]
delete_user_custom_permission: Builder[DeleteUserCustomPermissionParameters]
delete_vpc_connection: Builder[DeleteVPCConnectionParameters]
describe_access_control_application: Builder[DescribeAccessControlApplicationParameters]
describe_account_custom_permission: Builder[DescribeAccountCustomPermissionParameters]
describe_account_customization: Builder[DescribeAccountCustomizationParameters]
describe_account_settings: Builder[DescribeAccountSettingsParameters]
describe_account_subscription: Builder[DescribeAccountSubscriptionParameters]
describe_action_connector: Builder[DescribeActionConnectorParameters]
describe_action_connector_permissions: Builder[DescribeActionConnectorPermissionsParameters]
describe_agent: Builder[DescribeAgentParameters]
describe_agent_permissions: Builder[DescribeAgentPermissionsParameters]
describe_analysis: Builder[DescribeAnalysisParameters]
describe_analysis_definition: Builder[DescribeAnalysisDefinitionParameters]
describe_analysis_permissions: Builder[DescribeAnalysisPermissionsParameters]
describe_app: Builder[DescribeAppParameters]
describe_app_permissions: Builder[DescribeAppPermissionsParameters]
describe_approval_policy: Builder[DescribeApprovalPolicyParameters]
describe_asset_bundle_export_job: Builder[DescribeAssetBundleExportJobParameters]
describe_asset_bundle_import_job: Builder[DescribeAssetBundleImportJobParameters]
describe_automation_job: Builder[DescribeAutomationJobParameters]
describe_brand: Builder[DescribeBrandParameters]
describe_brand_assignment: Builder[DescribeBrandAssignmentParameters]
describe_brand_published_version: Builder[DescribeBrandPublishedVersionParameters]
describe_custom_permissions: Builder[DescribeCustomPermissionsParameters]
describe_dashboard: Builder[DescribeDashboardParameters]
describe_dashboard_definition: Builder[DescribeDashboardDefinitionParameters]
describe_dashboard_permissions: Builder[DescribeDashboardPermissionsParameters]
describe_dashboard_snapshot_job: Builder[DescribeDashboardSnapshotJobParameters]
describe_dashboard_snapshot_job_result: Builder[DescribeDashboardSnapshotJobResultParameters]
describe_dashboards_qa_configuration: Builder[DescribeDashboardsQAConfigurationParameters]
describe_data_set: Builder[DescribeDataSetParameters]
describe_data_set_permissions: Builder[DescribeDataSetPermissionsParameters]
describe_data_set_refresh_properties: Builder[DescribeDataSetRefreshPropertiesParameters]
describe_data_source: Builder[DescribeDataSourceParameters]
describe_data_source_permissions: Builder[DescribeDataSourcePermissionsParameters]
describe_default_q_business_application: Builder[DescribeDefaultQBusinessApplicationParameters]
describe_dlp_setting: Builder[DescribeDlpSettingParameters]
describe_flow: Builder[DescribeFlowParameters]
describe_folder: Builder[DescribeFolderParameters]
describe_folder_permissions: Builder[DescribeFolderPermissionsParameters]
describe_folder_resolved_permissions: Builder[DescribeFolderResolvedPermissionsParameters]
describe_group: Builder[DescribeGroupParameters]
describe_group_membership: Builder[DescribeGroupMembershipParameters]
describe_iam_policy_assignment: Builder[DescribeIAMPolicyAssignmentParameters]
describe_inbound_connector: Builder[DescribeInboundConnectorParameters]
describe_ingestion: Builder[DescribeIngestionParameters]
describe_ip_restriction: Builder[DescribeIpRestrictionParameters]
describe_key_registration: Builder[DescribeKeyRegistrationParameters]
describe_knowledge_base: Builder[DescribeKnowledgeBaseParameters]
describe_knowledge_base_permissions: Builder[DescribeKnowledgeBasePermissionsParameters]
describe_knowledge_base_refresh_schedule: Builder[DescribeKnowledgeBaseRefreshScheduleParameters]
describe_limits_profile: Builder[DescribeLimitsProfileParameters]
describe_namespace: Builder[DescribeNamespaceParameters]
describe_o_auth_client_application: Builder[DescribeOAuthClientApplicationParameters]
describe_q_personalization_configuration: Builder[DescribeQPersonalizationConfigurationParameters]
describe_quick_sight_q_search_configuration: Builder[
    DescribeQuickSightQSearchConfigurationParameters
]
describe_refresh_schedule: Builder[DescribeRefreshScheduleParameters]
describe_resource_permissions: Builder[DescribeResourcePermissionsParameters]
describe_role_custom_permission: Builder[DescribeRoleCustomPermissionParameters]
describe_self_upgrade_configuration: Builder[DescribeSelfUpgradeConfigurationParameters]
describe_space: Builder[DescribeSpaceParameters]
describe_space_permissions: Builder[DescribeSpacePermissionsParameters]
describe_template: Builder[DescribeTemplateParameters]
describe_template_alias: Builder[DescribeTemplateAliasParameters]
describe_template_definition: Builder[DescribeTemplateDefinitionParameters]
describe_template_permissions: Builder[DescribeTemplatePermissionsParameters]
describe_theme: Builder[DescribeThemeParameters]
describe_theme_alias: Builder[DescribeThemeAliasParameters]
describe_theme_permissions: Builder[DescribeThemePermissionsParameters]
describe_topic: Builder[DescribeTopicParameters]
describe_topic_permissions: Builder[DescribeTopicPermissionsParameters]
describe_topic_permissions_v2: Builder[DescribeTopicPermissionsV2Parameters]
describe_topic_refresh: Builder[DescribeTopicRefreshParameters]
describe_topic_refresh_schedule: Builder[DescribeTopicRefreshScheduleParameters]
describe_topic_v2: Builder[DescribeTopicV2Parameters]
describe_user: Builder[DescribeUserParameters]
describe_vpc_connection: Builder[DescribeVPCConnectionParameters]
generate_embed_url_for_anonymous_user: Builder[GenerateEmbedUrlForAnonymousUserParameters]
generate_embed_url_for_registered_user: Builder[GenerateEmbedUrlForRegisteredUserParameters]
generate_embed_url_for_registered_user_with_identity: Builder[
    GenerateEmbedUrlForRegisteredUserWithIdentityParameters
]
get_dashboard_embed_url: Builder[GetDashboardEmbedUrlParameters]
get_flow_metadata: Builder[GetFlowMetadataParameters]
get_flow_permissions: Builder[GetFlowPermissionsParameters]
get_identity_context: Builder[GetIdentityContextParameters]
get_policy_assignment: Builder[GetPolicyAssignmentParameters]
get_session_embed_url: Builder[GetSessionEmbedUrlParameters]
list_access_control_applications: Builder[ListAccessControlApplicationsParameters]
list_action_connectors: Builder[ListActionConnectorsParameters]
list_agents: Builder[ListAgentsParameters]
list_analyses: Builder[ListAnalysesParameters]
list_approval_policies: Builder[ListApprovalPoliciesParameters]
list_apps: Builder[ListAppsParameters]
list_asset_bundle_export_jobs: Builder[ListAssetBundleExportJobsParameters]
list_asset_bundle_import_jobs: Builder[ListAssetBundleImportJobsParameters]
list_brands: Builder[ListBrandsParameters]
list_custom_permissions: Builder[ListCustomPermissionsParameters]
list_dashboard_versions: Builder[ListDashboardVersionsParameters]
list_dashboards: Builder[ListDashboardsParameters]
list_data_sets: Builder[ListDataSetsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_dlp_settings: Builder[ListDlpSettingsParameters]
list_flows: Builder[ListFlowsParameters]
list_folder_members: Builder[ListFolderMembersParameters]
list_folders: Builder[ListFoldersParameters]
list_folders_for_resource: Builder[ListFoldersForResourceParameters]
list_group_memberships: Builder[ListGroupMembershipsParameters]
list_groups: Builder[ListGroupsParameters]
list_iam_policy_assignments: Builder[ListIAMPolicyAssignmentsParameters]
list_iam_policy_assignments_for_user: Builder[ListIAMPolicyAssignmentsForUserParameters]
list_identity_propagation_configs: Builder[ListIdentityPropagationConfigsParameters]
list_inbound_connector_application_associations: Builder[
    ListInboundConnectorApplicationAssociationsParameters
]
list_inbound_connectors: Builder[ListInboundConnectorsParameters]
list_ingestions: Builder[ListIngestionsParameters]
list_knowledge_base_refresh_schedules: Builder[ListKnowledgeBaseRefreshSchedulesParameters]
list_knowledge_bases: Builder[ListKnowledgeBasesParameters]
list_limits_profiles: Builder[ListLimitsProfilesParameters]
list_namespaces: Builder[ListNamespacesParameters]
list_o_auth_client_applications: Builder[ListOAuthClientApplicationsParameters]
list_principals_for_policy: Builder[ListPrincipalsForPolicyParameters]
list_refresh_schedules: Builder[ListRefreshSchedulesParameters]
list_role_memberships: Builder[ListRoleMembershipsParameters]
list_self_upgrades: Builder[ListSelfUpgradesParameters]
list_space_resources: Builder[ListSpaceResourcesParameters]
list_spaces: Builder[ListSpacesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_aliases: Builder[ListTemplateAliasesParameters]
list_template_versions: Builder[ListTemplateVersionsParameters]
list_templates: Builder[ListTemplatesParameters]
list_theme_aliases: Builder[ListThemeAliasesParameters]
list_theme_versions: Builder[ListThemeVersionsParameters]
list_themes: Builder[ListThemesParameters]
list_topic_refresh_schedules: Builder[ListTopicRefreshSchedulesParameters]
list_topic_reviewed_answers: Builder[ListTopicReviewedAnswersParameters]
list_topics: Builder[ListTopicsParameters]
list_topics_v2: Builder[ListTopicsV2Parameters]
list_user_groups: Builder[ListUserGroupsParameters]
list_users: Builder[ListUsersParameters]
list_users_index_capacity: Builder[ListUsersIndexCapacityParameters]
list_vpc_connections: Builder[ListVPCConnectionsParameters]
predict_qa_results: Builder[PredictQAResultsParameters]
put_data_set_refresh_properties: Builder[PutDataSetRefreshPropertiesParameters]
put_policy_assignment: Builder[PutPolicyAssignmentParameters]
register_user: Builder[RegisterUserParameters]
restore_analysis: Builder[RestoreAnalysisParameters]
search_action_connectors: Builder[SearchActionConnectorsParameters]
search_agents: Builder[SearchAgentsParameters]
search_analyses: Builder[SearchAnalysesParameters]
search_apps: Builder[SearchAppsParameters]
search_dashboards: Builder[SearchDashboardsParameters]
search_data_sets: Builder[SearchDataSetsParameters]
search_data_sources: Builder[SearchDataSourcesParameters]
search_flows: Builder[SearchFlowsParameters]
search_folders: Builder[SearchFoldersParameters]
search_groups: Builder[SearchGroupsParameters]
search_knowledge_bases: Builder[SearchKnowledgeBasesParameters]
search_spaces: Builder[SearchSpacesParameters]
search_topics: Builder[SearchTopicsParameters]
search_topics_v2: Builder[SearchTopicsV2Parameters]
start_asset_bundle_export_job: Builder[StartAssetBundleExportJobParameters]
start_asset_bundle_import_job: Builder[StartAssetBundleImportJobParameters]
start_automation_job: Builder[StartAutomationJobParameters]
start_dashboard_snapshot_job: Builder[StartDashboardSnapshotJobParameters]
start_dashboard_snapshot_job_schedule: Builder[StartDashboardSnapshotJobScheduleParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_control_application: Builder[UpdateAccessControlApplicationParameters]
update_access_control_application_secret: Builder[UpdateAccessControlApplicationSecretParameters]
update_account_custom_permission: Builder[UpdateAccountCustomPermissionParameters]
update_account_customization: Builder[UpdateAccountCustomizationParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_action_connector: Builder[UpdateActionConnectorParameters]
update_action_connector_permissions: Builder[UpdateActionConnectorPermissionsParameters]
update_agent: Builder[UpdateAgentParameters]
update_agent_permissions: Builder[UpdateAgentPermissionsParameters]
update_analysis: Builder[UpdateAnalysisParameters]
update_analysis_permissions: Builder[UpdateAnalysisPermissionsParameters]
update_app_permissions: Builder[UpdateAppPermissionsParameters]
update_application_with_token_exchange_grant: Builder[
    UpdateApplicationWithTokenExchangeGrantParameters
]
update_approval_policy: Builder[UpdateApprovalPolicyParameters]
update_brand: Builder[UpdateBrandParameters]
update_brand_assignment: Builder[UpdateBrandAssignmentParameters]
update_brand_published_version: Builder[UpdateBrandPublishedVersionParameters]
update_custom_permissions: Builder[UpdateCustomPermissionsParameters]
update_dashboard: Builder[UpdateDashboardParameters]
update_dashboard_links: Builder[UpdateDashboardLinksParameters]
update_dashboard_permissions: Builder[UpdateDashboardPermissionsParameters]
update_dashboard_published_version: Builder[UpdateDashboardPublishedVersionParameters]
update_dashboards_qa_configuration: Builder[UpdateDashboardsQAConfigurationParameters]
update_data_set: Builder[UpdateDataSetParameters]
update_data_set_permissions: Builder[UpdateDataSetPermissionsParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_data_source_permissions: Builder[UpdateDataSourcePermissionsParameters]
update_default_q_business_application: Builder[UpdateDefaultQBusinessApplicationParameters]
update_dlp_setting: Builder[UpdateDlpSettingParameters]
update_flow: Builder[UpdateFlowParameters]
update_flow_permissions: Builder[UpdateFlowPermissionsParameters]
update_folder: Builder[UpdateFolderParameters]
update_folder_permissions: Builder[UpdateFolderPermissionsParameters]
update_group: Builder[UpdateGroupParameters]
update_iam_policy_assignment: Builder[UpdateIAMPolicyAssignmentParameters]
update_identity_propagation_config: Builder[UpdateIdentityPropagationConfigParameters]
update_inbound_connector: Builder[UpdateInboundConnectorParameters]
update_inbound_connector_application_associations: Builder[
    UpdateInboundConnectorApplicationAssociationsParameters
]
update_ip_restriction: Builder[UpdateIpRestrictionParameters]
update_key_registration: Builder[UpdateKeyRegistrationParameters]
update_knowledge_base: Builder[UpdateKnowledgeBaseParameters]
update_knowledge_base_permissions: Builder[UpdateKnowledgeBasePermissionsParameters]
update_knowledge_base_refresh_schedule: Builder[UpdateKnowledgeBaseRefreshScheduleParameters]
update_limits_profile: Builder[UpdateLimitsProfileParameters]
update_o_auth_client_application: Builder[UpdateOAuthClientApplicationParameters]
update_public_sharing_settings: Builder[UpdatePublicSharingSettingsParameters]
update_q_personalization_configuration: Builder[UpdateQPersonalizationConfigurationParameters]
update_quick_sight_q_search_configuration: Builder[UpdateQuickSightQSearchConfigurationParameters]
update_refresh_schedule: Builder[UpdateRefreshScheduleParameters]
update_resource_permissions: Builder[UpdateResourcePermissionsParameters]
update_role_custom_permission: Builder[UpdateRoleCustomPermissionParameters]
update_spice_capacity_configuration: Builder[UpdateSPICECapacityConfigurationParameters]
update_self_upgrade: Builder[UpdateSelfUpgradeParameters]
update_self_upgrade_configuration: Builder[UpdateSelfUpgradeConfigurationParameters]
update_space: Builder[UpdateSpaceParameters]
update_space_permissions: Builder[UpdateSpacePermissionsParameters]
update_space_resources: Builder[UpdateSpaceResourcesParameters]
update_template: Builder[UpdateTemplateParameters]
update_template_alias: Builder[UpdateTemplateAliasParameters]
update_template_permissions: Builder[UpdateTemplatePermissionsParameters]
update_theme: Builder[UpdateThemeParameters]
update_theme_alias: Builder[UpdateThemeAliasParameters]
update_theme_permissions: Builder[UpdateThemePermissionsParameters]
update_topic: Builder[UpdateTopicParameters]
update_topic_permissions: Builder[UpdateTopicPermissionsParameters]
update_topic_permissions_v2: Builder[UpdateTopicPermissionsV2Parameters]
update_topic_refresh_schedule: Builder[UpdateTopicRefreshScheduleParameters]
update_topic_v2: Builder[UpdateTopicV2Parameters]
update_user: Builder[UpdateUserParameters]
update_user_custom_permission: Builder[UpdateUserCustomPermissionParameters]
update_vpc_connection: Builder[UpdateVPCConnectionParameters]

__all__ = [
    "batch_create_topic_reviewed_answer",
    "batch_delete_knowledge_base",
    "batch_delete_policy_assignment_by_policy",
    "batch_delete_topic_reviewed_answer",
    "batch_describe_user_limits",
    "batch_put_policy_assignment_by_policy",
    "cancel_ingestion",
    "create_access_control_application",
    "create_access_control_application_secret",
    "create_account_customization",
    "create_account_subscription",
    "create_action_connector",
    "create_agent",
    "create_analysis",
    "create_approval_policy",
    "create_brand",
    "create_custom_permissions",
    "create_dashboard",
    "create_data_set",
    "create_data_source",
    "create_dlp_setting",
    "create_flow",
    "create_folder",
    "create_folder_membership",
    "create_group",
    "create_group_membership",
    "create_iam_policy_assignment",
    "create_inbound_connector",
    "create_ingestion",
    "create_knowledge_base",
    "create_knowledge_base_refresh_schedule",
    "create_limits_profile",
    "create_namespace",
    "create_o_auth_client_application",
    "create_refresh_schedule",
    "create_role_membership",
    "create_space",
    "create_template",
    "create_template_alias",
    "create_theme",
    "create_theme_alias",
    "create_topic",
    "create_topic_refresh_schedule",
    "create_topic_v2",
    "create_vpc_connection",
    "delete_access_control_application",
    "delete_access_control_application_secret",
    "delete_account_custom_permission",
    "delete_account_customization",
    "delete_account_subscription",
    "delete_action_connector",
    "delete_agent",
    "delete_analysis",
    "delete_app",
    "delete_approval_policy",
    "delete_brand",
    "delete_brand_assignment",
    "delete_custom_permissions",
    "delete_dashboard",
    "delete_data_set",
    "delete_data_set_refresh_properties",
    "delete_data_source",
    "delete_default_q_business_application",
    "delete_dlp_setting",
    "delete_flow",
    "delete_folder",
    "delete_folder_membership",
    "delete_group",
    "delete_group_membership",
    "delete_iam_policy_assignment",
    "delete_identity_propagation_config",
    "delete_inbound_connector",
    "delete_knowledge_base",
    "delete_knowledge_base_refresh_schedule",
    "delete_limits_profile",
    "delete_namespace",
    "delete_o_auth_client_application",
    "delete_policy_assignment",
    "delete_refresh_schedule",
    "delete_role_custom_permission",
    "delete_role_membership",
    "delete_space",
    "delete_template",
    "delete_template_alias",
    "delete_theme",
    "delete_theme_alias",
    "delete_topic",
    "delete_topic_refresh_schedule",
    "delete_topic_v2",
    "delete_user",
    "delete_user_by_principal_id",
    "delete_user_custom_permission",
    "delete_vpc_connection",
    "describe_access_control_application",
    "describe_account_custom_permission",
    "describe_account_customization",
    "describe_account_settings",
    "describe_account_subscription",
    "describe_action_connector",
    "describe_action_connector_permissions",
    "describe_agent",
    "describe_agent_permissions",
    "describe_analysis",
    "describe_analysis_definition",
    "describe_analysis_permissions",
    "describe_app",
    "describe_app_permissions",
    "describe_approval_policy",
    "describe_asset_bundle_export_job",
    "describe_asset_bundle_import_job",
    "describe_automation_job",
    "describe_brand",
    "describe_brand_assignment",
    "describe_brand_published_version",
    "describe_custom_permissions",
    "describe_dashboard",
    "describe_dashboard_definition",
    "describe_dashboard_permissions",
    "describe_dashboard_snapshot_job",
    "describe_dashboard_snapshot_job_result",
    "describe_dashboards_qa_configuration",
    "describe_data_set",
    "describe_data_set_permissions",
    "describe_data_set_refresh_properties",
    "describe_data_source",
    "describe_data_source_permissions",
    "describe_default_q_business_application",
    "describe_dlp_setting",
    "describe_flow",
    "describe_folder",
    "describe_folder_permissions",
    "describe_folder_resolved_permissions",
    "describe_group",
    "describe_group_membership",
    "describe_iam_policy_assignment",
    "describe_inbound_connector",
    "describe_ingestion",
    "describe_ip_restriction",
    "describe_key_registration",
    "describe_knowledge_base",
    "describe_knowledge_base_permissions",
    "describe_knowledge_base_refresh_schedule",
    "describe_limits_profile",
    "describe_namespace",
    "describe_o_auth_client_application",
    "describe_q_personalization_configuration",
    "describe_quick_sight_q_search_configuration",
    "describe_refresh_schedule",
    "describe_resource_permissions",
    "describe_role_custom_permission",
    "describe_self_upgrade_configuration",
    "describe_space",
    "describe_space_permissions",
    "describe_template",
    "describe_template_alias",
    "describe_template_definition",
    "describe_template_permissions",
    "describe_theme",
    "describe_theme_alias",
    "describe_theme_permissions",
    "describe_topic",
    "describe_topic_permissions",
    "describe_topic_permissions_v2",
    "describe_topic_refresh",
    "describe_topic_refresh_schedule",
    "describe_topic_v2",
    "describe_user",
    "describe_vpc_connection",
    "generate_embed_url_for_anonymous_user",
    "generate_embed_url_for_registered_user",
    "generate_embed_url_for_registered_user_with_identity",
    "get_dashboard_embed_url",
    "get_flow_metadata",
    "get_flow_permissions",
    "get_identity_context",
    "get_policy_assignment",
    "get_session_embed_url",
    "list_access_control_applications",
    "list_action_connectors",
    "list_agents",
    "list_analyses",
    "list_approval_policies",
    "list_apps",
    "list_asset_bundle_export_jobs",
    "list_asset_bundle_import_jobs",
    "list_brands",
    "list_custom_permissions",
    "list_dashboard_versions",
    "list_dashboards",
    "list_data_sets",
    "list_data_sources",
    "list_dlp_settings",
    "list_flows",
    "list_folder_members",
    "list_folders",
    "list_folders_for_resource",
    "list_group_memberships",
    "list_groups",
    "list_iam_policy_assignments",
    "list_iam_policy_assignments_for_user",
    "list_identity_propagation_configs",
    "list_inbound_connector_application_associations",
    "list_inbound_connectors",
    "list_ingestions",
    "list_knowledge_base_refresh_schedules",
    "list_knowledge_bases",
    "list_limits_profiles",
    "list_namespaces",
    "list_o_auth_client_applications",
    "list_principals_for_policy",
    "list_refresh_schedules",
    "list_role_memberships",
    "list_self_upgrades",
    "list_space_resources",
    "list_spaces",
    "list_tags_for_resource",
    "list_template_aliases",
    "list_template_versions",
    "list_templates",
    "list_theme_aliases",
    "list_theme_versions",
    "list_themes",
    "list_topic_refresh_schedules",
    "list_topic_reviewed_answers",
    "list_topics",
    "list_topics_v2",
    "list_user_groups",
    "list_users",
    "list_users_index_capacity",
    "list_vpc_connections",
    "predict_qa_results",
    "put_data_set_refresh_properties",
    "put_policy_assignment",
    "register_user",
    "restore_analysis",
    "search_action_connectors",
    "search_agents",
    "search_analyses",
    "search_apps",
    "search_dashboards",
    "search_data_sets",
    "search_data_sources",
    "search_flows",
    "search_folders",
    "search_groups",
    "search_knowledge_bases",
    "search_spaces",
    "search_topics",
    "search_topics_v2",
    "start_asset_bundle_export_job",
    "start_asset_bundle_import_job",
    "start_automation_job",
    "start_dashboard_snapshot_job",
    "start_dashboard_snapshot_job_schedule",
    "tag_resource",
    "untag_resource",
    "update_access_control_application",
    "update_access_control_application_secret",
    "update_account_custom_permission",
    "update_account_customization",
    "update_account_settings",
    "update_action_connector",
    "update_action_connector_permissions",
    "update_agent",
    "update_agent_permissions",
    "update_analysis",
    "update_analysis_permissions",
    "update_app_permissions",
    "update_application_with_token_exchange_grant",
    "update_approval_policy",
    "update_brand",
    "update_brand_assignment",
    "update_brand_published_version",
    "update_custom_permissions",
    "update_dashboard",
    "update_dashboard_links",
    "update_dashboard_permissions",
    "update_dashboard_published_version",
    "update_dashboards_qa_configuration",
    "update_data_set",
    "update_data_set_permissions",
    "update_data_source",
    "update_data_source_permissions",
    "update_default_q_business_application",
    "update_dlp_setting",
    "update_flow",
    "update_flow_permissions",
    "update_folder",
    "update_folder_permissions",
    "update_group",
    "update_iam_policy_assignment",
    "update_identity_propagation_config",
    "update_inbound_connector",
    "update_inbound_connector_application_associations",
    "update_ip_restriction",
    "update_key_registration",
    "update_knowledge_base",
    "update_knowledge_base_permissions",
    "update_knowledge_base_refresh_schedule",
    "update_limits_profile",
    "update_o_auth_client_application",
    "update_public_sharing_settings",
    "update_q_personalization_configuration",
    "update_quick_sight_q_search_configuration",
    "update_refresh_schedule",
    "update_resource_permissions",
    "update_role_custom_permission",
    "update_self_upgrade",
    "update_self_upgrade_configuration",
    "update_space",
    "update_space_permissions",
    "update_space_resources",
    "update_spice_capacity_configuration",
    "update_template",
    "update_template_alias",
    "update_template_permissions",
    "update_theme",
    "update_theme_alias",
    "update_theme_permissions",
    "update_topic",
    "update_topic_permissions",
    "update_topic_permissions_v2",
    "update_topic_refresh_schedule",
    "update_topic_v2",
    "update_user",
    "update_user_custom_permission",
    "update_vpc_connection",
]
