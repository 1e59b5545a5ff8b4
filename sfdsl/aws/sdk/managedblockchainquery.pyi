"""Typed builders of the AWS SDK integration of managedblockchainquery (``aws-sdk:managedblockchainquery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class TokenIdentifier(TypedDict, total=False):
    Network: S
    ContractAddress: S
    TokenId: S

class OwnerIdentifier(TypedDict, total=False):
    Address: S

class BlockchainInstant(TypedDict, total=False):
    Time: T

class BatchGetTokenBalanceInputItem(TypedDict, total=False):
    TokenIdentifier: X[TokenIdentifier]
    OwnerIdentifier: X[OwnerIdentifier]
    AtBlockchainInstant: X[BlockchainInstant]

BatchGetTokenBalanceParameters = TypedDict(
    "BatchGetTokenBalanceParameters",
    {"GetTokenBalanceInputs": L[Xi[BatchGetTokenBalanceInputItem]], "GetTokenBalanceInputs.$": str},
    total=False,
)

class ContractIdentifier(TypedDict, total=False):
    Network: S
    ContractAddress: S

GetAssetContractParameters = TypedDict(
    "GetAssetContractParameters",
    {"ContractIdentifier": X[ContractIdentifier], "ContractIdentifier.$": str},
    total=False,
)
GetTokenBalanceParameters = TypedDict(
    "GetTokenBalanceParameters",
    {
        "TokenIdentifier": X[TokenIdentifier],
        "TokenIdentifier.$": str,
        "OwnerIdentifier": X[OwnerIdentifier],
        "OwnerIdentifier.$": str,
        "AtBlockchainInstant": X[BlockchainInstant],
        "AtBlockchainInstant.$": str,
    },
    total=False,
)
GetTransactionParameters = TypedDict(
    "GetTransactionParameters",
    {
        "TransactionHash": S,
        "TransactionHash.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "Network": S,
        "Network.$": str,
    },
    total=False,
)

class ContractFilter(TypedDict, total=False):
    Network: S
    TokenStandard: S
    DeployerAddress: S

ListAssetContractsParameters = TypedDict(
    "ListAssetContractsParameters",
    {
        "ContractFilter": X[ContractFilter],
        "ContractFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AddressIdentifierFilter(TypedDict, total=False):
    TransactionEventToAddress: L[Si]

class TimeFilter(TypedDict, total=False):
    From: X[BlockchainInstant]
    To: X[BlockchainInstant]

class VoutFilter(TypedDict, total=False):
    VoutSpent: B

class ConfirmationStatusFilter(TypedDict, total=False):
    Include: L[Si]

class ListFilteredTransactionEventsSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListFilteredTransactionEventsParameters = TypedDict(
    "ListFilteredTransactionEventsParameters",
    {
        "Network": S,
        "Network.$": str,
        "AddressIdentifierFilter": X[AddressIdentifierFilter],
        "AddressIdentifierFilter.$": str,
        "TimeFilter": X[TimeFilter],
        "TimeFilter.$": str,
        "VoutFilter": X[VoutFilter],
        "VoutFilter.$": str,
        "ConfirmationStatusFilter": X[ConfirmationStatusFilter],
        "ConfirmationStatusFilter.$": str,
        "Sort": X[ListFilteredTransactionEventsSort],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class OwnerFilter(TypedDict, total=False):
    Address: S

class TokenFilter(TypedDict, total=False):
    Network: S
    ContractAddress: S
    TokenId: S

ListTokenBalancesParameters = TypedDict(
    "ListTokenBalancesParameters",
    {
        "OwnerFilter": X[OwnerFilter],
        "OwnerFilter.$": str,
        "TokenFilter": X[TokenFilter],
        "TokenFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTransactionEventsParameters = TypedDict(
    "ListTransactionEventsParameters",
    {
        "TransactionHash": S,
        "TransactionHash.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "Network": S,
        "Network.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListTransactionsSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListTransactionsParameters = TypedDict(
    "ListTransactionsParameters",
    {
        "Address": S,
        "Address.$": str,
        "Network": S,
        "Network.$": str,
        "FromBlockchainInstant": X[BlockchainInstant],
        "FromBlockchainInstant.$": str,
        "ToBlockchainInstant": X[BlockchainInstant],
        "ToBlockchainInstant.$": str,
        "Sort": X[ListTransactionsSort],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConfirmationStatusFilter": X[ConfirmationStatusFilter],
        "ConfirmationStatusFilter.$": str,
    },
    total=False,
)
batch_get_token_balance: Builder[BatchGetTokenBalanceParameters]
get_asset_contract: Builder[GetAssetContractParameters]
get_token_balance: Builder[GetTokenBalanceParameters]
get_transaction: Builder[GetTransactionParameters]
list_asset_contracts: Builder[ListAssetContractsParameters]
list_filtered_transaction_events: Builder[ListFilteredTransactionEventsParameters]
list_token_balances: Builder[ListTokenBalancesParameters]
list_transaction_events: Builder[ListTransactionEventsParameters]
list_transactions: Builder[ListTransactionsParameters]

__all__ = [
    "batch_get_token_balance",
    "get_asset_contract",
    "get_token_balance",
    "get_transaction",
    "list_asset_contracts",
    "list_filtered_transaction_events",
    "list_token_balances",
    "list_transaction_events",
    "list_transactions",
]
