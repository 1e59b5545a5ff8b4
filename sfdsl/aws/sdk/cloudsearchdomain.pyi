"""Typed builders of the AWS SDK integration of cloudsearchdomain (``aws-sdk:cloudsearchdomain:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, S

SearchParameters = TypedDict(
    "SearchParameters",
    {
        "Cursor": S,
        "Cursor.$": str,
        "Expr": S,
        "Expr.$": str,
        "Facet": S,
        "Facet.$": str,
        "FilterQuery": S,
        "FilterQuery.$": str,
        "Highlight": S,
        "Highlight.$": str,
        "Partial": B,
        "Partial.$": str,
        "Query": S,
        "Query.$": str,
        "QueryOptions": S,
        "QueryOptions.$": str,
        "QueryParser": S,
        "QueryParser.$": str,
        "ReturnValue": S,
        "ReturnValue.$": str,
        "Size": I,
        "Size.$": str,
        "Sort": S,
        "Sort.$": str,
        "Start": I,
        "Start.$": str,
        "Stats": S,
        "Stats.$": str,
    },
    total=False,
)
SuggestParameters = TypedDict(
    "SuggestParameters",
    {"Query": S, "Query.$": str, "Suggester": S, "Suggester.$": str, "Size": I, "Size.$": str},
    total=False,
)
UploadDocumentsParameters = TypedDict(
    "UploadDocumentsParameters",
    {"Documents": S, "Documents.$": str, "ContentType": S, "ContentType.$": str},
    total=False,
)
search: Builder[SearchParameters]
suggest: Builder[SuggestParameters]
upload_documents: Builder[UploadDocumentsParameters]

__all__ = ["search", "suggest", "upload_documents"]
