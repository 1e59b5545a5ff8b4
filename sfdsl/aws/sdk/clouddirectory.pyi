"""Typed builders of the AWS SDK integration of clouddirectory (``aws-sdk:clouddirectory:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class SchemaFacet(TypedDict, total=False):
    SchemaArn: S
    FacetName: S

class AttributeKey(TypedDict, total=False):
    SchemaArn: S
    FacetName: S
    Name: S

class TypedAttributeValue(TypedDict, total=False):
    StringValue: S
    BinaryValue: S
    BooleanValue: B
    NumberValue: S
    DatetimeValue: T

class AttributeKeyAndValue(TypedDict, total=False):
    Key: X[AttributeKey]
    Value: X[TypedAttributeValue]

class ObjectReference(TypedDict, total=False):
    Selector: S

AddFacetToObjectParameters = TypedDict(
    "AddFacetToObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "SchemaFacet": X[SchemaFacet],
        "SchemaFacet.$": str,
        "ObjectAttributeList": L[Xi[AttributeKeyAndValue]],
        "ObjectAttributeList.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
    },
    total=False,
)
ApplySchemaParameters = TypedDict(
    "ApplySchemaParameters",
    {
        "PublishedSchemaArn": S,
        "PublishedSchemaArn.$": str,
        "DirectoryArn": S,
        "DirectoryArn.$": str,
    },
    total=False,
)
AttachObjectParameters = TypedDict(
    "AttachObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ParentReference": X[ObjectReference],
        "ParentReference.$": str,
        "ChildReference": X[ObjectReference],
        "ChildReference.$": str,
        "LinkName": S,
        "LinkName.$": str,
    },
    total=False,
)
AttachPolicyParameters = TypedDict(
    "AttachPolicyParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "PolicyReference": X[ObjectReference],
        "PolicyReference.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
    },
    total=False,
)
AttachToIndexParameters = TypedDict(
    "AttachToIndexParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "IndexReference": X[ObjectReference],
        "IndexReference.$": str,
        "TargetReference": X[ObjectReference],
        "TargetReference.$": str,
    },
    total=False,
)

class TypedLinkSchemaAndFacetName(TypedDict, total=False):
    SchemaArn: S
    TypedLinkName: S

class AttributeNameAndValue(TypedDict, total=False):
    AttributeName: S
    Value: X[TypedAttributeValue]

AttachTypedLinkParameters = TypedDict(
    "AttachTypedLinkParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "SourceObjectReference": X[ObjectReference],
        "SourceObjectReference.$": str,
        "TargetObjectReference": X[ObjectReference],
        "TargetObjectReference.$": str,
        "TypedLinkFacet": X[TypedLinkSchemaAndFacetName],
        "TypedLinkFacet.$": str,
        "Attributes": L[Xi[AttributeNameAndValue]],
        "Attributes.$": str,
    },
    total=False,
)

class BatchListObjectAttributes(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I
    FacetFilter: X[SchemaFacet]

class BatchListObjectChildren(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchListAttachedIndices(TypedDict, total=False):
    TargetReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchListObjectParentPaths(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchGetObjectInformation(TypedDict, total=False):
    ObjectReference: X[ObjectReference]

class BatchGetObjectAttributes(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    SchemaFacet: X[SchemaFacet]
    AttributeNames: L[Si]

class BatchListObjectParents(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchListObjectPolicies(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchListPolicyAttachments(TypedDict, total=False):
    PolicyReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class BatchLookupPolicy(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    NextToken: S
    MaxResults: I

class TypedAttributeValueRange(TypedDict, total=False):
    StartMode: S
    StartValue: X[TypedAttributeValue]
    EndMode: S
    EndValue: X[TypedAttributeValue]

class ObjectAttributeRange(TypedDict, total=False):
    AttributeKey: X[AttributeKey]
    Range: X[TypedAttributeValueRange]

class BatchListIndex(TypedDict, total=False):
    RangesOnIndexedValues: L[Xi[ObjectAttributeRange]]
    IndexReference: X[ObjectReference]
    MaxResults: I
    NextToken: S

class TypedLinkAttributeRange(TypedDict, total=False):
    AttributeName: S
    Range: X[TypedAttributeValueRange]

class BatchListOutgoingTypedLinks(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    FilterAttributeRanges: L[Xi[TypedLinkAttributeRange]]
    FilterTypedLink: X[TypedLinkSchemaAndFacetName]
    NextToken: S
    MaxResults: I

class BatchListIncomingTypedLinks(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    FilterAttributeRanges: L[Xi[TypedLinkAttributeRange]]
    FilterTypedLink: X[TypedLinkSchemaAndFacetName]
    NextToken: S
    MaxResults: I

class TypedLinkSpecifier(TypedDict, total=False):
    TypedLinkFacet: X[TypedLinkSchemaAndFacetName]
    SourceObjectReference: X[ObjectReference]
    TargetObjectReference: X[ObjectReference]
    IdentityAttributeValues: L[Xi[AttributeNameAndValue]]

class BatchGetLinkAttributes(TypedDict, total=False):
    TypedLinkSpecifier: X[TypedLinkSpecifier]
    AttributeNames: L[Si]

class BatchReadOperation(TypedDict, total=False):
    ListObjectAttributes: X[BatchListObjectAttributes]
    ListObjectChildren: X[BatchListObjectChildren]
    ListAttachedIndices: X[BatchListAttachedIndices]
    ListObjectParentPaths: X[BatchListObjectParentPaths]
    GetObjectInformation: X[BatchGetObjectInformation]
    GetObjectAttributes: X[BatchGetObjectAttributes]
    ListObjectParents: X[BatchListObjectParents]
    ListObjectPolicies: X[BatchListObjectPolicies]
    ListPolicyAttachments: X[BatchListPolicyAttachments]
    LookupPolicy: X[BatchLookupPolicy]
    ListIndex: X[BatchListIndex]
    ListOutgoingTypedLinks: X[BatchListOutgoingTypedLinks]
    ListIncomingTypedLinks: X[BatchListIncomingTypedLinks]
    GetLinkAttributes: X[BatchGetLinkAttributes]

BatchReadParameters = TypedDict(
    "BatchReadParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "Operations": L[Xi[BatchReadOperation]],
        "Operations.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)

class BatchCreateObject(TypedDict, total=False):
    SchemaFacet: L[Xi[SchemaFacet]]
    ObjectAttributeList: L[Xi[AttributeKeyAndValue]]
    ParentReference: X[ObjectReference]
    LinkName: S
    BatchReferenceName: S

class BatchAttachObject(TypedDict, total=False):
    ParentReference: X[ObjectReference]
    ChildReference: X[ObjectReference]
    LinkName: S

class BatchDetachObject(TypedDict, total=False):
    ParentReference: X[ObjectReference]
    LinkName: S
    BatchReferenceName: S

class ObjectAttributeAction(TypedDict, total=False):
    ObjectAttributeActionType: S
    ObjectAttributeUpdateValue: X[TypedAttributeValue]

class ObjectAttributeUpdate(TypedDict, total=False):
    ObjectAttributeKey: X[AttributeKey]
    ObjectAttributeAction: X[ObjectAttributeAction]

class BatchUpdateObjectAttributes(TypedDict, total=False):
    ObjectReference: X[ObjectReference]
    AttributeUpdates: L[Xi[ObjectAttributeUpdate]]

class BatchDeleteObject(TypedDict, total=False):
    ObjectReference: X[ObjectReference]

class BatchAddFacetToObject(TypedDict, total=False):
    SchemaFacet: X[SchemaFacet]
    ObjectAttributeList: L[Xi[AttributeKeyAndValue]]
    ObjectReference: X[ObjectReference]

class BatchRemoveFacetFromObject(TypedDict, total=False):
    SchemaFacet: X[SchemaFacet]
    ObjectReference: X[ObjectReference]

class BatchAttachPolicy(TypedDict, total=False):
    PolicyReference: X[ObjectReference]
    ObjectReference: X[ObjectReference]

class BatchDetachPolicy(TypedDict, total=False):
    PolicyReference: X[ObjectReference]
    ObjectReference: X[ObjectReference]

class BatchCreateIndex(TypedDict, total=False):
    OrderedIndexedAttributeList: L[Xi[AttributeKey]]
    IsUnique: B
    ParentReference: X[ObjectReference]
    LinkName: S
    BatchReferenceName: S

class BatchAttachToIndex(TypedDict, total=False):
    IndexReference: X[ObjectReference]
    TargetReference: X[ObjectReference]

class BatchDetachFromIndex(TypedDict, total=False):
    IndexReference: X[ObjectReference]
    TargetReference: X[ObjectReference]

class BatchAttachTypedLink(TypedDict, total=False):
    SourceObjectReference: X[ObjectReference]
    TargetObjectReference: X[ObjectReference]
    TypedLinkFacet: X[TypedLinkSchemaAndFacetName]
    Attributes: L[Xi[AttributeNameAndValue]]

class BatchDetachTypedLink(TypedDict, total=False):
    TypedLinkSpecifier: X[TypedLinkSpecifier]

class LinkAttributeAction(TypedDict, total=False):
    AttributeActionType: S
    AttributeUpdateValue: X[TypedAttributeValue]

class LinkAttributeUpdate(TypedDict, total=False):
    AttributeKey: X[AttributeKey]
    AttributeAction: X[LinkAttributeAction]

class BatchUpdateLinkAttributes(TypedDict, total=False):
    TypedLinkSpecifier: X[TypedLinkSpecifier]
    AttributeUpdates: L[Xi[LinkAttributeUpdate]]

class BatchWriteOperation(TypedDict, total=False):
    CreateObject: X[BatchCreateObject]
    AttachObject: X[BatchAttachObject]
    DetachObject: X[BatchDetachObject]
    UpdateObjectAttributes: X[BatchUpdateObjectAttributes]
    DeleteObject: X[BatchDeleteObject]
    AddFacetToObject: X[BatchAddFacetToObject]
    RemoveFacetFromObject: X[BatchRemoveFacetFromObject]
    AttachPolicy: X[BatchAttachPolicy]
    DetachPolicy: X[BatchDetachPolicy]
    CreateIndex: X[BatchCreateIndex]
    AttachToIndex: X[BatchAttachToIndex]
    DetachFromIndex: X[BatchDetachFromIndex]
    AttachTypedLink: X[BatchAttachTypedLink]
    DetachTypedLink: X[BatchDetachTypedLink]
    UpdateLinkAttributes: X[BatchUpdateLinkAttributes]

BatchWriteParameters = TypedDict(
    "BatchWriteParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "Operations": L[Xi[BatchWriteOperation]],
        "Operations.$": str,
    },
    total=False,
)
CreateDirectoryParameters = TypedDict(
    "CreateDirectoryParameters",
    {"Name": S, "Name.$": str, "SchemaArn": S, "SchemaArn.$": str},
    total=False,
)

class Rule(TypedDict, total=False):
    Type: S
    Parameters: M[S]

class FacetAttributeDefinition(TypedDict, total=False):
    Type: S
    DefaultValue: X[TypedAttributeValue]
    IsImmutable: B
    Rules: M[X[Rule]]

class FacetAttributeReference(TypedDict, total=False):
    TargetFacetName: S
    TargetAttributeName: S

class FacetAttribute(TypedDict, total=False):
    Name: S
    AttributeDefinition: X[FacetAttributeDefinition]
    AttributeReference: X[FacetAttributeReference]
    RequiredBehavior: S

CreateFacetParameters = TypedDict(
    "CreateFacetParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "Name": S,
        "Name.$": str,
        "Attributes": L[Xi[FacetAttribute]],
        "Attributes.$": str,
        "ObjectType": S,
        "ObjectType.$": str,
        "FacetStyle": S,
        "FacetStyle.$": str,
    },
    total=False,
)
CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "OrderedIndexedAttributeList": L[Xi[AttributeKey]],
        "OrderedIndexedAttributeList.$": str,
        "IsUnique": B,
        "IsUnique.$": str,
        "ParentReference": X[ObjectReference],
        "ParentReference.$": str,
        "LinkName": S,
        "LinkName.$": str,
    },
    total=False,
)
CreateObjectParameters = TypedDict(
    "CreateObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "SchemaFacets": L[Xi[SchemaFacet]],
        "SchemaFacets.$": str,
        "ObjectAttributeList": L[Xi[AttributeKeyAndValue]],
        "ObjectAttributeList.$": str,
        "ParentReference": X[ObjectReference],
        "ParentReference.$": str,
        "LinkName": S,
        "LinkName.$": str,
    },
    total=False,
)
CreateSchemaParameters = TypedDict(
    "CreateSchemaParameters", {"Name": S, "Name.$": str}, total=False
)

class TypedLinkAttributeDefinition(TypedDict, total=False):
    Name: S
    Type: S
    DefaultValue: X[TypedAttributeValue]
    IsImmutable: B
    Rules: M[X[Rule]]
    RequiredBehavior: S

class TypedLinkFacet(TypedDict, total=False):
    Name: S
    Attributes: L[Xi[TypedLinkAttributeDefinition]]
    IdentityAttributeOrder: L[Si]

CreateTypedLinkFacetParameters = TypedDict(
    "CreateTypedLinkFacetParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Facet": X[TypedLinkFacet], "Facet.$": str},
    total=False,
)
DeleteDirectoryParameters = TypedDict(
    "DeleteDirectoryParameters", {"DirectoryArn": S, "DirectoryArn.$": str}, total=False
)
DeleteFacetParameters = TypedDict(
    "DeleteFacetParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteObjectParameters = TypedDict(
    "DeleteObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
    },
    total=False,
)
DeleteSchemaParameters = TypedDict(
    "DeleteSchemaParameters", {"SchemaArn": S, "SchemaArn.$": str}, total=False
)
DeleteTypedLinkFacetParameters = TypedDict(
    "DeleteTypedLinkFacetParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Name": S, "Name.$": str},
    total=False,
)
DetachFromIndexParameters = TypedDict(
    "DetachFromIndexParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "IndexReference": X[ObjectReference],
        "IndexReference.$": str,
        "TargetReference": X[ObjectReference],
        "TargetReference.$": str,
    },
    total=False,
)
DetachObjectParameters = TypedDict(
    "DetachObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ParentReference": X[ObjectReference],
        "ParentReference.$": str,
        "LinkName": S,
        "LinkName.$": str,
    },
    total=False,
)
DetachPolicyParameters = TypedDict(
    "DetachPolicyParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "PolicyReference": X[ObjectReference],
        "PolicyReference.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
    },
    total=False,
)
DetachTypedLinkParameters = TypedDict(
    "DetachTypedLinkParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "TypedLinkSpecifier": X[TypedLinkSpecifier],
        "TypedLinkSpecifier.$": str,
    },
    total=False,
)
DisableDirectoryParameters = TypedDict(
    "DisableDirectoryParameters", {"DirectoryArn": S, "DirectoryArn.$": str}, total=False
)
EnableDirectoryParameters = TypedDict(
    "EnableDirectoryParameters", {"DirectoryArn": S, "DirectoryArn.$": str}, total=False
)
GetAppliedSchemaVersionParameters = TypedDict(
    "GetAppliedSchemaVersionParameters", {"SchemaArn": S, "SchemaArn.$": str}, total=False
)
GetDirectoryParameters = TypedDict(
    "GetDirectoryParameters", {"DirectoryArn": S, "DirectoryArn.$": str}, total=False
)
GetFacetParameters = TypedDict(
    "GetFacetParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetLinkAttributesParameters = TypedDict(
    "GetLinkAttributesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "TypedLinkSpecifier": X[TypedLinkSpecifier],
        "TypedLinkSpecifier.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
GetObjectAttributesParameters = TypedDict(
    "GetObjectAttributesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
        "SchemaFacet": X[SchemaFacet],
        "SchemaFacet.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
    },
    total=False,
)
GetObjectInformationParameters = TypedDict(
    "GetObjectInformationParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
GetSchemaAsJsonParameters = TypedDict(
    "GetSchemaAsJsonParameters", {"SchemaArn": S, "SchemaArn.$": str}, total=False
)
GetTypedLinkFacetInformationParameters = TypedDict(
    "GetTypedLinkFacetInformationParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Name": S, "Name.$": str},
    total=False,
)
ListAppliedSchemaArnsParameters = TypedDict(
    "ListAppliedSchemaArnsParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "SchemaArn": S,
        "SchemaArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAttachedIndicesParameters = TypedDict(
    "ListAttachedIndicesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "TargetReference": X[ObjectReference],
        "TargetReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListDevelopmentSchemaArnsParameters = TypedDict(
    "ListDevelopmentSchemaArnsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDirectoriesParameters = TypedDict(
    "ListDirectoriesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
ListFacetAttributesParameters = TypedDict(
    "ListFacetAttributesParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFacetNamesParameters = TypedDict(
    "ListFacetNamesParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIncomingTypedLinksParameters = TypedDict(
    "ListIncomingTypedLinksParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "FilterAttributeRanges": L[Xi[TypedLinkAttributeRange]],
        "FilterAttributeRanges.$": str,
        "FilterTypedLink": X[TypedLinkSchemaAndFacetName],
        "FilterTypedLink.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListIndexParameters = TypedDict(
    "ListIndexParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "RangesOnIndexedValues": L[Xi[ObjectAttributeRange]],
        "RangesOnIndexedValues.$": str,
        "IndexReference": X[ObjectReference],
        "IndexReference.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListManagedSchemaArnsParameters = TypedDict(
    "ListManagedSchemaArnsParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListObjectAttributesParameters = TypedDict(
    "ListObjectAttributesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
        "FacetFilter": X[SchemaFacet],
        "FacetFilter.$": str,
    },
    total=False,
)
ListObjectChildrenParameters = TypedDict(
    "ListObjectChildrenParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListObjectParentPathsParameters = TypedDict(
    "ListObjectParentPathsParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListObjectParentsParameters = TypedDict(
    "ListObjectParentsParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
        "IncludeAllLinksToEachParent": B,
        "IncludeAllLinksToEachParent.$": str,
    },
    total=False,
)
ListObjectPoliciesParameters = TypedDict(
    "ListObjectPoliciesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListOutgoingTypedLinksParameters = TypedDict(
    "ListOutgoingTypedLinksParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "FilterAttributeRanges": L[Xi[TypedLinkAttributeRange]],
        "FilterAttributeRanges.$": str,
        "FilterTypedLink": X[TypedLinkSchemaAndFacetName],
        "FilterTypedLink.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListPolicyAttachmentsParameters = TypedDict(
    "ListPolicyAttachmentsParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "PolicyReference": X[ObjectReference],
        "PolicyReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConsistencyLevel": S,
        "ConsistencyLevel.$": str,
    },
    total=False,
)
ListPublishedSchemaArnsParameters = TypedDict(
    "ListPublishedSchemaArnsParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTypedLinkFacetAttributesParameters = TypedDict(
    "ListTypedLinkFacetAttributesParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTypedLinkFacetNamesParameters = TypedDict(
    "ListTypedLinkFacetNamesParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
LookupPolicyParameters = TypedDict(
    "LookupPolicyParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PublishSchemaParameters = TypedDict(
    "PublishSchemaParameters",
    {
        "DevelopmentSchemaArn": S,
        "DevelopmentSchemaArn.$": str,
        "Version": S,
        "Version.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
PutSchemaFromJsonParameters = TypedDict(
    "PutSchemaFromJsonParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Document": S, "Document.$": str},
    total=False,
)
RemoveFacetFromObjectParameters = TypedDict(
    "RemoveFacetFromObjectParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "SchemaFacet": X[SchemaFacet],
        "SchemaFacet.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

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

class FacetAttributeUpdate(TypedDict, total=False):
    Attribute: X[FacetAttribute]
    Action: S

UpdateFacetParameters = TypedDict(
    "UpdateFacetParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "Name": S,
        "Name.$": str,
        "AttributeUpdates": L[Xi[FacetAttributeUpdate]],
        "AttributeUpdates.$": str,
        "ObjectType": S,
        "ObjectType.$": str,
    },
    total=False,
)
UpdateLinkAttributesParameters = TypedDict(
    "UpdateLinkAttributesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "TypedLinkSpecifier": X[TypedLinkSpecifier],
        "TypedLinkSpecifier.$": str,
        "AttributeUpdates": L[Xi[LinkAttributeUpdate]],
        "AttributeUpdates.$": str,
    },
    total=False,
)
UpdateObjectAttributesParameters = TypedDict(
    "UpdateObjectAttributesParameters",
    {
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "ObjectReference": X[ObjectReference],
        "ObjectReference.$": str,
        "AttributeUpdates": L[Xi[ObjectAttributeUpdate]],
        "AttributeUpdates.$": str,
    },
    total=False,
)
UpdateSchemaParameters = TypedDict(
    "UpdateSchemaParameters",
    {"SchemaArn": S, "SchemaArn.$": str, "Name": S, "Name.$": str},
    total=False,
)

class TypedLinkFacetAttributeUpdate(TypedDict, total=False):
    Attribute: X[TypedLinkAttributeDefinition]
    Action: S

UpdateTypedLinkFacetParameters = TypedDict(
    "UpdateTypedLinkFacetParameters",
    {
        "SchemaArn": S,
        "SchemaArn.$": str,
        "Name": S,
        "Name.$": str,
        "AttributeUpdates": L[Xi[TypedLinkFacetAttributeUpdate]],
        "AttributeUpdates.$": str,
        "IdentityAttributeOrder": L[Si],
        "IdentityAttributeOrder.$": str,
    },
    total=False,
)
UpgradeAppliedSchemaParameters = TypedDict(
    "UpgradeAppliedSchemaParameters",
    {
        "PublishedSchemaArn": S,
        "PublishedSchemaArn.$": str,
        "DirectoryArn": S,
        "DirectoryArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpgradePublishedSchemaParameters = TypedDict(
    "UpgradePublishedSchemaParameters",
    {
        "DevelopmentSchemaArn": S,
        "DevelopmentSchemaArn.$": str,
        "PublishedSchemaArn": S,
        "PublishedSchemaArn.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
add_facet_to_object: Builder[AddFacetToObjectParameters]
apply_schema: Builder[ApplySchemaParameters]
attach_object: Builder[AttachObjectParameters]
attach_policy: Builder[AttachPolicyParameters]
attach_to_index: Builder[AttachToIndexParameters]
attach_typed_link: Builder[AttachTypedLinkParameters]
batch_read: Builder[BatchReadParameters]
batch_write: Builder[BatchWriteParameters]
create_directory: Builder[CreateDirectoryParameters]
create_facet: Builder[CreateFacetParameters]
create_index: Builder[CreateIndexParameters]
create_object: Builder[CreateObjectParameters]
create_schema: Builder[CreateSchemaParameters]
create_typed_link_facet: Builder[CreateTypedLinkFacetParameters]
delete_directory: Builder[DeleteDirectoryParameters]
delete_facet: Builder[DeleteFacetParameters]
delete_object: Builder[DeleteObjectParameters]
delete_schema: Builder[DeleteSchemaParameters]
delete_typed_link_facet: Builder[DeleteTypedLinkFacetParameters]
detach_from_index: Builder[DetachFromIndexParameters]
detach_object: Builder[DetachObjectParameters]
detach_policy: Builder[DetachPolicyParameters]
detach_typed_link: Builder[DetachTypedLinkParameters]
disable_directory: Builder[DisableDirectoryParameters]
enable_directory: Builder[EnableDirectoryParameters]
get_applied_schema_version: Builder[GetAppliedSchemaVersionParameters]
get_directory: Builder[GetDirectoryParameters]
get_facet: Builder[GetFacetParameters]
get_link_attributes: Builder[GetLinkAttributesParameters]
get_object_attributes: Builder[GetObjectAttributesParameters]
get_object_information: Builder[GetObjectInformationParameters]
get_schema_as_json: Builder[GetSchemaAsJsonParameters]
get_typed_link_facet_information: Builder[GetTypedLinkFacetInformationParameters]
list_applied_schema_arns: Builder[ListAppliedSchemaArnsParameters]
list_attached_indices: Builder[ListAttachedIndicesParameters]
list_development_schema_arns: Builder[ListDevelopmentSchemaArnsParameters]
list_directories: Builder[ListDirectoriesParameters]
list_facet_attributes: Builder[ListFacetAttributesParameters]
list_facet_names: Builder[ListFacetNamesParameters]
list_incoming_typed_links: Builder[ListIncomingTypedLinksParameters]
list_index: Builder[ListIndexParameters]
list_managed_schema_arns: Builder[ListManagedSchemaArnsParameters]
list_object_attributes: Builder[ListObjectAttributesParameters]
list_object_children: Builder[ListObjectChildrenParameters]
list_object_parent_paths: Builder[ListObjectParentPathsParameters]
list_object_parents: Builder[ListObjectParentsParameters]
list_object_policies: Builder[ListObjectPoliciesParameters]
list_outgoing_typed_links: Builder[ListOutgoingTypedLinksParameters]
list_policy_attachments: Builder[ListPolicyAttachmentsParameters]
list_published_schema_arns: Builder[ListPublishedSchemaArnsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_typed_link_facet_attributes: Builder[ListTypedLinkFacetAttributesParameters]
list_typed_link_facet_names: Builder[ListTypedLinkFacetNamesParameters]
lookup_policy: Builder[LookupPolicyParameters]
publish_schema: Builder[PublishSchemaParameters]
put_schema_from_json: Builder[PutSchemaFromJsonParameters]
remove_facet_from_object: Builder[RemoveFacetFromObjectParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_facet: Builder[UpdateFacetParameters]
update_link_attributes: Builder[UpdateLinkAttributesParameters]
update_object_attributes: Builder[UpdateObjectAttributesParameters]
update_schema: Builder[UpdateSchemaParameters]
update_typed_link_facet: Builder[UpdateTypedLinkFacetParameters]
upgrade_applied_schema: Builder[UpgradeAppliedSchemaParameters]
upgrade_published_schema: Builder[UpgradePublishedSchemaParameters]

__all__ = [
    "add_facet_to_object",
    "apply_schema",
    "attach_object",
    "attach_policy",
    "attach_to_index",
    "attach_typed_link",
    "batch_read",
    "batch_write",
    "create_directory",
    "create_facet",
    "create_index",
    "create_object",
    "create_schema",
    "create_typed_link_facet",
    "delete_directory",
    "delete_facet",
    "delete_object",
    "delete_schema",
    "delete_typed_link_facet",
    "detach_from_index",
    "detach_object",
    "detach_policy",
    "detach_typed_link",
    "disable_directory",
    "enable_directory",
    "get_applied_schema_version",
    "get_directory",
    "get_facet",
    "get_link_attributes",
    "get_object_attributes",
    "get_object_information",
    "get_schema_as_json",
    "get_typed_link_facet_information",
    "list_applied_schema_arns",
    "list_attached_indices",
    "list_development_schema_arns",
    "list_directories",
    "list_facet_attributes",
    "list_facet_names",
    "list_incoming_typed_links",
    "list_index",
    "list_managed_schema_arns",
    "list_object_attributes",
    "list_object_children",
    "list_object_parent_paths",
    "list_object_parents",
    "list_object_policies",
    "list_outgoing_typed_links",
    "list_policy_attachments",
    "list_published_schema_arns",
    "list_tags_for_resource",
    "list_typed_link_facet_attributes",
    "list_typed_link_facet_names",
    "lookup_policy",
    "publish_schema",
    "put_schema_from_json",
    "remove_facet_from_object",
    "tag_resource",
    "untag_resource",
    "update_facet",
    "update_link_attributes",
    "update_object_attributes",
    "update_schema",
    "update_typed_link_facet",
    "upgrade_applied_schema",
    "upgrade_published_schema",
]
