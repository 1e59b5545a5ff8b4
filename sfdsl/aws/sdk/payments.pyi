"""Typed builders of the AWS SDK integration of payments (``aws-sdk:payments:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, Xi

class FinancialRecordKey(TypedDict, total=False):
    Identifier: S
    InvoiceIdentifier: S

BatchGetFinancialRecordParameters = TypedDict(
    "BatchGetFinancialRecordParameters",
    {"Keys": L[Xi[FinancialRecordKey]], "Keys.$": str},
    total=False,
)
GetAccountBalanceParameters = TypedDict(
    "GetAccountBalanceParameters",
    {
        "BalanceType": S,
        "BalanceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetFinancialRecordParameters = TypedDict(
    "GetFinancialRecordParameters",
    {"Identifier": S, "Identifier.$": str, "InvoiceIdentifier": S, "InvoiceIdentifier.$": str},
    total=False,
)
GetPaymentInstrumentParameters = TypedDict(
    "GetPaymentInstrumentParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListFinancialRecordsParameters = TypedDict(
    "ListFinancialRecordsParameters",
    {
        "Types": L[Si],
        "Types.$": str,
        "SettlementStatuses": L[Si],
        "SettlementStatuses.$": str,
        "IssuedAfter": T,
        "IssuedAfter.$": str,
        "IssuedBefore": T,
        "IssuedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPaymentInstrumentsParameters = TypedDict(
    "ListPaymentInstrumentsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
batch_get_financial_record: Builder[BatchGetFinancialRecordParameters]
get_account_balance: Builder[GetAccountBalanceParameters]
get_financial_record: Builder[GetFinancialRecordParameters]
get_payment_instrument: Builder[GetPaymentInstrumentParameters]
list_financial_records: Builder[ListFinancialRecordsParameters]
list_payment_instruments: Builder[ListPaymentInstrumentsParameters]

__all__ = [
    "batch_get_financial_record",
    "get_account_balance",
    "get_financial_record",
    "get_payment_instrument",
    "list_financial_records",
    "list_payment_instruments",
]
