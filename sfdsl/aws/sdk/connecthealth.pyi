"""Typed builders of the AWS SDK integration of connecthealth (``aws-sdk:connecthealth:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

ActivateSubscriptionParameters = TypedDict(
    "ActivateSubscriptionParameters",
    {"DomainId": S, "DomainId.$": str, "SubscriptionId": S, "SubscriptionId.$": str},
    total=False,
)

class MedicalCodingDatasetConfig(TypedDict, total=False):
    S3InputPath: S
    S3OutputPath: S

class DatasetConfig(TypedDict, total=False):
    MedicalCoding: X[MedicalCodingDatasetConfig]

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Config": X[DatasetConfig],
        "Config.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CreateWebAppConfiguration(TypedDict, total=False):
    EhrRole: S
    IdcInstanceId: S
    IdcRegion: S

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "Name": S,
        "Name.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "WebAppSetupConfiguration": X[CreateWebAppConfiguration],
        "WebAppSetupConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSubscriptionParameters = TypedDict(
    "CreateSubscriptionParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DeactivateSubscriptionParameters = TypedDict(
    "DeactivateSubscriptionParameters",
    {"DomainId": S, "DomainId.$": str, "SubscriptionId": S, "SubscriptionId.$": str},
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters",
    {"DomainId": S, "DomainId.$": str, "DatasetId": S, "DatasetId.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetDatasetParameters = TypedDict(
    "GetDatasetParameters",
    {"DomainId": S, "DomainId.$": str, "DatasetId": S, "DatasetId.$": str},
    total=False,
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetMedicalCodingJobParameters = TypedDict(
    "GetMedicalCodingJobParameters",
    {"DomainId": S, "DomainId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetMedicalScribeListeningSessionParameters = TypedDict(
    "GetMedicalScribeListeningSessionParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "SubscriptionId": S,
        "SubscriptionId.$": str,
    },
    total=False,
)
GetPatientInsightsJobParameters = TypedDict(
    "GetPatientInsightsJobParameters",
    {"DomainId": S, "DomainId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetSubscriptionParameters = TypedDict(
    "GetSubscriptionParameters",
    {"DomainId": S, "DomainId.$": str, "SubscriptionId": S, "SubscriptionId.$": str},
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
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

class MedicalCodesPatientContext(TypedDict, total=False):
    Sex: S
    Status: S
    DateOfBirth: S
    Insurance: S

class MedicalCodesEncounterContext(TypedDict, total=False):
    EncounterType: S
    EncounterReason: S
    AfterHours: B
    EncounterDate: S
    EncounterDurationMinutes: I

class MedicalCodingOutputDataConfig(TypedDict, total=False):
    S3OutputPath: S

StartMedicalCodingJobParameters = TypedDict(
    "StartMedicalCodingJobParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Text": S,
        "Text.$": str,
        "PatientContext": X[MedicalCodesPatientContext],
        "PatientContext.$": str,
        "EncounterContext": X[MedicalCodesEncounterContext],
        "EncounterContext.$": str,
        "OutputDataConfig": X[MedicalCodingOutputDataConfig],
        "OutputDataConfig.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MedicalScribeAudioEvent(TypedDict, total=False):
    AudioChunk: S

class MedicalScribeBinaryAudioEvent(TypedDict, total=False):
    AudioChunk: S

class MedicalScribeSessionControlEvent(TypedDict, total=False):
    Type: S

class ManagedTemplate(TypedDict, total=False):
    TemplateType: S

class TemplateSectionInstruction(TypedDict, total=False):
    SectionHeader: S
    SectionInstruction: S

class CustomTemplate(TypedDict, total=False):
    TemplateType: S
    TemplateInstructions: L[Xi[TemplateSectionInstruction]]

class NoteTemplateSettings(TypedDict, total=False):
    ManagedTemplate: X[ManagedTemplate]
    CustomTemplate: X[CustomTemplate]

class ClinicalNoteGenerationSettings(TypedDict, total=False):
    NoteTemplateSettings: X[NoteTemplateSettings]

class MedicalCodeGenerationSettings(TypedDict, total=False):
    Enabled: B

class MedicalScribePostStreamActionSettings(TypedDict, total=False):
    OutputS3Uri: S
    ClinicalNoteGenerationSettings: X[ClinicalNoteGenerationSettings]
    MedicalCodeGenerationSettings: X[MedicalCodeGenerationSettings]

class MedicalScribeChannelDefinition(TypedDict, total=False):
    ChannelId: I
    ParticipantRole: S

class MedicalCodingContext(TypedDict, total=False):
    Sex: S
    Status: S
    DateOfBirth: S
    EncounterType: S
    EncounterReason: S
    AfterHours: B
    EncounterDate: S

class EncounterContext(TypedDict, total=False):
    UnstructuredContext: S
    MedicalCodingContext: X[MedicalCodingContext]

class MedicalScribeConfigurationEvent(TypedDict, total=False):
    PostStreamActionSettings: X[MedicalScribePostStreamActionSettings]
    ChannelDefinitions: L[Xi[MedicalScribeChannelDefinition]]
    EncounterContext: X[EncounterContext]

class MedicalScribeInputStream(TypedDict, total=False):
    AudioEvent: X[MedicalScribeAudioEvent]
    BinaryAudioEvent: X[MedicalScribeBinaryAudioEvent]
    SessionControlEvent: X[MedicalScribeSessionControlEvent]
    ConfigurationEvent: X[MedicalScribeConfigurationEvent]

StartMedicalScribeListeningSessionParameters = TypedDict(
    "StartMedicalScribeListeningSessionParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "SubscriptionId": S,
        "SubscriptionId.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "MediaSampleRateHertz": I,
        "MediaSampleRateHertz.$": str,
        "MediaEncoding": S,
        "MediaEncoding.$": str,
        "InputStream": X[MedicalScribeInputStream],
        "InputStream.$": str,
    },
    total=False,
)

class PatientInsightsPatientContext(TypedDict, total=False):
    PatientId: S
    DateOfBirth: S
    Pronouns: S

class InsightsContext(TypedDict, total=False):
    InsightsType: S

class PatientInsightsEncounterContext(TypedDict, total=False):
    EncounterReason: S

class UserContext(TypedDict, total=False):
    Role: S
    UserId: S
    Specialty: S

class FHIRServer(TypedDict, total=False):
    FhirEndpoint: S
    OauthToken: S

class S3Source(TypedDict, total=False):
    Uri: S

class InputDataConfig(TypedDict, total=False):
    FhirServer: X[FHIRServer]
    S3Sources: L[Xi[S3Source]]

class OutputDataConfig(TypedDict, total=False):
    S3OutputPath: S

StartPatientInsightsJobParameters = TypedDict(
    "StartPatientInsightsJobParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "PatientContext": X[PatientInsightsPatientContext],
        "PatientContext.$": str,
        "InsightsContext": X[InsightsContext],
        "InsightsContext.$": str,
        "EncounterContext": X[PatientInsightsEncounterContext],
        "EncounterContext.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SubmitFeedbackParameters = TypedDict(
    "SubmitFeedbackParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "ArtifactSourceId": S,
        "ArtifactSourceId.$": str,
        "SubscriptionId": S,
        "SubscriptionId.$": str,
        "ArtifactType": S,
        "ArtifactType.$": str,
        "SignedArtifactS3Uri": S,
        "SignedArtifactS3Uri.$": str,
        "GeneratedArtifactS3Uri": S,
        "GeneratedArtifactS3Uri.$": str,
        "Comments": S,
        "Comments.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
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
activate_subscription: Builder[ActivateSubscriptionParameters]
create_dataset: Builder[CreateDatasetParameters]
create_domain: Builder[CreateDomainParameters]
create_subscription: Builder[CreateSubscriptionParameters]
deactivate_subscription: Builder[DeactivateSubscriptionParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_domain: Builder[DeleteDomainParameters]
get_dataset: Builder[GetDatasetParameters]
get_domain: Builder[GetDomainParameters]
get_medical_coding_job: Builder[GetMedicalCodingJobParameters]
get_medical_scribe_listening_session: Builder[GetMedicalScribeListeningSessionParameters]
get_patient_insights_job: Builder[GetPatientInsightsJobParameters]
get_subscription: Builder[GetSubscriptionParameters]
list_datasets: Builder[ListDatasetsParameters]
list_domains: Builder[ListDomainsParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_medical_coding_job: Builder[StartMedicalCodingJobParameters]
start_medical_scribe_listening_session: Builder[StartMedicalScribeListeningSessionParameters]
start_patient_insights_job: Builder[StartPatientInsightsJobParameters]
submit_feedback: Builder[SubmitFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "activate_subscription",
    "create_dataset",
    "create_domain",
    "create_subscription",
    "deactivate_subscription",
    "delete_dataset",
    "delete_domain",
    "get_dataset",
    "get_domain",
    "get_medical_coding_job",
    "get_medical_scribe_listening_session",
    "get_patient_insights_job",
    "get_subscription",
    "list_datasets",
    "list_domains",
    "list_subscriptions",
    "list_tags_for_resource",
    "start_medical_coding_job",
    "start_medical_scribe_listening_session",
    "start_patient_insights_job",
    "submit_feedback",
    "tag_resource",
    "untag_resource",
]
