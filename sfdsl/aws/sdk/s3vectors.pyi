"""Typed builders of the AWS SDK integration of s3vectors (``aws-sdk:s3vectors:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, Fi, I, L, M, S, Si, X, Xi

class TextSearchConfiguration(TypedDict, total=False):
    MetadataKey: S
    Language: S
    Status: S

class MetadataConfiguration(TypedDict, total=False):
    NonFilterableMetadataKeys: L[Si]
    TextSearchConfigurations: L[Xi[TextSearchConfiguration]]

class EncryptionConfiguration(TypedDict, total=False):
    SseType: S
    KmsKeyArn: S

CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "DataType": S,
        "DataType.$": str,
        "Dimension": I,
        "Dimension.$": str,
        "DistanceMetric": S,
        "DistanceMetric.$": str,
        "MetadataConfiguration": X[MetadataConfiguration],
        "MetadataConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateVectorBucketParameters = TypedDict(
    "CreateVectorBucketParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteIndexParameters = TypedDict(
    "DeleteIndexParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
    },
    total=False,
)
DeleteVectorBucketParameters = TypedDict(
    "DeleteVectorBucketParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
    },
    total=False,
)
DeleteVectorBucketPolicyParameters = TypedDict(
    "DeleteVectorBucketPolicyParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
    },
    total=False,
)
DeleteVectorsParameters = TypedDict(
    "DeleteVectorsParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "Keys": L[Si],
        "Keys.$": str,
    },
    total=False,
)
GetIndexParameters = TypedDict(
    "GetIndexParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
    },
    total=False,
)
GetVectorBucketParameters = TypedDict(
    "GetVectorBucketParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
    },
    total=False,
)
GetVectorBucketPolicyParameters = TypedDict(
    "GetVectorBucketPolicyParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
    },
    total=False,
)
GetVectorsParameters = TypedDict(
    "GetVectorsParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "Keys": L[Si],
        "Keys.$": str,
        "ReturnData": B,
        "ReturnData.$": str,
        "ReturnMetadata": B,
        "ReturnMetadata.$": str,
    },
    total=False,
)
ListIndexesParameters = TypedDict(
    "ListIndexesParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVectorBucketsParameters = TypedDict(
    "ListVectorBucketsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
    },
    total=False,
)
ListVectorsParameters = TypedDict(
    "ListVectorsParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SegmentCount": I,
        "SegmentCount.$": str,
        "SegmentIndex": I,
        "SegmentIndex.$": str,
        "ReturnData": B,
        "ReturnData.$": str,
        "ReturnMetadata": B,
        "ReturnMetadata.$": str,
    },
    total=False,
)
PutVectorBucketDefaultIndexModeParameters = TypedDict(
    "PutVectorBucketDefaultIndexModeParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
        "DefaultIndexMode": S,
        "DefaultIndexMode.$": str,
    },
    total=False,
)
PutVectorBucketPolicyParameters = TypedDict(
    "PutVectorBucketPolicyParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "VectorBucketArn": S,
        "VectorBucketArn.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)

class VectorData(TypedDict, total=False):
    Float32: L[Fi]

class PutInputVector(TypedDict, total=False):
    Key: S
    Data: X[VectorData]
    Metadata: Doc

PutVectorsParameters = TypedDict(
    "PutVectorsParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "Vectors": L[Xi[PutInputVector]],
        "Vectors.$": str,
    },
    total=False,
)

class QueryText(TypedDict, total=False):
    Text: S
    MetadataKey: S

QueryVectorsParameters = TypedDict(
    "QueryVectorsParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "TopK": I,
        "TopK.$": str,
        "QueryVector": X[VectorData],
        "QueryVector.$": str,
        "Filter": Doc,
        "Filter.$": str,
        "QueryMode": S,
        "QueryMode.$": str,
        "ReturnMetadata": B,
        "ReturnMetadata.$": str,
        "ReturnDistance": B,
        "ReturnDistance.$": str,
        "QueryTexts": L[Xi[QueryText]],
        "QueryTexts.$": str,
        "ReturnScores": B,
        "ReturnScores.$": str,
        "NextToken": S,
        "NextToken.$": str,
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
UpdateIndexModeParameters = TypedDict(
    "UpdateIndexModeParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "IndexMode": S,
        "IndexMode.$": str,
    },
    total=False,
)

class MetadataConfigurationAdd(TypedDict, total=False):
    TextSearchConfigurations: L[Xi[TextSearchConfiguration]]

class TextSearchConfigurationKey(TypedDict, total=False):
    MetadataKey: S

class MetadataConfigurationDelete(TypedDict, total=False):
    TextSearchConfigurations: L[Xi[TextSearchConfigurationKey]]

UpdateMetadataConfigurationParameters = TypedDict(
    "UpdateMetadataConfigurationParameters",
    {
        "VectorBucketName": S,
        "VectorBucketName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexArn": S,
        "IndexArn.$": str,
        "Add": X[MetadataConfigurationAdd],
        "Add.$": str,
        "Delete": X[MetadataConfigurationDelete],
        "Delete.$": str,
    },
    total=False,
)
create_index: Builder[CreateIndexParameters]
create_vector_bucket: Builder[CreateVectorBucketParameters]
delete_index: Builder[DeleteIndexParameters]
delete_vector_bucket: Builder[DeleteVectorBucketParameters]
delete_vector_bucket_policy: Builder[DeleteVectorBucketPolicyParameters]
delete_vectors: Builder[DeleteVectorsParameters]
get_index: Builder[GetIndexParameters]
get_vector_bucket: Builder[GetVectorBucketParameters]
get_vector_bucket_policy: Builder[GetVectorBucketPolicyParameters]
get_vectors: Builder[GetVectorsParameters]
list_indexes: Builder[ListIndexesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vector_buckets: Builder[ListVectorBucketsParameters]
list_vectors: Builder[ListVectorsParameters]
put_vector_bucket_default_index_mode: Builder[PutVectorBucketDefaultIndexModeParameters]
put_vector_bucket_policy: Builder[PutVectorBucketPolicyParameters]
put_vectors: Builder[PutVectorsParameters]
query_vectors: Builder[QueryVectorsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_index_mode: Builder[UpdateIndexModeParameters]
update_metadata_configuration: Builder[UpdateMetadataConfigurationParameters]

__all__ = [
    "create_index",
    "create_vector_bucket",
    "delete_index",
    "delete_vector_bucket",
    "delete_vector_bucket_policy",
    "delete_vectors",
    "get_index",
    "get_vector_bucket",
    "get_vector_bucket_policy",
    "get_vectors",
    "list_indexes",
    "list_tags_for_resource",
    "list_vector_buckets",
    "list_vectors",
    "put_vector_bucket_default_index_mode",
    "put_vector_bucket_policy",
    "put_vectors",
    "query_vectors",
    "tag_resource",
    "untag_resource",
    "update_index_mode",
    "update_metadata_configuration",
]
