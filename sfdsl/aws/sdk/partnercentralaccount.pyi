"""Typed builders of the AWS SDK integration of partnercentralaccount (``aws-sdk:partnercentralaccount:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

AcceptConnectionInvitationParameters = TypedDict(
    "AcceptConnectionInvitationParameters",
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
AssociateAwsTrainingCertificationEmailDomainParameters = TypedDict(
    "AssociateAwsTrainingCertificationEmailDomainParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Email": S,
        "Email.$": str,
        "EmailVerificationCode": S,
        "EmailVerificationCode.$": str,
    },
    total=False,
)
CancelConnectionParameters = TypedDict(
    "CancelConnectionParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "Reason": S,
        "Reason.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelConnectionInvitationParameters = TypedDict(
    "CancelConnectionInvitationParameters",
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
CancelProfileUpdateTaskParameters = TypedDict(
    "CancelProfileUpdateTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TaskId": S,
        "TaskId.$": str,
    },
    total=False,
)
CreateConnectionInvitationParameters = TypedDict(
    "CreateConnectionInvitationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "Email": S,
        "Email.$": str,
        "Message": S,
        "Message.$": str,
        "Name": S,
        "Name.$": str,
        "ReceiverIdentifier": S,
        "ReceiverIdentifier.$": str,
    },
    total=False,
)

class AllianceLeadContact(TypedDict, total=False):
    FirstName: S
    LastName: S
    Email: S
    BusinessTitle: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePartnerParameters = TypedDict(
    "CreatePartnerParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LegalName": S,
        "LegalName.$": str,
        "PrimarySolutionType": S,
        "PrimarySolutionType.$": str,
        "AllianceLeadContact": X[AllianceLeadContact],
        "AllianceLeadContact.$": str,
        "EmailVerificationCode": S,
        "EmailVerificationCode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DisassociateAwsTrainingCertificationEmailDomainParameters = TypedDict(
    "DisassociateAwsTrainingCertificationEmailDomainParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
GetAllianceLeadContactParameters = TypedDict(
    "GetAllianceLeadContactParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetConnectionInvitationParameters = TypedDict(
    "GetConnectionInvitationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetConnectionPreferencesParameters = TypedDict(
    "GetConnectionPreferencesParameters", {"Catalog": S, "Catalog.$": str}, total=False
)
GetPartnerParameters = TypedDict(
    "GetPartnerParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetProfileUpdateTaskParameters = TypedDict(
    "GetProfileUpdateTaskParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetProfileVisibilityParameters = TypedDict(
    "GetProfileVisibilityParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetQualificationsAssociationDetailsParameters = TypedDict(
    "GetQualificationsAssociationDetailsParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetQualificationsAssociationTaskParameters = TypedDict(
    "GetQualificationsAssociationTaskParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetQualificationsDisassociationTaskParameters = TypedDict(
    "GetQualificationsDisassociationTaskParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetVerificationParameters = TypedDict(
    "GetVerificationParameters", {"VerificationType": S, "VerificationType.$": str}, total=False
)
ListConnectionInvitationsParameters = TypedDict(
    "ListConnectionInvitationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OtherParticipantIdentifiers": L[Si],
        "OtherParticipantIdentifiers.$": str,
        "ParticipantType": S,
        "ParticipantType.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OtherParticipantIdentifiers": L[Si],
        "OtherParticipantIdentifiers.$": str,
    },
    total=False,
)
ListPartnersParameters = TypedDict(
    "ListPartnersParameters",
    {"Catalog": S, "Catalog.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutAllianceLeadContactParameters = TypedDict(
    "PutAllianceLeadContactParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AllianceLeadContact": X[AllianceLeadContact],
        "AllianceLeadContact.$": str,
        "EmailVerificationCode": S,
        "EmailVerificationCode.$": str,
    },
    total=False,
)
PutProfileVisibilityParameters = TypedDict(
    "PutProfileVisibilityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
RejectConnectionInvitationParameters = TypedDict(
    "RejectConnectionInvitationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
SendEmailVerificationCodeParameters = TypedDict(
    "SendEmailVerificationCodeParameters",
    {"Catalog": S, "Catalog.$": str, "Email": S, "Email.$": str},
    total=False,
)

class LocalizedContent(TypedDict, total=False):
    DisplayName: S
    Description: S
    WebsiteUrl: S
    LogoUrl: S
    Locale: S

class Headquarters(TypedDict, total=False):
    CountryCode: S
    SubdivisionCode: S

class TaskDetails(TypedDict, total=False):
    DisplayName: S
    Description: S
    WebsiteUrl: S
    LogoUrl: S
    PrimarySolutionType: S
    IndustrySegments: L[Si]
    TranslationSourceLocale: S
    LocalizedContents: L[Xi[LocalizedContent]]
    Headquarters: X[Headquarters]

StartProfileUpdateTaskParameters = TypedDict(
    "StartProfileUpdateTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TaskDetails": X[TaskDetails],
        "TaskDetails.$": str,
    },
    total=False,
)

class QualificationsAssociationPartner(TypedDict, total=False):
    ProfileId: S
    AccountId: S

StartQualificationsAssociationTaskParameters = TypedDict(
    "StartQualificationsAssociationTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PrimaryPartner": X[QualificationsAssociationPartner],
        "PrimaryPartner.$": str,
    },
    total=False,
)
StartQualificationsDisassociationTaskParameters = TypedDict(
    "StartQualificationsDisassociationTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AssociatedPartner": X[QualificationsAssociationPartner],
        "AssociatedPartner.$": str,
    },
    total=False,
)

class BusinessVerificationDetails(TypedDict, total=False):
    LegalName: S
    RegistrationId: S
    CountryCode: S
    JurisdictionOfIncorporation: S

class RegistrantVerificationDetails(TypedDict, total=False): ...

class VerificationDetails(TypedDict, total=False):
    BusinessVerificationDetails: X[BusinessVerificationDetails]
    RegistrantVerificationDetails: X[RegistrantVerificationDetails]

StartVerificationParameters = TypedDict(
    "StartVerificationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VerificationDetails": X[VerificationDetails],
        "VerificationDetails.$": str,
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
UpdateConnectionPreferencesParameters = TypedDict(
    "UpdateConnectionPreferencesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Revision": I,
        "Revision.$": str,
        "AccessType": S,
        "AccessType.$": str,
        "ExcludedParticipantIdentifiers": L[Si],
        "ExcludedParticipantIdentifiers.$": str,
    },
    total=False,
)
accept_connection_invitation: Builder[AcceptConnectionInvitationParameters]
associate_aws_training_certification_email_domain: Builder[
    AssociateAwsTrainingCertificationEmailDomainParameters
]
cancel_connection: Builder[CancelConnectionParameters]
cancel_connection_invitation: Builder[CancelConnectionInvitationParameters]
cancel_profile_update_task: Builder[CancelProfileUpdateTaskParameters]
create_connection_invitation: Builder[CreateConnectionInvitationParameters]
create_partner: Builder[CreatePartnerParameters]
disassociate_aws_training_certification_email_domain: Builder[
    DisassociateAwsTrainingCertificationEmailDomainParameters
]
get_alliance_lead_contact: Builder[GetAllianceLeadContactParameters]
get_connection: Builder[GetConnectionParameters]
get_connection_invitation: Builder[GetConnectionInvitationParameters]
get_connection_preferences: Builder[GetConnectionPreferencesParameters]
get_partner: Builder[GetPartnerParameters]
get_profile_update_task: Builder[GetProfileUpdateTaskParameters]
get_profile_visibility: Builder[GetProfileVisibilityParameters]
get_qualifications_association_details: Builder[GetQualificationsAssociationDetailsParameters]
get_qualifications_association_task: Builder[GetQualificationsAssociationTaskParameters]
get_qualifications_disassociation_task: Builder[GetQualificationsDisassociationTaskParameters]
get_verification: Builder[GetVerificationParameters]
list_connection_invitations: Builder[ListConnectionInvitationsParameters]
list_connections: Builder[ListConnectionsParameters]
list_partners: Builder[ListPartnersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_alliance_lead_contact: Builder[PutAllianceLeadContactParameters]
put_profile_visibility: Builder[PutProfileVisibilityParameters]
reject_connection_invitation: Builder[RejectConnectionInvitationParameters]
send_email_verification_code: Builder[SendEmailVerificationCodeParameters]
start_profile_update_task: Builder[StartProfileUpdateTaskParameters]
start_qualifications_association_task: Builder[StartQualificationsAssociationTaskParameters]
start_qualifications_disassociation_task: Builder[StartQualificationsDisassociationTaskParameters]
start_verification: Builder[StartVerificationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connection_preferences: Builder[UpdateConnectionPreferencesParameters]

__all__ = [
    "accept_connection_invitation",
    "associate_aws_training_certification_email_domain",
    "cancel_connection",
    "cancel_connection_invitation",
    "cancel_profile_update_task",
    "create_connection_invitation",
    "create_partner",
    "disassociate_aws_training_certification_email_domain",
    "get_alliance_lead_contact",
    "get_connection",
    "get_connection_invitation",
    "get_connection_preferences",
    "get_partner",
    "get_profile_update_task",
    "get_profile_visibility",
    "get_qualifications_association_details",
    "get_qualifications_association_task",
    "get_qualifications_disassociation_task",
    "get_verification",
    "list_connection_invitations",
    "list_connections",
    "list_partners",
    "list_tags_for_resource",
    "put_alliance_lead_contact",
    "put_profile_visibility",
    "reject_connection_invitation",
    "send_email_verification_code",
    "start_profile_update_task",
    "start_qualifications_association_task",
    "start_qualifications_disassociation_task",
    "start_verification",
    "tag_resource",
    "untag_resource",
    "update_connection_preferences",
]
