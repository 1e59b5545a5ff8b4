"""Typed builders of the AWS SDK integration of sagemakermetrics (``aws-sdk:sagemakermetrics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, S, T, X

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
    {"MetricQueries": L[X[MetricQuery]], "MetricQueries.$": str},
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
        "MetricData": L[X[RawMetricData]],
        "MetricData.$": str,
    },
    total=False,
)
batch_get_metrics: Builder[BatchGetMetricsParameters]
batch_put_metrics: Builder[BatchPutMetricsParameters]

__all__ = ["batch_get_metrics", "batch_put_metrics"]
