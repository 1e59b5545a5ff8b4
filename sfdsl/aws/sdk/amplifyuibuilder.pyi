"""Typed builders of the AWS SDK integration of amplifyuibuilder (``aws-sdk:amplifyuibuilder:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, X, Xi

class ComponentPropertyBindingProperties(TypedDict, total=False):
    Property: S
    Field: S

class FormBindingElement(TypedDict, total=False):
    Element: S
    Property: S

class ComponentConditionProperty(TypedDict, total=False):
    Property: S
    Field: S
    Operator: S
    Operand: S
    Then: X[ComponentProperty]
    ElseValue: X[ComponentProperty]
    OperandType: S

class ComponentProperty(TypedDict, total=False):
    Value: S
    BindingProperties: X[ComponentPropertyBindingProperties]
    CollectionBindingProperties: X[ComponentPropertyBindingProperties]
    DefaultValue: S
    Model: S
    Bindings: M[X[FormBindingElement]]
    Event: S
    UserAttribute: S
    Concat: L[Xi[ComponentProperty]]
    Condition: X[ComponentConditionProperty]
    Configured: B
    Type: S
    ImportedValue: S
    ComponentName: S
    Property: S

class MutationActionSetStateParameter(TypedDict, total=False):
    ComponentName: S
    Property: S
    Set: X[ComponentProperty]

class ActionParameters(TypedDict, total=False):
    Type: X[ComponentProperty]
    Url: X[ComponentProperty]
    Anchor: X[ComponentProperty]
    Target: X[ComponentProperty]
    Global: X[ComponentProperty]
    Model: S
    Id: X[ComponentProperty]
    Fields: M[X[ComponentProperty]]
    State: X[MutationActionSetStateParameter]

class ComponentEvent(TypedDict, total=False):
    Action: S
    Parameters: X[ActionParameters]
    BindingEvent: S

class ComponentChild(TypedDict, total=False):
    ComponentType: S
    Name: S
    Properties: M[X[ComponentProperty]]
    Children: L[Xi[ComponentChild]]
    Events: M[X[ComponentEvent]]
    SourceId: S

class ComponentVariant(TypedDict, total=False):
    VariantValues: M[S]
    Overrides: M[M[S]]

class Predicate(TypedDict, total=False):
    Or: L[Xi[Predicate]]
    And: L[Xi[Predicate]]
    Field: S
    Operator: S
    Operand: S
    OperandType: S

class ComponentBindingPropertiesValueProperties(TypedDict, total=False):
    Model: S
    Field: S
    Predicates: L[Xi[Predicate]]
    UserAttribute: S
    Bucket: S
    Key: S
    DefaultValue: S
    SlotName: S

class ComponentBindingPropertiesValue(TypedDict, total=False):
    Type: S
    BindingProperties: X[ComponentBindingPropertiesValueProperties]
    DefaultValue: S

class SortProperty(TypedDict, total=False):
    Field: S
    Direction: S

class ComponentDataConfiguration(TypedDict, total=False):
    Model: S
    Sort: L[Xi[SortProperty]]
    Predicate: X[Predicate]
    Identifiers: L[Si]

class CreateComponentData(TypedDict, total=False):
    Name: S
    SourceId: S
    ComponentType: S
    Properties: M[X[ComponentProperty]]
    Children: L[Xi[ComponentChild]]
    Variants: L[Xi[ComponentVariant]]
    Overrides: M[M[S]]
    BindingProperties: M[X[ComponentBindingPropertiesValue]]
    CollectionProperties: M[X[ComponentDataConfiguration]]
    Tags: M[S]
    Events: M[X[ComponentEvent]]
    SchemaVersion: S

CreateComponentParameters = TypedDict(
    "CreateComponentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ComponentToCreate": X[CreateComponentData],
        "ComponentToCreate.$": str,
    },
    total=False,
)

class FormDataTypeConfig(TypedDict, total=False):
    DataSourceType: S
    DataTypeName: S

class FieldPosition(TypedDict, total=False):
    Fixed: S
    RightOf: S
    Below: S

class FormInputValuePropertyBindingProperties(TypedDict, total=False):
    Property: S
    Field: S

class FormInputValueProperty(TypedDict, total=False):
    Value: S
    BindingProperties: X[FormInputValuePropertyBindingProperties]
    Concat: L[Xi[FormInputValueProperty]]

class ValueMapping(TypedDict, total=False):
    DisplayValue: X[FormInputValueProperty]
    Value: X[FormInputValueProperty]

class FormInputBindingPropertiesValueProperties(TypedDict, total=False):
    Model: S

class FormInputBindingPropertiesValue(TypedDict, total=False):
    Type: S
    BindingProperties: X[FormInputBindingPropertiesValueProperties]

class ValueMappings(TypedDict, total=False):
    Values: L[Xi[ValueMapping]]
    BindingProperties: M[X[FormInputBindingPropertiesValue]]

class FileUploaderFieldConfig(TypedDict, total=False):
    AccessLevel: S
    AcceptedFileTypes: L[Si]
    ShowThumbnails: B
    IsResumable: B
    MaxFileCount: I
    MaxSize: I

class FieldInputConfig(TypedDict, total=False):
    Type: S
    Required: B
    ReadOnly: B
    Placeholder: S
    DefaultValue: S
    DescriptiveText: S
    DefaultChecked: B
    DefaultCountryCode: S
    ValueMappings: X[ValueMappings]
    Name: S
    MinValue: F
    MaxValue: F
    Step: F
    Value: S
    IsArray: B
    FileUploaderConfig: X[FileUploaderFieldConfig]

class FieldValidationConfiguration(TypedDict, total=False):
    Type: S
    StrValues: L[Si]
    NumValues: L[Ii]
    ValidationMessage: S

class FieldConfig(TypedDict, total=False):
    Label: S
    Position: X[FieldPosition]
    Excluded: B
    InputType: X[FieldInputConfig]
    Validations: L[Xi[FieldValidationConfiguration]]

class FormStyleConfig(TypedDict, total=False):
    TokenReference: S
    Value: S

class FormStyle(TypedDict, total=False):
    HorizontalGap: X[FormStyleConfig]
    VerticalGap: X[FormStyleConfig]
    OuterPadding: X[FormStyleConfig]

class SectionalElement(TypedDict, total=False):
    Type: S
    Position: X[FieldPosition]
    Text: S
    Level: I
    Orientation: S
    Excluded: B

class FormButton(TypedDict, total=False):
    Excluded: B
    Children: S
    Position: X[FieldPosition]

class FormCTA(TypedDict, total=False):
    Position: S
    Clear: X[FormButton]
    Cancel: X[FormButton]
    Submit: X[FormButton]

class CreateFormData(TypedDict, total=False):
    Name: S
    DataType: X[FormDataTypeConfig]
    FormActionType: S
    Fields: M[X[FieldConfig]]
    Style: X[FormStyle]
    SectionalElements: M[X[SectionalElement]]
    SchemaVersion: S
    Cta: X[FormCTA]
    Tags: M[S]
    LabelDecorator: S

CreateFormParameters = TypedDict(
    "CreateFormParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FormToCreate": X[CreateFormData],
        "FormToCreate.$": str,
    },
    total=False,
)

class ThemeValue(TypedDict, total=False):
    Value: S
    Children: L[Xi[ThemeValues]]

class ThemeValues(TypedDict, total=False):
    Key: S
    Value: X[ThemeValue]

class CreateThemeData(TypedDict, total=False):
    Name: S
    Values: L[Xi[ThemeValues]]
    Overrides: L[Xi[ThemeValues]]
    Tags: M[S]

CreateThemeParameters = TypedDict(
    "CreateThemeParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ThemeToCreate": X[CreateThemeData],
        "ThemeToCreate.$": str,
    },
    total=False,
)
DeleteComponentParameters = TypedDict(
    "DeleteComponentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
DeleteFormParameters = TypedDict(
    "DeleteFormParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
DeleteThemeParameters = TypedDict(
    "DeleteThemeParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)

class ExchangeCodeForTokenRequestBody(TypedDict, total=False):
    Code: S
    RedirectUri: S
    ClientId: S

ExchangeCodeForTokenParameters = TypedDict(
    "ExchangeCodeForTokenParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Request": X[ExchangeCodeForTokenRequestBody],
        "Request.$": str,
    },
    total=False,
)
ExportComponentsParameters = TypedDict(
    "ExportComponentsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ExportFormsParameters = TypedDict(
    "ExportFormsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ExportThemesParameters = TypedDict(
    "ExportThemesParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCodegenJobParameters = TypedDict(
    "GetCodegenJobParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetComponentParameters = TypedDict(
    "GetComponentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetFormParameters = TypedDict(
    "GetFormParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetMetadataParameters = TypedDict(
    "GetMetadataParameters",
    {"AppId": S, "AppId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
GetThemeParameters = TypedDict(
    "GetThemeParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
ListCodegenJobsParameters = TypedDict(
    "ListCodegenJobsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFormsParameters = TypedDict(
    "ListFormsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
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
ListThemesParameters = TypedDict(
    "ListThemesParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PutMetadataFlagBody(TypedDict, total=False):
    NewValue: S

PutMetadataFlagParameters = TypedDict(
    "PutMetadataFlagParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
        "Body": X[PutMetadataFlagBody],
        "Body.$": str,
    },
    total=False,
)

class RefreshTokenRequestBody(TypedDict, total=False):
    Token: S
    ClientId: S

RefreshTokenParameters = TypedDict(
    "RefreshTokenParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "RefreshTokenBody": X[RefreshTokenRequestBody],
        "RefreshTokenBody.$": str,
    },
    total=False,
)

class GraphQLRenderConfig(TypedDict, total=False):
    TypesFilePath: S
    QueriesFilePath: S
    MutationsFilePath: S
    SubscriptionsFilePath: S
    FragmentsFilePath: S

class DataStoreRenderConfig(TypedDict, total=False): ...
class NoApiRenderConfig(TypedDict, total=False): ...

class ApiConfiguration(TypedDict, total=False):
    GraphQLConfig: X[GraphQLRenderConfig]
    DataStoreConfig: X[DataStoreRenderConfig]
    NoApiConfig: X[NoApiRenderConfig]

class ReactStartCodegenJobData(TypedDict, total=False):
    Module: S
    Target: S
    Script: S
    RenderTypeDeclarations: B
    InlineSourceMap: B
    ApiConfiguration: X[ApiConfiguration]
    Dependencies: M[S]

class CodegenJobRenderConfig(TypedDict, total=False):
    React: X[ReactStartCodegenJobData]

class CodegenGenericDataRelationshipType(TypedDict, total=False):
    Type: S
    RelatedModelName: S
    RelatedModelFields: L[Si]
    CanUnlinkAssociatedModel: B
    RelatedJoinFieldName: S
    RelatedJoinTableName: S
    BelongsToFieldOnRelatedModel: S
    AssociatedFields: L[Si]
    IsHasManyIndex: B

class CodegenGenericDataField(TypedDict, total=False):
    DataType: S
    DataTypeValue: S
    Required: B
    ReadOnly: B
    IsArray: B
    Relationship: X[CodegenGenericDataRelationshipType]

class CodegenGenericDataModel(TypedDict, total=False):
    Fields: M[X[CodegenGenericDataField]]
    IsJoinTable: B
    PrimaryKeys: L[Si]

class CodegenGenericDataEnum(TypedDict, total=False):
    Values: L[Si]

class CodegenGenericDataNonModel(TypedDict, total=False):
    Fields: M[X[CodegenGenericDataField]]

class CodegenJobGenericDataSchema(TypedDict, total=False):
    DataSourceType: S
    Models: M[X[CodegenGenericDataModel]]
    Enums: M[X[CodegenGenericDataEnum]]
    NonModels: M[X[CodegenGenericDataNonModel]]

class CodegenFeatureFlags(TypedDict, total=False):
    IsRelationshipSupported: B
    IsNonModelSupported: B

class StartCodegenJobData(TypedDict, total=False):
    RenderConfig: X[CodegenJobRenderConfig]
    GenericDataSchema: X[CodegenJobGenericDataSchema]
    AutoGenerateForms: B
    Features: X[CodegenFeatureFlags]
    Tags: M[S]

StartCodegenJobParameters = TypedDict(
    "StartCodegenJobParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CodegenJobToCreate": X[StartCodegenJobData],
        "CodegenJobToCreate.$": str,
    },
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

class UpdateComponentData(TypedDict, total=False):
    Id: S
    Name: S
    SourceId: S
    ComponentType: S
    Properties: M[X[ComponentProperty]]
    Children: L[Xi[ComponentChild]]
    Variants: L[Xi[ComponentVariant]]
    Overrides: M[M[S]]
    BindingProperties: M[X[ComponentBindingPropertiesValue]]
    CollectionProperties: M[X[ComponentDataConfiguration]]
    Events: M[X[ComponentEvent]]
    SchemaVersion: S

UpdateComponentParameters = TypedDict(
    "UpdateComponentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UpdatedComponent": X[UpdateComponentData],
        "UpdatedComponent.$": str,
    },
    total=False,
)

class UpdateFormData(TypedDict, total=False):
    Name: S
    DataType: X[FormDataTypeConfig]
    FormActionType: S
    Fields: M[X[FieldConfig]]
    Style: X[FormStyle]
    SectionalElements: M[X[SectionalElement]]
    SchemaVersion: S
    Cta: X[FormCTA]
    LabelDecorator: S

UpdateFormParameters = TypedDict(
    "UpdateFormParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UpdatedForm": X[UpdateFormData],
        "UpdatedForm.$": str,
    },
    total=False,
)

class UpdateThemeData(TypedDict, total=False):
    Id: S
    Name: S
    Values: L[Xi[ThemeValues]]
    Overrides: L[Xi[ThemeValues]]

UpdateThemeParameters = TypedDict(
    "UpdateThemeParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UpdatedTheme": X[UpdateThemeData],
        "UpdatedTheme.$": str,
    },
    total=False,
)
create_component: Builder[CreateComponentParameters]
create_form: Builder[CreateFormParameters]
create_theme: Builder[CreateThemeParameters]
delete_component: Builder[DeleteComponentParameters]
delete_form: Builder[DeleteFormParameters]
delete_theme: Builder[DeleteThemeParameters]
exchange_code_for_token: Builder[ExchangeCodeForTokenParameters]
export_components: Builder[ExportComponentsParameters]
export_forms: Builder[ExportFormsParameters]
export_themes: Builder[ExportThemesParameters]
get_codegen_job: Builder[GetCodegenJobParameters]
get_component: Builder[GetComponentParameters]
get_form: Builder[GetFormParameters]
get_metadata: Builder[GetMetadataParameters]
get_theme: Builder[GetThemeParameters]
list_codegen_jobs: Builder[ListCodegenJobsParameters]
list_components: Builder[ListComponentsParameters]
list_forms: Builder[ListFormsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_themes: Builder[ListThemesParameters]
put_metadata_flag: Builder[PutMetadataFlagParameters]
refresh_token: Builder[RefreshTokenParameters]
start_codegen_job: Builder[StartCodegenJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_component: Builder[UpdateComponentParameters]
update_form: Builder[UpdateFormParameters]
update_theme: Builder[UpdateThemeParameters]

__all__ = [
    "create_component",
    "create_form",
    "create_theme",
    "delete_component",
    "delete_form",
    "delete_theme",
    "exchange_code_for_token",
    "export_components",
    "export_forms",
    "export_themes",
    "get_codegen_job",
    "get_component",
    "get_form",
    "get_metadata",
    "get_theme",
    "list_codegen_jobs",
    "list_components",
    "list_forms",
    "list_tags_for_resource",
    "list_themes",
    "put_metadata_flag",
    "refresh_token",
    "start_codegen_job",
    "tag_resource",
    "untag_resource",
    "update_component",
    "update_form",
    "update_theme",
]
