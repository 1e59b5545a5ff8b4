"""Typed builders of the AWS SDK integration of kinesisvideoarchivedmedia (``aws-sdk:kinesisvideoarchivedmedia:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X

class ClipTimestampRange(TypedDict, total=False):
    StartTimestamp: T
    EndTimestamp: T

class ClipFragmentSelector(TypedDict, total=False):
    FragmentSelectorType: S
    TimestampRange: X[ClipTimestampRange]

GetClipParameters = TypedDict(
    "GetClipParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "ClipFragmentSelector": X[ClipFragmentSelector],
        "ClipFragmentSelector.$": str,
    },
    total=False,
)

class DASHTimestampRange(TypedDict, total=False):
    StartTimestamp: T
    EndTimestamp: T

class DASHFragmentSelector(TypedDict, total=False):
    FragmentSelectorType: S
    TimestampRange: X[DASHTimestampRange]

GetDASHStreamingSessionURLParameters = TypedDict(
    "GetDASHStreamingSessionURLParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "PlaybackMode": S,
        "PlaybackMode.$": str,
        "DisplayFragmentTimestamp": S,
        "DisplayFragmentTimestamp.$": str,
        "DisplayFragmentNumber": S,
        "DisplayFragmentNumber.$": str,
        "DashFragmentSelector": X[DASHFragmentSelector],
        "DashFragmentSelector.$": str,
        "Expires": I,
        "Expires.$": str,
        "MaxManifestFragmentResults": I,
        "MaxManifestFragmentResults.$": str,
    },
    total=False,
)

class HLSTimestampRange(TypedDict, total=False):
    StartTimestamp: T
    EndTimestamp: T

class HLSFragmentSelector(TypedDict, total=False):
    FragmentSelectorType: S
    TimestampRange: X[HLSTimestampRange]

GetHLSStreamingSessionURLParameters = TypedDict(
    "GetHLSStreamingSessionURLParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "PlaybackMode": S,
        "PlaybackMode.$": str,
        "HlsFragmentSelector": X[HLSFragmentSelector],
        "HlsFragmentSelector.$": str,
        "ContainerFormat": S,
        "ContainerFormat.$": str,
        "DiscontinuityMode": S,
        "DiscontinuityMode.$": str,
        "DisplayFragmentTimestamp": S,
        "DisplayFragmentTimestamp.$": str,
        "Expires": I,
        "Expires.$": str,
        "MaxMediaPlaylistFragmentResults": I,
        "MaxMediaPlaylistFragmentResults.$": str,
    },
    total=False,
)
GetImagesParameters = TypedDict(
    "GetImagesParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "ImageSelectorType": S,
        "ImageSelectorType.$": str,
        "StartTimestamp": T,
        "StartTimestamp.$": str,
        "EndTimestamp": T,
        "EndTimestamp.$": str,
        "SamplingInterval": I,
        "SamplingInterval.$": str,
        "Format": S,
        "Format.$": str,
        "FormatConfig": M[S],
        "FormatConfig.$": str,
        "WidthPixels": I,
        "WidthPixels.$": str,
        "HeightPixels": I,
        "HeightPixels.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetMediaForFragmentListParameters = TypedDict(
    "GetMediaForFragmentListParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "Fragments": L[Si],
        "Fragments.$": str,
    },
    total=False,
)

class TimestampRange(TypedDict, total=False):
    StartTimestamp: T
    EndTimestamp: T

class FragmentSelector(TypedDict, total=False):
    FragmentSelectorType: S
    TimestampRange: X[TimestampRange]

ListFragmentsParameters = TypedDict(
    "ListFragmentsParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FragmentSelector": X[FragmentSelector],
        "FragmentSelector.$": str,
    },
    total=False,
)
get_clip: Builder[GetClipParameters]
get_dash_streaming_session_url: Builder[GetDASHStreamingSessionURLParameters]
get_hls_streaming_session_url: Builder[GetHLSStreamingSessionURLParameters]
get_images: Builder[GetImagesParameters]
get_media_for_fragment_list: Builder[GetMediaForFragmentListParameters]
list_fragments: Builder[ListFragmentsParameters]

__all__ = [
    "get_clip",
    "get_dash_streaming_session_url",
    "get_hls_streaming_session_url",
    "get_images",
    "get_media_for_fragment_list",
    "list_fragments",
]
