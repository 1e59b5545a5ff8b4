"""Typed builders of the AWS SDK integration of sagemakertrainingsessionruntime (``aws-sdk:sagemakertrainingsessionruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, Ii, L, M, S, Si, X, Xi

class EncodedTextChunk(TypedDict, total=False):
    Tokens: L[Ii]
    Type: S

class ModelInput(TypedDict, total=False):
    Chunks: L[Xi[EncodedTextChunk]]

class SamplingParams(TypedDict, total=False):
    MaxTokens: I
    Temperature: F
    TopK: I
    TopP: F
    Seed: I
    Stop: L[Si]

class SampleConfig(TypedDict, total=False):
    Prompt: X[ModelInput]
    NumSamples: I
    SamplingParams: X[SamplingParams]
    IncludePromptLogprobs: B
    TopkPromptLogprobs: I
    ModelPackageArn: S

class ComputeLogprobsConfig(TypedDict, total=False):
    Prompt: X[ModelInput]
    ModelPackageArn: S

class LoadWeightsForSamplingConfig(TypedDict, total=False):
    ModelPackageArn: S

class SampleOperationConfig(TypedDict, total=False):
    Sample: X[SampleConfig]
    ComputeLogprobs: X[ComputeLogprobsConfig]
    LoadWeightsForSampling: X[LoadWeightsForSamplingConfig]

ExecuteSamplingOperationParameters = TypedDict(
    "ExecuteSamplingOperationParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "OperationConfig": X[SampleOperationConfig],
        "OperationConfig.$": str,
    },
    total=False,
)

class TensorData(TypedDict, total=False):
    Data: Doc
    Dtype: S
    Shape: L[Ii]

class Datum(TypedDict, total=False):
    ModelInput: X[ModelInput]
    LossFnInputs: M[X[TensorData]]

class ForwardConfig(TypedDict, total=False):
    LossFnName: S
    DatumList: L[Xi[Datum]]
    LossFnConfig: Doc

class ForwardBackwardConfig(TypedDict, total=False):
    LossFnName: S
    DatumList: L[Xi[Datum]]
    LossFnConfig: Doc

class AdamParamsConfig(TypedDict, total=False):
    LearningRate: F
    Beta1: F
    Beta2: F
    Eps: F
    WeightDecay: F
    GradClipNorm: F
    LoraPlusLrRatio: F

class OptimizerStepConfig(TypedDict, total=False):
    AdamParamsConfig: X[AdamParamsConfig]

class SaveWeightsConfig(TypedDict, total=False):
    MergeWeights: B
    Description: S

class SaveStateConfig(TypedDict, total=False):
    Description: S

class LoadStateConfig(TypedDict, total=False):
    ModelPackageArn: S
    LoadOptimizer: B

class OperationConfig(TypedDict, total=False):
    Forward: X[ForwardConfig]
    ForwardBackward: X[ForwardBackwardConfig]
    OptimizerStep: X[OptimizerStepConfig]
    SaveWeights: X[SaveWeightsConfig]
    SaveState: X[SaveStateConfig]
    LoadState: X[LoadStateConfig]

ExecuteTrainingOperationParameters = TypedDict(
    "ExecuteTrainingOperationParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "SequenceNumber": I,
        "SequenceNumber.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OperationConfig": X[OperationConfig],
        "OperationConfig.$": str,
    },
    total=False,
)
GetSamplingOperationResultParameters = TypedDict(
    "GetSamplingOperationResultParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "OperationId": S,
        "OperationId.$": str,
    },
    total=False,
)
GetTrainingOperationResultParameters = TypedDict(
    "GetTrainingOperationResultParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "OperationId": S,
        "OperationId.$": str,
    },
    total=False,
)
SampleTrainingSessionParameters = TypedDict(
    "SampleTrainingSessionParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "ModelPackageArn": S,
        "ModelPackageArn.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
SampleTrainingSessionWithResponseStreamParameters = TypedDict(
    "SampleTrainingSessionWithResponseStreamParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "ModelPackageArn": S,
        "ModelPackageArn.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
execute_sampling_operation: Builder[ExecuteSamplingOperationParameters]
execute_training_operation: Builder[ExecuteTrainingOperationParameters]
get_sampling_operation_result: Builder[GetSamplingOperationResultParameters]
get_training_operation_result: Builder[GetTrainingOperationResultParameters]
sample_training_session: Builder[SampleTrainingSessionParameters]
sample_training_session_with_response_stream: Builder[
    SampleTrainingSessionWithResponseStreamParameters
]

__all__ = [
    "execute_sampling_operation",
    "execute_training_operation",
    "get_sampling_operation_result",
    "get_training_operation_result",
    "sample_training_session",
    "sample_training_session_with_response_stream",
]
