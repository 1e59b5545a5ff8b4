"""Typed builders of the AWS SDK integration of comprehendmedical (``aws-sdk:comprehendmedical:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, T, X

DescribeEntitiesDetectionV2JobParameters = TypedDict(
    "DescribeEntitiesDetectionV2JobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeICD10CMInferenceJobParameters = TypedDict(
    "DescribeICD10CMInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribePHIDetectionJobParameters = TypedDict(
    "DescribePHIDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeRxNormInferenceJobParameters = TypedDict(
    "DescribeRxNormInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeSNOMEDCTInferenceJobParameters = TypedDict(
    "DescribeSNOMEDCTInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DetectEntitiesV2Parameters = TypedDict(
    "DetectEntitiesV2Parameters", {"Text": S, "Text.$": str}, total=False
)
DetectPHIParameters = TypedDict("DetectPHIParameters", {"Text": S, "Text.$": str}, total=False)
InferICD10CMParameters = TypedDict(
    "InferICD10CMParameters", {"Text": S, "Text.$": str}, total=False
)
InferRxNormParameters = TypedDict("InferRxNormParameters", {"Text": S, "Text.$": str}, total=False)
InferSNOMEDCTParameters = TypedDict(
    "InferSNOMEDCTParameters", {"Text": S, "Text.$": str}, total=False
)

class ComprehendMedicalAsyncJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListEntitiesDetectionV2JobsParameters = TypedDict(
    "ListEntitiesDetectionV2JobsParameters",
    {
        "Filter": X[ComprehendMedicalAsyncJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListICD10CMInferenceJobsParameters = TypedDict(
    "ListICD10CMInferenceJobsParameters",
    {
        "Filter": X[ComprehendMedicalAsyncJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPHIDetectionJobsParameters = TypedDict(
    "ListPHIDetectionJobsParameters",
    {
        "Filter": X[ComprehendMedicalAsyncJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRxNormInferenceJobsParameters = TypedDict(
    "ListRxNormInferenceJobsParameters",
    {
        "Filter": X[ComprehendMedicalAsyncJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSNOMEDCTInferenceJobsParameters = TypedDict(
    "ListSNOMEDCTInferenceJobsParameters",
    {
        "Filter": X[ComprehendMedicalAsyncJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Bucket: S
    S3Key: S

class OutputDataConfig(TypedDict, total=False):
    S3Bucket: S
    S3Key: S

StartEntitiesDetectionV2JobParameters = TypedDict(
    "StartEntitiesDetectionV2JobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
StartICD10CMInferenceJobParameters = TypedDict(
    "StartICD10CMInferenceJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
StartPHIDetectionJobParameters = TypedDict(
    "StartPHIDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
StartRxNormInferenceJobParameters = TypedDict(
    "StartRxNormInferenceJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
StartSNOMEDCTInferenceJobParameters = TypedDict(
    "StartSNOMEDCTInferenceJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
StopEntitiesDetectionV2JobParameters = TypedDict(
    "StopEntitiesDetectionV2JobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopICD10CMInferenceJobParameters = TypedDict(
    "StopICD10CMInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopPHIDetectionJobParameters = TypedDict(
    "StopPHIDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopRxNormInferenceJobParameters = TypedDict(
    "StopRxNormInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopSNOMEDCTInferenceJobParameters = TypedDict(
    "StopSNOMEDCTInferenceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
describe_entities_detection_v2_job: Builder[DescribeEntitiesDetectionV2JobParameters]
describe_icd10_cm_inference_job: Builder[DescribeICD10CMInferenceJobParameters]
describe_phi_detection_job: Builder[DescribePHIDetectionJobParameters]
describe_rx_norm_inference_job: Builder[DescribeRxNormInferenceJobParameters]
describe_snomedct_inference_job: Builder[DescribeSNOMEDCTInferenceJobParameters]
detect_entities_v2: Builder[DetectEntitiesV2Parameters]
detect_phi: Builder[DetectPHIParameters]
infer_icd10_cm: Builder[InferICD10CMParameters]
infer_rx_norm: Builder[InferRxNormParameters]
infer_snomedct: Builder[InferSNOMEDCTParameters]
list_entities_detection_v2_jobs: Builder[ListEntitiesDetectionV2JobsParameters]
list_icd10_cm_inference_jobs: Builder[ListICD10CMInferenceJobsParameters]
list_phi_detection_jobs: Builder[ListPHIDetectionJobsParameters]
list_rx_norm_inference_jobs: Builder[ListRxNormInferenceJobsParameters]
list_snomedct_inference_jobs: Builder[ListSNOMEDCTInferenceJobsParameters]
start_entities_detection_v2_job: Builder[StartEntitiesDetectionV2JobParameters]
start_icd10_cm_inference_job: Builder[StartICD10CMInferenceJobParameters]
start_phi_detection_job: Builder[StartPHIDetectionJobParameters]
start_rx_norm_inference_job: Builder[StartRxNormInferenceJobParameters]
start_snomedct_inference_job: Builder[StartSNOMEDCTInferenceJobParameters]
stop_entities_detection_v2_job: Builder[StopEntitiesDetectionV2JobParameters]
stop_icd10_cm_inference_job: Builder[StopICD10CMInferenceJobParameters]
stop_phi_detection_job: Builder[StopPHIDetectionJobParameters]
stop_rx_norm_inference_job: Builder[StopRxNormInferenceJobParameters]
stop_snomedct_inference_job: Builder[StopSNOMEDCTInferenceJobParameters]

__all__ = [
    "describe_entities_detection_v2_job",
    "describe_icd10_cm_inference_job",
    "describe_phi_detection_job",
    "describe_rx_norm_inference_job",
    "describe_snomedct_inference_job",
    "detect_entities_v2",
    "detect_phi",
    "infer_icd10_cm",
    "infer_rx_norm",
    "infer_snomedct",
    "list_entities_detection_v2_jobs",
    "list_icd10_cm_inference_jobs",
    "list_phi_detection_jobs",
    "list_rx_norm_inference_jobs",
    "list_snomedct_inference_jobs",
    "start_entities_detection_v2_job",
    "start_icd10_cm_inference_job",
    "start_phi_detection_job",
    "start_rx_norm_inference_job",
    "start_snomedct_inference_job",
    "stop_entities_detection_v2_job",
    "stop_icd10_cm_inference_job",
    "stop_phi_detection_job",
    "stop_rx_norm_inference_job",
    "stop_snomedct_inference_job",
]
