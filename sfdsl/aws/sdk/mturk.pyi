"""Typed builders of the AWS SDK integration of mturk (``aws-sdk:mturk:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, T, X, Xi

AcceptQualificationRequestParameters = TypedDict(
    "AcceptQualificationRequestParameters",
    {
        "QualificationRequestId": S,
        "QualificationRequestId.$": str,
        "IntegerValue": I,
        "IntegerValue.$": str,
    },
    total=False,
)
ApproveAssignmentParameters = TypedDict(
    "ApproveAssignmentParameters",
    {
        "AssignmentId": S,
        "AssignmentId.$": str,
        "RequesterFeedback": S,
        "RequesterFeedback.$": str,
        "OverrideRejection": B,
        "OverrideRejection.$": str,
    },
    total=False,
)
AssociateQualificationWithWorkerParameters = TypedDict(
    "AssociateQualificationWithWorkerParameters",
    {
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "IntegerValue": I,
        "IntegerValue.$": str,
        "SendNotification": B,
        "SendNotification.$": str,
    },
    total=False,
)
CreateAdditionalAssignmentsForHITParameters = TypedDict(
    "CreateAdditionalAssignmentsForHITParameters",
    {
        "HitId": S,
        "HitId.$": str,
        "NumberOfAdditionalAssignments": I,
        "NumberOfAdditionalAssignments.$": str,
        "UniqueRequestToken": S,
        "UniqueRequestToken.$": str,
    },
    total=False,
)

class Locale(TypedDict, total=False):
    Country: S
    Subdivision: S

class QualificationRequirement(TypedDict, total=False):
    QualificationTypeId: S
    Comparator: S
    IntegerValues: L[Ii]
    LocaleValues: L[Xi[Locale]]
    RequiredToPreview: B
    ActionsGuarded: S

class ParameterMapEntry(TypedDict, total=False):
    Key: S
    Values: L[Si]

class PolicyParameter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MapEntries: L[Xi[ParameterMapEntry]]

class ReviewPolicy(TypedDict, total=False):
    PolicyName: S
    Parameters: L[Xi[PolicyParameter]]

class HITLayoutParameter(TypedDict, total=False):
    Name: S
    Value: S

CreateHITParameters = TypedDict(
    "CreateHITParameters",
    {
        "MaxAssignments": I,
        "MaxAssignments.$": str,
        "AutoApprovalDelayInSeconds": I,
        "AutoApprovalDelayInSeconds.$": str,
        "LifetimeInSeconds": I,
        "LifetimeInSeconds.$": str,
        "AssignmentDurationInSeconds": I,
        "AssignmentDurationInSeconds.$": str,
        "Reward": S,
        "Reward.$": str,
        "Title": S,
        "Title.$": str,
        "Keywords": S,
        "Keywords.$": str,
        "Description": S,
        "Description.$": str,
        "Question": S,
        "Question.$": str,
        "RequesterAnnotation": S,
        "RequesterAnnotation.$": str,
        "QualificationRequirements": L[Xi[QualificationRequirement]],
        "QualificationRequirements.$": str,
        "UniqueRequestToken": S,
        "UniqueRequestToken.$": str,
        "AssignmentReviewPolicy": X[ReviewPolicy],
        "AssignmentReviewPolicy.$": str,
        "HitReviewPolicy": X[ReviewPolicy],
        "HitReviewPolicy.$": str,
        "HitLayoutId": S,
        "HitLayoutId.$": str,
        "HitLayoutParameters": L[Xi[HITLayoutParameter]],
        "HitLayoutParameters.$": str,
    },
    total=False,
)
CreateHITTypeParameters = TypedDict(
    "CreateHITTypeParameters",
    {
        "AutoApprovalDelayInSeconds": I,
        "AutoApprovalDelayInSeconds.$": str,
        "AssignmentDurationInSeconds": I,
        "AssignmentDurationInSeconds.$": str,
        "Reward": S,
        "Reward.$": str,
        "Title": S,
        "Title.$": str,
        "Keywords": S,
        "Keywords.$": str,
        "Description": S,
        "Description.$": str,
        "QualificationRequirements": L[Xi[QualificationRequirement]],
        "QualificationRequirements.$": str,
    },
    total=False,
)
CreateHITWithHITTypeParameters = TypedDict(
    "CreateHITWithHITTypeParameters",
    {
        "HitTypeId": S,
        "HitTypeId.$": str,
        "MaxAssignments": I,
        "MaxAssignments.$": str,
        "LifetimeInSeconds": I,
        "LifetimeInSeconds.$": str,
        "Question": S,
        "Question.$": str,
        "RequesterAnnotation": S,
        "RequesterAnnotation.$": str,
        "UniqueRequestToken": S,
        "UniqueRequestToken.$": str,
        "AssignmentReviewPolicy": X[ReviewPolicy],
        "AssignmentReviewPolicy.$": str,
        "HitReviewPolicy": X[ReviewPolicy],
        "HitReviewPolicy.$": str,
        "HitLayoutId": S,
        "HitLayoutId.$": str,
        "HitLayoutParameters": L[Xi[HITLayoutParameter]],
        "HitLayoutParameters.$": str,
    },
    total=False,
)
CreateQualificationTypeParameters = TypedDict(
    "CreateQualificationTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Keywords": S,
        "Keywords.$": str,
        "Description": S,
        "Description.$": str,
        "QualificationTypeStatus": S,
        "QualificationTypeStatus.$": str,
        "RetryDelayInSeconds": I,
        "RetryDelayInSeconds.$": str,
        "Test": S,
        "Test.$": str,
        "AnswerKey": S,
        "AnswerKey.$": str,
        "TestDurationInSeconds": I,
        "TestDurationInSeconds.$": str,
        "AutoGranted": B,
        "AutoGranted.$": str,
        "AutoGrantedValue": I,
        "AutoGrantedValue.$": str,
    },
    total=False,
)
CreateWorkerBlockParameters = TypedDict(
    "CreateWorkerBlockParameters",
    {"WorkerId": S, "WorkerId.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
DeleteHITParameters = TypedDict("DeleteHITParameters", {"HitId": S, "HitId.$": str}, total=False)
DeleteQualificationTypeParameters = TypedDict(
    "DeleteQualificationTypeParameters",
    {"QualificationTypeId": S, "QualificationTypeId.$": str},
    total=False,
)
DeleteWorkerBlockParameters = TypedDict(
    "DeleteWorkerBlockParameters",
    {"WorkerId": S, "WorkerId.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
DisassociateQualificationFromWorkerParameters = TypedDict(
    "DisassociateQualificationFromWorkerParameters",
    {
        "WorkerId": S,
        "WorkerId.$": str,
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)

class GetAccountBalanceParameters(TypedDict, total=False): ...

GetAssignmentParameters = TypedDict(
    "GetAssignmentParameters", {"AssignmentId": S, "AssignmentId.$": str}, total=False
)
GetFileUploadURLParameters = TypedDict(
    "GetFileUploadURLParameters",
    {
        "AssignmentId": S,
        "AssignmentId.$": str,
        "QuestionIdentifier": S,
        "QuestionIdentifier.$": str,
    },
    total=False,
)
GetHITParameters = TypedDict("GetHITParameters", {"HitId": S, "HitId.$": str}, total=False)
GetQualificationScoreParameters = TypedDict(
    "GetQualificationScoreParameters",
    {"QualificationTypeId": S, "QualificationTypeId.$": str, "WorkerId": S, "WorkerId.$": str},
    total=False,
)
GetQualificationTypeParameters = TypedDict(
    "GetQualificationTypeParameters",
    {"QualificationTypeId": S, "QualificationTypeId.$": str},
    total=False,
)
ListAssignmentsForHITParameters = TypedDict(
    "ListAssignmentsForHITParameters",
    {
        "HitId": S,
        "HitId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssignmentStatuses": L[Si],
        "AssignmentStatuses.$": str,
    },
    total=False,
)
ListBonusPaymentsParameters = TypedDict(
    "ListBonusPaymentsParameters",
    {
        "HitId": S,
        "HitId.$": str,
        "AssignmentId": S,
        "AssignmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHITsParameters = TypedDict(
    "ListHITsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListHITsForQualificationTypeParameters = TypedDict(
    "ListHITsForQualificationTypeParameters",
    {
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQualificationRequestsParameters = TypedDict(
    "ListQualificationRequestsParameters",
    {
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQualificationTypesParameters = TypedDict(
    "ListQualificationTypesParameters",
    {
        "Query": S,
        "Query.$": str,
        "MustBeRequestable": B,
        "MustBeRequestable.$": str,
        "MustBeOwnedByCaller": B,
        "MustBeOwnedByCaller.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReviewPolicyResultsForHITParameters = TypedDict(
    "ListReviewPolicyResultsForHITParameters",
    {
        "HitId": S,
        "HitId.$": str,
        "PolicyLevels": L[Si],
        "PolicyLevels.$": str,
        "RetrieveActions": B,
        "RetrieveActions.$": str,
        "RetrieveResults": B,
        "RetrieveResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReviewableHITsParameters = TypedDict(
    "ListReviewableHITsParameters",
    {
        "HitTypeId": S,
        "HitTypeId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkerBlocksParameters = TypedDict(
    "ListWorkerBlocksParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListWorkersWithQualificationTypeParameters = TypedDict(
    "ListWorkersWithQualificationTypeParameters",
    {
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
NotifyWorkersParameters = TypedDict(
    "NotifyWorkersParameters",
    {
        "Subject": S,
        "Subject.$": str,
        "MessageText": S,
        "MessageText.$": str,
        "WorkerIds": L[Si],
        "WorkerIds.$": str,
    },
    total=False,
)
RejectAssignmentParameters = TypedDict(
    "RejectAssignmentParameters",
    {"AssignmentId": S, "AssignmentId.$": str, "RequesterFeedback": S, "RequesterFeedback.$": str},
    total=False,
)
RejectQualificationRequestParameters = TypedDict(
    "RejectQualificationRequestParameters",
    {"QualificationRequestId": S, "QualificationRequestId.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
SendBonusParameters = TypedDict(
    "SendBonusParameters",
    {
        "WorkerId": S,
        "WorkerId.$": str,
        "BonusAmount": S,
        "BonusAmount.$": str,
        "AssignmentId": S,
        "AssignmentId.$": str,
        "Reason": S,
        "Reason.$": str,
        "UniqueRequestToken": S,
        "UniqueRequestToken.$": str,
    },
    total=False,
)

class NotificationSpecification(TypedDict, total=False):
    Destination: S
    Transport: S
    Version: S
    EventTypes: L[Si]

SendTestEventNotificationParameters = TypedDict(
    "SendTestEventNotificationParameters",
    {
        "Notification": X[NotificationSpecification],
        "Notification.$": str,
        "TestEventType": S,
        "TestEventType.$": str,
    },
    total=False,
)
UpdateExpirationForHITParameters = TypedDict(
    "UpdateExpirationForHITParameters",
    {"HitId": S, "HitId.$": str, "ExpireAt": T, "ExpireAt.$": str},
    total=False,
)
UpdateHITReviewStatusParameters = TypedDict(
    "UpdateHITReviewStatusParameters",
    {"HitId": S, "HitId.$": str, "Revert": B, "Revert.$": str},
    total=False,
)
UpdateHITTypeOfHITParameters = TypedDict(
    "UpdateHITTypeOfHITParameters",
    {"HitId": S, "HitId.$": str, "HitTypeId": S, "HitTypeId.$": str},
    total=False,
)
UpdateNotificationSettingsParameters = TypedDict(
    "UpdateNotificationSettingsParameters",
    {
        "HitTypeId": S,
        "HitTypeId.$": str,
        "Notification": X[NotificationSpecification],
        "Notification.$": str,
        "Active": B,
        "Active.$": str,
    },
    total=False,
)
UpdateQualificationTypeParameters = TypedDict(
    "UpdateQualificationTypeParameters",
    {
        "QualificationTypeId": S,
        "QualificationTypeId.$": str,
        "Description": S,
        "Description.$": str,
        "QualificationTypeStatus": S,
        "QualificationTypeStatus.$": str,
        "Test": S,
        "Test.$": str,
        "AnswerKey": S,
        "AnswerKey.$": str,
        "TestDurationInSeconds": I,
        "TestDurationInSeconds.$": str,
        "RetryDelayInSeconds": I,
        "RetryDelayInSeconds.$": str,
        "AutoGranted": B,
        "AutoGranted.$": str,
        "AutoGrantedValue": I,
        "AutoGrantedValue.$": str,
    },
    total=False,
)
accept_qualification_request: Builder[AcceptQualificationRequestParameters]
approve_assignment: Builder[ApproveAssignmentParameters]
associate_qualification_with_worker: Builder[AssociateQualificationWithWorkerParameters]
create_additional_assignments_for_hit: Builder[CreateAdditionalAssignmentsForHITParameters]
create_hit: Builder[CreateHITParameters]
create_hit_type: Builder[CreateHITTypeParameters]
create_hit_with_hit_type: Builder[CreateHITWithHITTypeParameters]
create_qualification_type: Builder[CreateQualificationTypeParameters]
create_worker_block: Builder[CreateWorkerBlockParameters]
delete_hit: Builder[DeleteHITParameters]
delete_qualification_type: Builder[DeleteQualificationTypeParameters]
delete_worker_block: Builder[DeleteWorkerBlockParameters]
disassociate_qualification_from_worker: Builder[DisassociateQualificationFromWorkerParameters]
get_account_balance: Builder[GetAccountBalanceParameters]
get_assignment: Builder[GetAssignmentParameters]
get_file_upload_url: Builder[GetFileUploadURLParameters]
get_hit: Builder[GetHITParameters]
get_qualification_score: Builder[GetQualificationScoreParameters]
get_qualification_type: Builder[GetQualificationTypeParameters]
list_assignments_for_hit: Builder[ListAssignmentsForHITParameters]
list_bonus_payments: Builder[ListBonusPaymentsParameters]
list_hi_ts: Builder[ListHITsParameters]
list_hi_ts_for_qualification_type: Builder[ListHITsForQualificationTypeParameters]
list_qualification_requests: Builder[ListQualificationRequestsParameters]
list_qualification_types: Builder[ListQualificationTypesParameters]
list_review_policy_results_for_hit: Builder[ListReviewPolicyResultsForHITParameters]
list_reviewable_hi_ts: Builder[ListReviewableHITsParameters]
list_worker_blocks: Builder[ListWorkerBlocksParameters]
list_workers_with_qualification_type: Builder[ListWorkersWithQualificationTypeParameters]
notify_workers: Builder[NotifyWorkersParameters]
reject_assignment: Builder[RejectAssignmentParameters]
reject_qualification_request: Builder[RejectQualificationRequestParameters]
send_bonus: Builder[SendBonusParameters]
send_test_event_notification: Builder[SendTestEventNotificationParameters]
update_expiration_for_hit: Builder[UpdateExpirationForHITParameters]
update_hit_review_status: Builder[UpdateHITReviewStatusParameters]
update_hit_type_of_hit: Builder[UpdateHITTypeOfHITParameters]
update_notification_settings: Builder[UpdateNotificationSettingsParameters]
update_qualification_type: Builder[UpdateQualificationTypeParameters]

__all__ = [
    "accept_qualification_request",
    "approve_assignment",
    "associate_qualification_with_worker",
    "create_additional_assignments_for_hit",
    "create_hit",
    "create_hit_type",
    "create_hit_with_hit_type",
    "create_qualification_type",
    "create_worker_block",
    "delete_hit",
    "delete_qualification_type",
    "delete_worker_block",
    "disassociate_qualification_from_worker",
    "get_account_balance",
    "get_assignment",
    "get_file_upload_url",
    "get_hit",
    "get_qualification_score",
    "get_qualification_type",
    "list_assignments_for_hit",
    "list_bonus_payments",
    "list_hi_ts",
    "list_hi_ts_for_qualification_type",
    "list_qualification_requests",
    "list_qualification_types",
    "list_review_policy_results_for_hit",
    "list_reviewable_hi_ts",
    "list_worker_blocks",
    "list_workers_with_qualification_type",
    "notify_workers",
    "reject_assignment",
    "reject_qualification_request",
    "send_bonus",
    "send_test_event_notification",
    "update_expiration_for_hit",
    "update_hit_review_status",
    "update_hit_type_of_hit",
    "update_notification_settings",
    "update_qualification_type",
]
