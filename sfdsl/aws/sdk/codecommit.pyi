"""Typed builders of the AWS SDK integration of codecommit (``aws-sdk:codecommit:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateApprovalRuleTemplateWithRepositoryParameters = TypedDict(
    "AssociateApprovalRuleTemplateWithRepositoryParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
    },
    total=False,
)
BatchAssociateApprovalRuleTemplateWithRepositoriesParameters = TypedDict(
    "BatchAssociateApprovalRuleTemplateWithRepositoriesParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "RepositoryNames": L[Si],
        "RepositoryNames.$": str,
    },
    total=False,
)
BatchDescribeMergeConflictsParameters = TypedDict(
    "BatchDescribeMergeConflictsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "MergeOption": S,
        "MergeOption.$": str,
        "MaxMergeHunks": I,
        "MaxMergeHunks.$": str,
        "MaxConflictFiles": I,
        "MaxConflictFiles.$": str,
        "FilePaths": L[Si],
        "FilePaths.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
BatchDisassociateApprovalRuleTemplateFromRepositoriesParameters = TypedDict(
    "BatchDisassociateApprovalRuleTemplateFromRepositoriesParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "RepositoryNames": L[Si],
        "RepositoryNames.$": str,
    },
    total=False,
)
BatchGetCommitsParameters = TypedDict(
    "BatchGetCommitsParameters",
    {"CommitIds": L[Si], "CommitIds.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
BatchGetRepositoriesParameters = TypedDict(
    "BatchGetRepositoriesParameters",
    {"RepositoryNames": L[Si], "RepositoryNames.$": str},
    total=False,
)
CreateApprovalRuleTemplateParameters = TypedDict(
    "CreateApprovalRuleTemplateParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "ApprovalRuleTemplateContent": S,
        "ApprovalRuleTemplateContent.$": str,
        "ApprovalRuleTemplateDescription": S,
        "ApprovalRuleTemplateDescription.$": str,
    },
    total=False,
)
CreateBranchParameters = TypedDict(
    "CreateBranchParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "CommitId": S,
        "CommitId.$": str,
    },
    total=False,
)

class SourceFileSpecifier(TypedDict, total=False):
    FilePath: S
    IsMove: B

class PutFileEntry(TypedDict, total=False):
    FilePath: S
    FileMode: S
    FileContent: S
    SourceFile: X[SourceFileSpecifier]

class DeleteFileEntry(TypedDict, total=False):
    FilePath: S

class SetFileModeEntry(TypedDict, total=False):
    FilePath: S
    FileMode: S

CreateCommitParameters = TypedDict(
    "CreateCommitParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "ParentCommitId": S,
        "ParentCommitId.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "PutFiles": L[Xi[PutFileEntry]],
        "PutFiles.$": str,
        "DeleteFiles": L[Xi[DeleteFileEntry]],
        "DeleteFiles.$": str,
        "SetFileModes": L[Xi[SetFileModeEntry]],
        "SetFileModes.$": str,
    },
    total=False,
)

class Target(TypedDict, total=False):
    RepositoryName: S
    SourceReference: S
    DestinationReference: S

CreatePullRequestParameters = TypedDict(
    "CreatePullRequestParameters",
    {
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreatePullRequestApprovalRuleParameters = TypedDict(
    "CreatePullRequestApprovalRuleParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "ApprovalRuleName": S,
        "ApprovalRuleName.$": str,
        "ApprovalRuleContent": S,
        "ApprovalRuleContent.$": str,
    },
    total=False,
)
CreateRepositoryParameters = TypedDict(
    "CreateRepositoryParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryDescription": S,
        "RepositoryDescription.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)

class ReplaceContentEntry(TypedDict, total=False):
    FilePath: S
    ReplacementType: S
    Content: S
    FileMode: S

class ConflictResolution(TypedDict, total=False):
    ReplaceContents: L[Xi[ReplaceContentEntry]]
    DeleteFiles: L[Xi[DeleteFileEntry]]
    SetFileModes: L[Xi[SetFileModeEntry]]

CreateUnreferencedMergeCommitParameters = TypedDict(
    "CreateUnreferencedMergeCommitParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "MergeOption": S,
        "MergeOption.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
    },
    total=False,
)
DeleteApprovalRuleTemplateParameters = TypedDict(
    "DeleteApprovalRuleTemplateParameters",
    {"ApprovalRuleTemplateName": S, "ApprovalRuleTemplateName.$": str},
    total=False,
)
DeleteBranchParameters = TypedDict(
    "DeleteBranchParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "BranchName": S, "BranchName.$": str},
    total=False,
)
DeleteCommentContentParameters = TypedDict(
    "DeleteCommentContentParameters", {"CommentId": S, "CommentId.$": str}, total=False
)
DeleteFileParameters = TypedDict(
    "DeleteFileParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "ParentCommitId": S,
        "ParentCommitId.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "Name": S,
        "Name.$": str,
        "Email": S,
        "Email.$": str,
    },
    total=False,
)
DeletePullRequestApprovalRuleParameters = TypedDict(
    "DeletePullRequestApprovalRuleParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "ApprovalRuleName": S, "ApprovalRuleName.$": str},
    total=False,
)
DeleteRepositoryParameters = TypedDict(
    "DeleteRepositoryParameters", {"RepositoryName": S, "RepositoryName.$": str}, total=False
)
DescribeMergeConflictsParameters = TypedDict(
    "DescribeMergeConflictsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "MergeOption": S,
        "MergeOption.$": str,
        "MaxMergeHunks": I,
        "MaxMergeHunks.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePullRequestEventsParameters = TypedDict(
    "DescribePullRequestEventsParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "PullRequestEventType": S,
        "PullRequestEventType.$": str,
        "ActorArn": S,
        "ActorArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DisassociateApprovalRuleTemplateFromRepositoryParameters = TypedDict(
    "DisassociateApprovalRuleTemplateFromRepositoryParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
    },
    total=False,
)
EvaluatePullRequestApprovalRulesParameters = TypedDict(
    "EvaluatePullRequestApprovalRulesParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
GetApprovalRuleTemplateParameters = TypedDict(
    "GetApprovalRuleTemplateParameters",
    {"ApprovalRuleTemplateName": S, "ApprovalRuleTemplateName.$": str},
    total=False,
)
GetBlobParameters = TypedDict(
    "GetBlobParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "BlobId": S, "BlobId.$": str},
    total=False,
)
GetBlobDifferencesParameters = TypedDict(
    "GetBlobDifferencesParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "AfterBlobId": S,
        "AfterBlobId.$": str,
        "BeforeBlobId": S,
        "BeforeBlobId.$": str,
        "ContextLines": I,
        "ContextLines.$": str,
        "IgnoreWhitespace": B,
        "IgnoreWhitespace.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetBranchParameters = TypedDict(
    "GetBranchParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "BranchName": S, "BranchName.$": str},
    total=False,
)
GetCommentParameters = TypedDict(
    "GetCommentParameters", {"CommentId": S, "CommentId.$": str}, total=False
)
GetCommentReactionsParameters = TypedDict(
    "GetCommentReactionsParameters",
    {
        "CommentId": S,
        "CommentId.$": str,
        "ReactionUserArn": S,
        "ReactionUserArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCommentsForComparedCommitParameters = TypedDict(
    "GetCommentsForComparedCommitParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BeforeCommitId": S,
        "BeforeCommitId.$": str,
        "AfterCommitId": S,
        "AfterCommitId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCommentsForPullRequestParameters = TypedDict(
    "GetCommentsForPullRequestParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BeforeCommitId": S,
        "BeforeCommitId.$": str,
        "AfterCommitId": S,
        "AfterCommitId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCommitParameters = TypedDict(
    "GetCommitParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "CommitId": S, "CommitId.$": str},
    total=False,
)
GetDifferencesParameters = TypedDict(
    "GetDifferencesParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BeforeCommitSpecifier": S,
        "BeforeCommitSpecifier.$": str,
        "AfterCommitSpecifier": S,
        "AfterCommitSpecifier.$": str,
        "BeforePath": S,
        "BeforePath.$": str,
        "AfterPath": S,
        "AfterPath.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFileParameters = TypedDict(
    "GetFileParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CommitSpecifier": S,
        "CommitSpecifier.$": str,
        "FilePath": S,
        "FilePath.$": str,
    },
    total=False,
)
GetFolderParameters = TypedDict(
    "GetFolderParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CommitSpecifier": S,
        "CommitSpecifier.$": str,
        "FolderPath": S,
        "FolderPath.$": str,
    },
    total=False,
)
GetMergeCommitParameters = TypedDict(
    "GetMergeCommitParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
    },
    total=False,
)
GetMergeConflictsParameters = TypedDict(
    "GetMergeConflictsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "MergeOption": S,
        "MergeOption.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "MaxConflictFiles": I,
        "MaxConflictFiles.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetMergeOptionsParameters = TypedDict(
    "GetMergeOptionsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
    },
    total=False,
)
GetPullRequestParameters = TypedDict(
    "GetPullRequestParameters", {"PullRequestId": S, "PullRequestId.$": str}, total=False
)
GetPullRequestApprovalStatesParameters = TypedDict(
    "GetPullRequestApprovalStatesParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
GetPullRequestOverrideStateParameters = TypedDict(
    "GetPullRequestOverrideStateParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
GetRepositoryParameters = TypedDict(
    "GetRepositoryParameters", {"RepositoryName": S, "RepositoryName.$": str}, total=False
)
GetRepositoryTriggersParameters = TypedDict(
    "GetRepositoryTriggersParameters", {"RepositoryName": S, "RepositoryName.$": str}, total=False
)
ListApprovalRuleTemplatesParameters = TypedDict(
    "ListApprovalRuleTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAssociatedApprovalRuleTemplatesForRepositoryParameters = TypedDict(
    "ListAssociatedApprovalRuleTemplatesForRepositoryParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBranchesParameters = TypedDict(
    "ListBranchesParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFileCommitHistoryParameters = TypedDict(
    "ListFileCommitHistoryParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CommitSpecifier": S,
        "CommitSpecifier.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPullRequestsParameters = TypedDict(
    "ListPullRequestsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "AuthorArn": S,
        "AuthorArn.$": str,
        "PullRequestStatus": S,
        "PullRequestStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRepositoriesParameters = TypedDict(
    "ListRepositoriesParameters",
    {"NextToken": S, "NextToken.$": str, "SortBy": S, "SortBy.$": str, "Order": S, "Order.$": str},
    total=False,
)
ListRepositoriesForApprovalRuleTemplateParameters = TypedDict(
    "ListRepositoriesForApprovalRuleTemplateParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
MergeBranchesByFastForwardParameters = TypedDict(
    "MergeBranchesByFastForwardParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "TargetBranch": S,
        "TargetBranch.$": str,
    },
    total=False,
)
MergeBranchesBySquashParameters = TypedDict(
    "MergeBranchesBySquashParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "TargetBranch": S,
        "TargetBranch.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
    },
    total=False,
)
MergeBranchesByThreeWayParameters = TypedDict(
    "MergeBranchesByThreeWayParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitSpecifier": S,
        "SourceCommitSpecifier.$": str,
        "DestinationCommitSpecifier": S,
        "DestinationCommitSpecifier.$": str,
        "TargetBranch": S,
        "TargetBranch.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
    },
    total=False,
)
MergePullRequestByFastForwardParameters = TypedDict(
    "MergePullRequestByFastForwardParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitId": S,
        "SourceCommitId.$": str,
    },
    total=False,
)
MergePullRequestBySquashParameters = TypedDict(
    "MergePullRequestBySquashParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitId": S,
        "SourceCommitId.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
    },
    total=False,
)
MergePullRequestByThreeWayParameters = TypedDict(
    "MergePullRequestByThreeWayParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SourceCommitId": S,
        "SourceCommitId.$": str,
        "ConflictDetailLevel": S,
        "ConflictDetailLevel.$": str,
        "ConflictResolutionStrategy": S,
        "ConflictResolutionStrategy.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "AuthorName": S,
        "AuthorName.$": str,
        "Email": S,
        "Email.$": str,
        "KeepEmptyFolders": B,
        "KeepEmptyFolders.$": str,
        "ConflictResolution": X[ConflictResolution],
        "ConflictResolution.$": str,
    },
    total=False,
)
OverridePullRequestApprovalRulesParameters = TypedDict(
    "OverridePullRequestApprovalRulesParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "OverrideStatus": S,
        "OverrideStatus.$": str,
    },
    total=False,
)

class Location(TypedDict, total=False):
    FilePath: S
    FilePosition: I
    RelativeFileVersion: S

PostCommentForComparedCommitParameters = TypedDict(
    "PostCommentForComparedCommitParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BeforeCommitId": S,
        "BeforeCommitId.$": str,
        "AfterCommitId": S,
        "AfterCommitId.$": str,
        "Location": X[Location],
        "Location.$": str,
        "Content": S,
        "Content.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
PostCommentForPullRequestParameters = TypedDict(
    "PostCommentForPullRequestParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BeforeCommitId": S,
        "BeforeCommitId.$": str,
        "AfterCommitId": S,
        "AfterCommitId.$": str,
        "Location": X[Location],
        "Location.$": str,
        "Content": S,
        "Content.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
PostCommentReplyParameters = TypedDict(
    "PostCommentReplyParameters",
    {
        "InReplyTo": S,
        "InReplyTo.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Content": S,
        "Content.$": str,
    },
    total=False,
)
PutCommentReactionParameters = TypedDict(
    "PutCommentReactionParameters",
    {"CommentId": S, "CommentId.$": str, "ReactionValue": S, "ReactionValue.$": str},
    total=False,
)
PutFileParameters = TypedDict(
    "PutFileParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "FileContent": S,
        "FileContent.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "FileMode": S,
        "FileMode.$": str,
        "ParentCommitId": S,
        "ParentCommitId.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "Name": S,
        "Name.$": str,
        "Email": S,
        "Email.$": str,
    },
    total=False,
)

class RepositoryTrigger(TypedDict, total=False):
    Name: S
    DestinationArn: S
    CustomData: S
    Branches: L[Si]
    Events: L[Si]

PutRepositoryTriggersParameters = TypedDict(
    "PutRepositoryTriggersParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "Triggers": L[Xi[RepositoryTrigger]],
        "Triggers.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TestRepositoryTriggersParameters = TypedDict(
    "TestRepositoryTriggersParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "Triggers": L[Xi[RepositoryTrigger]],
        "Triggers.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApprovalRuleTemplateContentParameters = TypedDict(
    "UpdateApprovalRuleTemplateContentParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "NewRuleContent": S,
        "NewRuleContent.$": str,
        "ExistingRuleContentSha256": S,
        "ExistingRuleContentSha256.$": str,
    },
    total=False,
)
UpdateApprovalRuleTemplateDescriptionParameters = TypedDict(
    "UpdateApprovalRuleTemplateDescriptionParameters",
    {
        "ApprovalRuleTemplateName": S,
        "ApprovalRuleTemplateName.$": str,
        "ApprovalRuleTemplateDescription": S,
        "ApprovalRuleTemplateDescription.$": str,
    },
    total=False,
)
UpdateApprovalRuleTemplateNameParameters = TypedDict(
    "UpdateApprovalRuleTemplateNameParameters",
    {
        "OldApprovalRuleTemplateName": S,
        "OldApprovalRuleTemplateName.$": str,
        "NewApprovalRuleTemplateName": S,
        "NewApprovalRuleTemplateName.$": str,
    },
    total=False,
)
UpdateCommentParameters = TypedDict(
    "UpdateCommentParameters",
    {"CommentId": S, "CommentId.$": str, "Content": S, "Content.$": str},
    total=False,
)
UpdateDefaultBranchParameters = TypedDict(
    "UpdateDefaultBranchParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "DefaultBranchName": S,
        "DefaultBranchName.$": str,
    },
    total=False,
)
UpdatePullRequestApprovalRuleContentParameters = TypedDict(
    "UpdatePullRequestApprovalRuleContentParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "ApprovalRuleName": S,
        "ApprovalRuleName.$": str,
        "ExistingRuleContentSha256": S,
        "ExistingRuleContentSha256.$": str,
        "NewRuleContent": S,
        "NewRuleContent.$": str,
    },
    total=False,
)
UpdatePullRequestApprovalStateParameters = TypedDict(
    "UpdatePullRequestApprovalStateParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "ApprovalState": S,
        "ApprovalState.$": str,
    },
    total=False,
)
UpdatePullRequestDescriptionParameters = TypedDict(
    "UpdatePullRequestDescriptionParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdatePullRequestStatusParameters = TypedDict(
    "UpdatePullRequestStatusParameters",
    {
        "PullRequestId": S,
        "PullRequestId.$": str,
        "PullRequestStatus": S,
        "PullRequestStatus.$": str,
    },
    total=False,
)
UpdatePullRequestTitleParameters = TypedDict(
    "UpdatePullRequestTitleParameters",
    {"PullRequestId": S, "PullRequestId.$": str, "Title": S, "Title.$": str},
    total=False,
)
UpdateRepositoryDescriptionParameters = TypedDict(
    "UpdateRepositoryDescriptionParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryDescription": S,
        "RepositoryDescription.$": str,
    },
    total=False,
)
UpdateRepositoryEncryptionKeyParameters = TypedDict(
    "UpdateRepositoryEncryptionKeyParameters",
    {"RepositoryName": S, "RepositoryName.$": str, "KmsKeyId": S, "KmsKeyId.$": str},
    total=False,
)
UpdateRepositoryNameParameters = TypedDict(
    "UpdateRepositoryNameParameters",
    {"OldName": S, "OldName.$": str, "NewName": S, "NewName.$": str},
    total=False,
)
associate_approval_rule_template_with_repository: Builder[
    AssociateApprovalRuleTemplateWithRepositoryParameters
]
batch_associate_approval_rule_template_with_repositories: Builder[
    BatchAssociateApprovalRuleTemplateWithRepositoriesParameters
]
batch_describe_merge_conflicts: Builder[BatchDescribeMergeConflictsParameters]
batch_disassociate_approval_rule_template_from_repositories: Builder[
    BatchDisassociateApprovalRuleTemplateFromRepositoriesParameters
]
batch_get_commits: Builder[BatchGetCommitsParameters]
batch_get_repositories: Builder[BatchGetRepositoriesParameters]
create_approval_rule_template: Builder[CreateApprovalRuleTemplateParameters]
create_branch: Builder[CreateBranchParameters]
create_commit: Builder[CreateCommitParameters]
create_pull_request: Builder[CreatePullRequestParameters]
create_pull_request_approval_rule: Builder[CreatePullRequestApprovalRuleParameters]
create_repository: Builder[CreateRepositoryParameters]
create_unreferenced_merge_commit: Builder[CreateUnreferencedMergeCommitParameters]
delete_approval_rule_template: Builder[DeleteApprovalRuleTemplateParameters]
delete_branch: Builder[DeleteBranchParameters]
delete_comment_content: Builder[DeleteCommentContentParameters]
delete_file: Builder[DeleteFileParameters]
delete_pull_request_approval_rule: Builder[DeletePullRequestApprovalRuleParameters]
delete_repository: Builder[DeleteRepositoryParameters]
describe_merge_conflicts: Builder[DescribeMergeConflictsParameters]
describe_pull_request_events: Builder[DescribePullRequestEventsParameters]
disassociate_approval_rule_template_from_repository: Builder[
    DisassociateApprovalRuleTemplateFromRepositoryParameters
]
evaluate_pull_request_approval_rules: Builder[EvaluatePullRequestApprovalRulesParameters]
get_approval_rule_template: Builder[GetApprovalRuleTemplateParameters]
get_blob: Builder[GetBlobParameters]
get_blob_differences: Builder[GetBlobDifferencesParameters]
get_branch: Builder[GetBranchParameters]
get_comment: Builder[GetCommentParameters]
get_comment_reactions: Builder[GetCommentReactionsParameters]
get_comments_for_compared_commit: Builder[GetCommentsForComparedCommitParameters]
get_comments_for_pull_request: Builder[GetCommentsForPullRequestParameters]
get_commit: Builder[GetCommitParameters]
get_differences: Builder[GetDifferencesParameters]
get_file: Builder[GetFileParameters]
get_folder: Builder[GetFolderParameters]
get_merge_commit: Builder[GetMergeCommitParameters]
get_merge_conflicts: Builder[GetMergeConflictsParameters]
get_merge_options: Builder[GetMergeOptionsParameters]
get_pull_request: Builder[GetPullRequestParameters]
get_pull_request_approval_states: Builder[GetPullRequestApprovalStatesParameters]
get_pull_request_override_state: Builder[GetPullRequestOverrideStateParameters]
get_repository: Builder[GetRepositoryParameters]
get_repository_triggers: Builder[GetRepositoryTriggersParameters]
list_approval_rule_templates: Builder[ListApprovalRuleTemplatesParameters]
list_associated_approval_rule_templates_for_repository: Builder[
    ListAssociatedApprovalRuleTemplatesForRepositoryParameters
]
list_branches: Builder[ListBranchesParameters]
list_file_commit_history: Builder[ListFileCommitHistoryParameters]
list_pull_requests: Builder[ListPullRequestsParameters]
list_repositories: Builder[ListRepositoriesParameters]
list_repositories_for_approval_rule_template: Builder[
    ListRepositoriesForApprovalRuleTemplateParameters
]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
merge_branches_by_fast_forward: Builder[MergeBranchesByFastForwardParameters]
merge_branches_by_squash: Builder[MergeBranchesBySquashParameters]
merge_branches_by_three_way: Builder[MergeBranchesByThreeWayParameters]
merge_pull_request_by_fast_forward: Builder[MergePullRequestByFastForwardParameters]
merge_pull_request_by_squash: Builder[MergePullRequestBySquashParameters]
merge_pull_request_by_three_way: Builder[MergePullRequestByThreeWayParameters]
override_pull_request_approval_rules: Builder[OverridePullRequestApprovalRulesParameters]
post_comment_for_compared_commit: Builder[PostCommentForComparedCommitParameters]
post_comment_for_pull_request: Builder[PostCommentForPullRequestParameters]
post_comment_reply: Builder[PostCommentReplyParameters]
put_comment_reaction: Builder[PutCommentReactionParameters]
put_file: Builder[PutFileParameters]
put_repository_triggers: Builder[PutRepositoryTriggersParameters]
tag_resource: Builder[TagResourceParameters]
test_repository_triggers: Builder[TestRepositoryTriggersParameters]
untag_resource: Builder[UntagResourceParameters]
update_approval_rule_template_content: Builder[UpdateApprovalRuleTemplateContentParameters]
update_approval_rule_template_description: Builder[UpdateApprovalRuleTemplateDescriptionParameters]
update_approval_rule_template_name: Builder[UpdateApprovalRuleTemplateNameParameters]
update_comment: Builder[UpdateCommentParameters]
update_default_branch: Builder[UpdateDefaultBranchParameters]
update_pull_request_approval_rule_content: Builder[UpdatePullRequestApprovalRuleContentParameters]
update_pull_request_approval_state: Builder[UpdatePullRequestApprovalStateParameters]
update_pull_request_description: Builder[UpdatePullRequestDescriptionParameters]
update_pull_request_status: Builder[UpdatePullRequestStatusParameters]
update_pull_request_title: Builder[UpdatePullRequestTitleParameters]
update_repository_description: Builder[UpdateRepositoryDescriptionParameters]
update_repository_encryption_key: Builder[UpdateRepositoryEncryptionKeyParameters]
update_repository_name: Builder[UpdateRepositoryNameParameters]

__all__ = [
    "associate_approval_rule_template_with_repository",
    "batch_associate_approval_rule_template_with_repositories",
    "batch_describe_merge_conflicts",
    "batch_disassociate_approval_rule_template_from_repositories",
    "batch_get_commits",
    "batch_get_repositories",
    "create_approval_rule_template",
    "create_branch",
    "create_commit",
    "create_pull_request",
    "create_pull_request_approval_rule",
    "create_repository",
    "create_unreferenced_merge_commit",
    "delete_approval_rule_template",
    "delete_branch",
    "delete_comment_content",
    "delete_file",
    "delete_pull_request_approval_rule",
    "delete_repository",
    "describe_merge_conflicts",
    "describe_pull_request_events",
    "disassociate_approval_rule_template_from_repository",
    "evaluate_pull_request_approval_rules",
    "get_approval_rule_template",
    "get_blob",
    "get_blob_differences",
    "get_branch",
    "get_comment",
    "get_comment_reactions",
    "get_comments_for_compared_commit",
    "get_comments_for_pull_request",
    "get_commit",
    "get_differences",
    "get_file",
    "get_folder",
    "get_merge_commit",
    "get_merge_conflicts",
    "get_merge_options",
    "get_pull_request",
    "get_pull_request_approval_states",
    "get_pull_request_override_state",
    "get_repository",
    "get_repository_triggers",
    "list_approval_rule_templates",
    "list_associated_approval_rule_templates_for_repository",
    "list_branches",
    "list_file_commit_history",
    "list_pull_requests",
    "list_repositories",
    "list_repositories_for_approval_rule_template",
    "list_tags_for_resource",
    "merge_branches_by_fast_forward",
    "merge_branches_by_squash",
    "merge_branches_by_three_way",
    "merge_pull_request_by_fast_forward",
    "merge_pull_request_by_squash",
    "merge_pull_request_by_three_way",
    "override_pull_request_approval_rules",
    "post_comment_for_compared_commit",
    "post_comment_for_pull_request",
    "post_comment_reply",
    "put_comment_reaction",
    "put_file",
    "put_repository_triggers",
    "tag_resource",
    "test_repository_triggers",
    "untag_resource",
    "update_approval_rule_template_content",
    "update_approval_rule_template_description",
    "update_approval_rule_template_name",
    "update_comment",
    "update_default_branch",
    "update_pull_request_approval_rule_content",
    "update_pull_request_approval_state",
    "update_pull_request_description",
    "update_pull_request_status",
    "update_pull_request_title",
    "update_repository_description",
    "update_repository_encryption_key",
    "update_repository_name",
]
