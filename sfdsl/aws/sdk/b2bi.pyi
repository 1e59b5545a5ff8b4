"""Typed builders of the AWS SDK integration of b2bi (``aws-sdk:b2bi:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class X12Details(TypedDict, total=False):
    TransactionSet: S
    Version: S

class EdiType(TypedDict, total=False):
    X12Details: X[X12Details]

class S3Location(TypedDict, total=False):
    BucketName: S
    Key: S

class EdiConfiguration(TypedDict, total=False):
    CapabilityDirection: S
    Type: X[EdiType]
    InputLocation: X[S3Location]
    OutputLocation: X[S3Location]
    TransformerId: S

class CapabilityConfiguration(TypedDict, total=False):
    Edi: X[EdiConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCapabilityParameters = TypedDict(
    "CreateCapabilityParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Configuration": X[CapabilityConfiguration],
        "Configuration.$": str,
        "InstructionsDocuments": L[Xi[S3Location]],
        "InstructionsDocuments.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class X12InterchangeControlHeaders(TypedDict, total=False):
    SenderIdQualifier: S
    SenderId: S
    ReceiverIdQualifier: S
    ReceiverId: S
    RepetitionSeparator: S
    AcknowledgmentRequestedCode: S
    UsageIndicatorCode: S

class X12FunctionalGroupHeaders(TypedDict, total=False):
    ApplicationSenderCode: S
    ApplicationReceiverCode: S
    ResponsibleAgencyCode: S

class X12Delimiters(TypedDict, total=False):
    ComponentSeparator: S
    DataElementSeparator: S
    SegmentTerminator: S

class X12ControlNumbers(TypedDict, total=False):
    StartingInterchangeControlNumber: I
    StartingFunctionalGroupControlNumber: I
    StartingTransactionSetControlNumber: I

class X12OutboundEdiHeaders(TypedDict, total=False):
    InterchangeControlHeaders: X[X12InterchangeControlHeaders]
    FunctionalGroupHeaders: X[X12FunctionalGroupHeaders]
    Delimiters: X[X12Delimiters]
    ValidateEdi: B
    ControlNumbers: X[X12ControlNumbers]
    Gs05TimeFormat: S

class WrapOptions(TypedDict, total=False):
    WrapBy: S
    LineTerminator: S
    LineLength: I

class X12Envelope(TypedDict, total=False):
    Common: X[X12OutboundEdiHeaders]
    WrapOptions: X[WrapOptions]

class OutboundEdiOptions(TypedDict, total=False):
    X12: X[X12Envelope]

class X12AcknowledgmentOptions(TypedDict, total=False):
    FunctionalAcknowledgment: S
    TechnicalAcknowledgment: S

class X12InboundEdiOptions(TypedDict, total=False):
    AcknowledgmentOptions: X[X12AcknowledgmentOptions]

class InboundEdiOptions(TypedDict, total=False):
    X12: X[X12InboundEdiOptions]

class CapabilityOptions(TypedDict, total=False):
    OutboundEdi: X[OutboundEdiOptions]
    InboundEdi: X[InboundEdiOptions]

CreatePartnershipParameters = TypedDict(
    "CreatePartnershipParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Email": S,
        "Email.$": str,
        "Phone": S,
        "Phone.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "CapabilityOptions": X[CapabilityOptions],
        "CapabilityOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "Email": S,
        "Email.$": str,
        "Phone": S,
        "Phone.$": str,
        "BusinessName": S,
        "BusinessName.$": str,
        "Logging": S,
        "Logging.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TemplateDetails(TypedDict, total=False):
    X12: X[X12Details]

CreateStarterMappingTemplateParameters = TypedDict(
    "CreateStarterMappingTemplateParameters",
    {
        "OutputSampleLocation": X[S3Location],
        "OutputSampleLocation.$": str,
        "MappingType": S,
        "MappingType.$": str,
        "TemplateDetails": X[TemplateDetails],
        "TemplateDetails.$": str,
    },
    total=False,
)

class FormatOptions(TypedDict, total=False):
    X12: X[X12Details]

class X12SplitOptions(TypedDict, total=False):
    SplitBy: S

class X12CodeListValidationRule(TypedDict, total=False):
    ElementId: S
    CodesToAdd: L[Si]
    CodesToRemove: L[Si]

class X12ElementLengthValidationRule(TypedDict, total=False):
    ElementId: S
    MaxLength: I
    MinLength: I

class X12ElementRequirementValidationRule(TypedDict, total=False):
    ElementPosition: S
    Requirement: S

class X12ValidationRule(TypedDict, total=False):
    CodeListValidationRule: X[X12CodeListValidationRule]
    ElementLengthValidationRule: X[X12ElementLengthValidationRule]
    ElementRequirementValidationRule: X[X12ElementRequirementValidationRule]

class X12ValidationOptions(TypedDict, total=False):
    ValidationRules: L[Xi[X12ValidationRule]]

class X12AdvancedOptions(TypedDict, total=False):
    SplitOptions: X[X12SplitOptions]
    ValidationOptions: X[X12ValidationOptions]

class AdvancedOptions(TypedDict, total=False):
    X12: X[X12AdvancedOptions]

class InputConversion(TypedDict, total=False):
    FromFormat: S
    FormatOptions: X[FormatOptions]
    AdvancedOptions: X[AdvancedOptions]

class Mapping(TypedDict, total=False):
    TemplateLanguage: S
    Template: S

class OutputConversion(TypedDict, total=False):
    ToFormat: S
    FormatOptions: X[FormatOptions]
    AdvancedOptions: X[AdvancedOptions]

class SampleDocumentKeys(TypedDict, total=False):
    Input: S
    Output: S

class SampleDocuments(TypedDict, total=False):
    BucketName: S
    Keys: L[Xi[SampleDocumentKeys]]

CreateTransformerParameters = TypedDict(
    "CreateTransformerParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "MappingTemplate": S,
        "MappingTemplate.$": str,
        "EdiType": X[EdiType],
        "EdiType.$": str,
        "SampleDocument": S,
        "SampleDocument.$": str,
        "InputConversion": X[InputConversion],
        "InputConversion.$": str,
        "Mapping": X[Mapping],
        "Mapping.$": str,
        "OutputConversion": X[OutputConversion],
        "OutputConversion.$": str,
        "SampleDocuments": X[SampleDocuments],
        "SampleDocuments.$": str,
    },
    total=False,
)
DeleteCapabilityParameters = TypedDict(
    "DeleteCapabilityParameters", {"CapabilityId": S, "CapabilityId.$": str}, total=False
)
DeletePartnershipParameters = TypedDict(
    "DeletePartnershipParameters", {"PartnershipId": S, "PartnershipId.$": str}, total=False
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DeleteTransformerParameters = TypedDict(
    "DeleteTransformerParameters", {"TransformerId": S, "TransformerId.$": str}, total=False
)
GenerateMappingParameters = TypedDict(
    "GenerateMappingParameters",
    {
        "InputFileContent": S,
        "InputFileContent.$": str,
        "OutputFileContent": S,
        "OutputFileContent.$": str,
        "MappingType": S,
        "MappingType.$": str,
    },
    total=False,
)
GetCapabilityParameters = TypedDict(
    "GetCapabilityParameters", {"CapabilityId": S, "CapabilityId.$": str}, total=False
)
GetPartnershipParameters = TypedDict(
    "GetPartnershipParameters", {"PartnershipId": S, "PartnershipId.$": str}, total=False
)
GetProfileParameters = TypedDict(
    "GetProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
GetTransformerParameters = TypedDict(
    "GetTransformerParameters", {"TransformerId": S, "TransformerId.$": str}, total=False
)
GetTransformerJobParameters = TypedDict(
    "GetTransformerJobParameters",
    {"TransformerJobId": S, "TransformerJobId.$": str, "TransformerId": S, "TransformerId.$": str},
    total=False,
)
ListCapabilitiesParameters = TypedDict(
    "ListCapabilitiesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPartnershipsParameters = TypedDict(
    "ListPartnershipsParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProfilesParameters = TypedDict(
    "ListProfilesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListTransformersParameters = TypedDict(
    "ListTransformersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
StartTransformerJobParameters = TypedDict(
    "StartTransformerJobParameters",
    {
        "InputFile": X[S3Location],
        "InputFile.$": str,
        "OutputLocation": X[S3Location],
        "OutputLocation.$": str,
        "TransformerId": S,
        "TransformerId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class InputFileSource(TypedDict, total=False):
    FileContent: S

class ConversionSource(TypedDict, total=False):
    FileFormat: S
    InputFile: X[InputFileSource]

class ConversionTargetFormatDetails(TypedDict, total=False):
    X12: X[X12Details]

class OutputSampleFileSource(TypedDict, total=False):
    FileLocation: X[S3Location]

class ConversionTarget(TypedDict, total=False):
    FileFormat: S
    FormatDetails: X[ConversionTargetFormatDetails]
    OutputSampleFile: X[OutputSampleFileSource]
    AdvancedOptions: X[AdvancedOptions]

TestConversionParameters = TypedDict(
    "TestConversionParameters",
    {
        "Source": X[ConversionSource],
        "Source.$": str,
        "Target": X[ConversionTarget],
        "Target.$": str,
    },
    total=False,
)
TestMappingParameters = TypedDict(
    "TestMappingParameters",
    {
        "InputFileContent": S,
        "InputFileContent.$": str,
        "MappingTemplate": S,
        "MappingTemplate.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
    },
    total=False,
)
TestParsingParameters = TypedDict(
    "TestParsingParameters",
    {
        "InputFile": X[S3Location],
        "InputFile.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "EdiType": X[EdiType],
        "EdiType.$": str,
        "AdvancedOptions": X[AdvancedOptions],
        "AdvancedOptions.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCapabilityParameters = TypedDict(
    "UpdateCapabilityParameters",
    {
        "CapabilityId": S,
        "CapabilityId.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[CapabilityConfiguration],
        "Configuration.$": str,
        "InstructionsDocuments": L[Xi[S3Location]],
        "InstructionsDocuments.$": str,
    },
    total=False,
)
UpdatePartnershipParameters = TypedDict(
    "UpdatePartnershipParameters",
    {
        "PartnershipId": S,
        "PartnershipId.$": str,
        "Name": S,
        "Name.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "CapabilityOptions": X[CapabilityOptions],
        "CapabilityOptions.$": str,
    },
    total=False,
)
UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Email": S,
        "Email.$": str,
        "Phone": S,
        "Phone.$": str,
        "BusinessName": S,
        "BusinessName.$": str,
    },
    total=False,
)
UpdateTransformerParameters = TypedDict(
    "UpdateTransformerParameters",
    {
        "TransformerId": S,
        "TransformerId.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "MappingTemplate": S,
        "MappingTemplate.$": str,
        "EdiType": X[EdiType],
        "EdiType.$": str,
        "SampleDocument": S,
        "SampleDocument.$": str,
        "InputConversion": X[InputConversion],
        "InputConversion.$": str,
        "Mapping": X[Mapping],
        "Mapping.$": str,
        "OutputConversion": X[OutputConversion],
        "OutputConversion.$": str,
        "SampleDocuments": X[SampleDocuments],
        "SampleDocuments.$": str,
    },
    total=False,
)
create_capability: Builder[CreateCapabilityParameters]
create_partnership: Builder[CreatePartnershipParameters]
create_profile: Builder[CreateProfileParameters]
create_starter_mapping_template: Builder[CreateStarterMappingTemplateParameters]
create_transformer: Builder[CreateTransformerParameters]
delete_capability: Builder[DeleteCapabilityParameters]
delete_partnership: Builder[DeletePartnershipParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_transformer: Builder[DeleteTransformerParameters]
generate_mapping: Builder[GenerateMappingParameters]
get_capability: Builder[GetCapabilityParameters]
get_partnership: Builder[GetPartnershipParameters]
get_profile: Builder[GetProfileParameters]
get_transformer: Builder[GetTransformerParameters]
get_transformer_job: Builder[GetTransformerJobParameters]
list_capabilities: Builder[ListCapabilitiesParameters]
list_partnerships: Builder[ListPartnershipsParameters]
list_profiles: Builder[ListProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_transformers: Builder[ListTransformersParameters]
start_transformer_job: Builder[StartTransformerJobParameters]
tag_resource: Builder[TagResourceParameters]
test_conversion: Builder[TestConversionParameters]
test_mapping: Builder[TestMappingParameters]
test_parsing: Builder[TestParsingParameters]
untag_resource: Builder[UntagResourceParameters]
update_capability: Builder[UpdateCapabilityParameters]
update_partnership: Builder[UpdatePartnershipParameters]
update_profile: Builder[UpdateProfileParameters]
update_transformer: Builder[UpdateTransformerParameters]

__all__ = [
    "create_capability",
    "create_partnership",
    "create_profile",
    "create_starter_mapping_template",
    "create_transformer",
    "delete_capability",
    "delete_partnership",
    "delete_profile",
    "delete_transformer",
    "generate_mapping",
    "get_capability",
    "get_partnership",
    "get_profile",
    "get_transformer",
    "get_transformer_job",
    "list_capabilities",
    "list_partnerships",
    "list_profiles",
    "list_tags_for_resource",
    "list_transformers",
    "start_transformer_job",
    "tag_resource",
    "test_conversion",
    "test_mapping",
    "test_parsing",
    "untag_resource",
    "update_capability",
    "update_partnership",
    "update_profile",
    "update_transformer",
]
