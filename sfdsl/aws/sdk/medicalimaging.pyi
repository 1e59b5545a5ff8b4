"""Typed builders of the AWS SDK integration of medicalimaging (``aws-sdk:medicalimaging:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class MetadataCopies(TypedDict, total=False):
    CopiableAttributes: S

class CopySourceImageSetInformation(TypedDict, total=False):
    LatestVersionId: S
    DicomCopies: X[MetadataCopies]

class CopyDestinationImageSet(TypedDict, total=False):
    ImageSetId: S
    LatestVersionId: S

class CopyImageSetInformation(TypedDict, total=False):
    SourceImageSet: X[CopySourceImageSetInformation]
    DestinationImageSet: X[CopyDestinationImageSet]

CopyImageSetParameters = TypedDict(
    "CopyImageSetParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "SourceImageSetId": S,
        "SourceImageSetId.$": str,
        "CopyImageSetInformation": X[CopyImageSetInformation],
        "CopyImageSetInformation.$": str,
        "Force": B,
        "Force.$": str,
        "PromoteToPrimary": B,
        "PromoteToPrimary.$": str,
    },
    total=False,
)
CreateDatastoreParameters = TypedDict(
    "CreateDatastoreParameters",
    {
        "DatastoreName": S,
        "DatastoreName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "LambdaAuthorizerArn": S,
        "LambdaAuthorizerArn.$": str,
        "LosslessStorageFormat": S,
        "LosslessStorageFormat.$": str,
    },
    total=False,
)
DeleteDatastoreParameters = TypedDict(
    "DeleteDatastoreParameters", {"DatastoreId": S, "DatastoreId.$": str}, total=False
)
DeleteImageSetParameters = TypedDict(
    "DeleteImageSetParameters",
    {"DatastoreId": S, "DatastoreId.$": str, "ImageSetId": S, "ImageSetId.$": str},
    total=False,
)
GetDICOMImportJobParameters = TypedDict(
    "GetDICOMImportJobParameters",
    {"DatastoreId": S, "DatastoreId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetDatastoreParameters = TypedDict(
    "GetDatastoreParameters", {"DatastoreId": S, "DatastoreId.$": str}, total=False
)

class ImageFrameInformation(TypedDict, total=False):
    ImageFrameId: S

GetImageFrameParameters = TypedDict(
    "GetImageFrameParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "ImageSetId": S,
        "ImageSetId.$": str,
        "ImageFrameInformation": X[ImageFrameInformation],
        "ImageFrameInformation.$": str,
    },
    total=False,
)
GetImageSetParameters = TypedDict(
    "GetImageSetParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "ImageSetId": S,
        "ImageSetId.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
GetImageSetMetadataParameters = TypedDict(
    "GetImageSetMetadataParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "ImageSetId": S,
        "ImageSetId.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
ListDICOMImportJobsParameters = TypedDict(
    "ListDICOMImportJobsParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatastoresParameters = TypedDict(
    "ListDatastoresParameters",
    {
        "DatastoreStatus": S,
        "DatastoreStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListImageSetVersionsParameters = TypedDict(
    "ListImageSetVersionsParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "ImageSetId": S,
        "ImageSetId.$": str,
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

class DICOMStudyDateAndTime(TypedDict, total=False):
    DicomStudyDate: S
    DicomStudyTime: S

class SearchByAttributeValue(TypedDict, total=False):
    DicomPatientId: S
    DicomAccessionNumber: S
    DicomStudyId: S
    DicomStudyInstanceUID: S
    DicomSeriesInstanceUID: S
    CreatedAt: T
    UpdatedAt: T
    DicomStudyDateAndTime: X[DICOMStudyDateAndTime]
    IsPrimary: B

class SearchFilter(TypedDict, total=False):
    Values: L[Xi[SearchByAttributeValue]]
    Operator: S

class Sort(TypedDict, total=False):
    SortOrder: S
    SortField: S

class SearchCriteria(TypedDict, total=False):
    Filters: L[Xi[SearchFilter]]
    Sort: X[Sort]

SearchImageSetsParameters = TypedDict(
    "SearchImageSetsParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "SearchCriteria": X[SearchCriteria],
        "SearchCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DicomMetadataMapping(TypedDict, total=False):
    StudyInstanceUID: S
    SeriesInstanceUID: S
    MetadataFilePath: S

class DicomJsonMetadataImportConfiguration(TypedDict, total=False):
    DicomMetadataMappings: L[Xi[DicomMetadataMapping]]

class ImportConfiguration(TypedDict, total=False):
    DicomJsonMetadataImportConfiguration: X[DicomJsonMetadataImportConfiguration]

StartDICOMImportJobParameters = TypedDict(
    "StartDICOMImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DatastoreId": S,
        "DatastoreId.$": str,
        "InputS3Uri": S,
        "InputS3Uri.$": str,
        "OutputS3Uri": S,
        "OutputS3Uri.$": str,
        "InputOwnerAccountId": S,
        "InputOwnerAccountId.$": str,
        "ImportConfiguration": X[ImportConfiguration],
        "ImportConfiguration.$": str,
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

class DICOMUpdates(TypedDict, total=False):
    RemovableAttributes: S
    UpdatableAttributes: S

class MetadataUpdates(TypedDict, total=False):
    DicomUpdates: X[DICOMUpdates]
    RevertToVersionId: S

UpdateImageSetMetadataParameters = TypedDict(
    "UpdateImageSetMetadataParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "ImageSetId": S,
        "ImageSetId.$": str,
        "LatestVersionId": S,
        "LatestVersionId.$": str,
        "Force": B,
        "Force.$": str,
        "IncludeStudyImageSets": B,
        "IncludeStudyImageSets.$": str,
        "UpdateImageSetMetadataUpdates": X[MetadataUpdates],
        "UpdateImageSetMetadataUpdates.$": str,
    },
    total=False,
)
copy_image_set: Builder[CopyImageSetParameters]
create_datastore: Builder[CreateDatastoreParameters]
delete_datastore: Builder[DeleteDatastoreParameters]
delete_image_set: Builder[DeleteImageSetParameters]
get_dicom_import_job: Builder[GetDICOMImportJobParameters]
get_datastore: Builder[GetDatastoreParameters]
get_image_frame: Builder[GetImageFrameParameters]
get_image_set: Builder[GetImageSetParameters]
get_image_set_metadata: Builder[GetImageSetMetadataParameters]
list_dicom_import_jobs: Builder[ListDICOMImportJobsParameters]
list_datastores: Builder[ListDatastoresParameters]
list_image_set_versions: Builder[ListImageSetVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
search_image_sets: Builder[SearchImageSetsParameters]
start_dicom_import_job: Builder[StartDICOMImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_image_set_metadata: Builder[UpdateImageSetMetadataParameters]

__all__ = [
    "copy_image_set",
    "create_datastore",
    "delete_datastore",
    "delete_image_set",
    "get_datastore",
    "get_dicom_import_job",
    "get_image_frame",
    "get_image_set",
    "get_image_set_metadata",
    "list_datastores",
    "list_dicom_import_jobs",
    "list_image_set_versions",
    "list_tags_for_resource",
    "search_image_sets",
    "start_dicom_import_job",
    "tag_resource",
    "untag_resource",
    "update_image_set_metadata",
]
