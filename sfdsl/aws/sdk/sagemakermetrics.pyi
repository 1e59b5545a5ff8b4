"""Typed builders of the AWS SDK integration of sagemakermetrics (``aws-sdk:sagemakermetrics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, S, T, Xi

class MetricQuery(TypedDict, total=False):
    MetricName: S
    ResourceArn: S
    MetricStat: S
    Period: S
    XAxisType: S
    Start: I
    End: I

BatchGetMetricsParameters = TypedDict(
    "BatchGetMetricsParameters",
    {"MetricQueries": L[Xi[MetricQuery]], "MetricQueries.$": str},
    total=False,
)

class RawMetricData(TypedDict, total=False):
    MetricName: S
    Timestamp: T
    Step: I
    Value: F

BatchPutMetricsParameters = TypedDict(
    "BatchPutMetricsParameters",
    {
        "TrialComponentName": S,
        "TrialComponentName.$": str,
        "MetricData": L[Xi[RawMetricData]],
        "MetricData.$": str,
    },
    total=False,
)
batch_get_metrics: Builder[BatchGetMetricsParameters]
batch_put_metrics: Builder[BatchPutMetricsParameters]

__all__ = ["batch_get_metrics", "batch_put_metrics"]
