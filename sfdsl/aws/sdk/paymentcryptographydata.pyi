"""Typed builders of the AWS SDK integration of paymentcryptographydata (``aws-sdk:paymentcryptographydata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, X

class SymmetricEncryptionAttributes(TypedDict, total=False):
    Mode: S
    InitializationVector: S
    PaddingType: S

class AsymmetricEncryptionAttributes(TypedDict, total=False):
    PaddingType: S

class DukptEncryptionAttributes(TypedDict, total=False):
    KeySerialNumber: S
    Mode: S
    DukptKeyDerivationType: S
    DukptKeyVariant: S
    InitializationVector: S

class EmvEncryptionAttributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    SessionDerivationData: S
    Mode: S
    InitializationVector: S

class EncryptionDecryptionAttributes(TypedDict, total=False):
    Symmetric: X[SymmetricEncryptionAttributes]
    Asymmetric: X[AsymmetricEncryptionAttributes]
    Dukpt: X[DukptEncryptionAttributes]
    Emv: X[EmvEncryptionAttributes]

class EcdhDerivationAttributes(TypedDict, total=False):
    CertificateAuthorityPublicKeyIdentifier: S
    PublicKeyCertificate: S
    KeyAlgorithm: S
    KeyDerivationFunction: S
    KeyDerivationHashAlgorithm: S
    SharedInformation: S

class WrappedKeyMaterial(TypedDict, total=False):
    Tr31KeyBlock: S
    DiffieHellmanSymmetricKey: X[EcdhDerivationAttributes]

class WrappedKey(TypedDict, total=False):
    WrappedKeyMaterial: X[WrappedKeyMaterial]
    KeyCheckValueAlgorithm: S

DecryptDataParameters = TypedDict(
    "DecryptDataParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "CipherText": S,
        "CipherText.$": str,
        "DecryptionAttributes": X[EncryptionDecryptionAttributes],
        "DecryptionAttributes.$": str,
        "WrappedKey": X[WrappedKey],
        "WrappedKey.$": str,
    },
    total=False,
)
EncryptDataParameters = TypedDict(
    "EncryptDataParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "PlainText": S,
        "PlainText.$": str,
        "EncryptionAttributes": X[EncryptionDecryptionAttributes],
        "EncryptionAttributes.$": str,
        "WrappedKey": X[WrappedKey],
        "WrappedKey.$": str,
    },
    total=False,
)

class KekValidationRequest(TypedDict, total=False):
    DeriveKeyAlgorithm: S
    RandomKeyMaxLength: S

class KekValidationResponse(TypedDict, total=False):
    RandomKeySend: S

class As2805KekValidationType(TypedDict, total=False):
    KekValidationRequest: X[KekValidationRequest]
    KekValidationResponse: X[KekValidationResponse]

GenerateAs2805KekValidationParameters = TypedDict(
    "GenerateAs2805KekValidationParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "KekValidationType": X[As2805KekValidationType],
        "KekValidationType.$": str,
        "RandomKeySendVariantMask": S,
        "RandomKeySendVariantMask.$": str,
    },
    total=False,
)

class SessionKeyEmvCommon(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S

class SessionKeyMastercard(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S
    UnpredictableNumber: S

class SessionKeyEmv2000(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S

class SessionKeyAmex(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S

class SessionKeyVisa(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S

class SessionKeyUnionPay(TypedDict, total=False):
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S

class SessionKeyDerivation(TypedDict, total=False):
    EmvCommon: X[SessionKeyEmvCommon]
    Mastercard: X[SessionKeyMastercard]
    Emv2000: X[SessionKeyEmv2000]
    Amex: X[SessionKeyAmex]
    Visa: X[SessionKeyVisa]
    UnionPay: X[SessionKeyUnionPay]

GenerateAuthRequestCryptogramParameters = TypedDict(
    "GenerateAuthRequestCryptogramParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "TransactionData": S,
        "TransactionData.$": str,
        "MajorKeyDerivationMode": S,
        "MajorKeyDerivationMode.$": str,
        "SessionKeyDerivationAttributes": X[SessionKeyDerivation],
        "SessionKeyDerivationAttributes.$": str,
    },
    total=False,
)

class AmexCardSecurityCodeVersion1(TypedDict, total=False):
    CardExpiryDate: S

class AmexCardSecurityCodeVersion2(TypedDict, total=False):
    CardExpiryDate: S
    ServiceCode: S

class CardVerificationValue1(TypedDict, total=False):
    CardExpiryDate: S
    ServiceCode: S

class CardVerificationValue2(TypedDict, total=False):
    CardExpiryDate: S

class CardHolderVerificationValue(TypedDict, total=False):
    UnpredictableNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S

class DynamicCardVerificationCode(TypedDict, total=False):
    UnpredictableNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S
    TrackData: S

class DynamicCardVerificationValue(TypedDict, total=False):
    PanSequenceNumber: S
    CardExpiryDate: S
    ServiceCode: S
    ApplicationTransactionCounter: S

class CardGenerationAttributes(TypedDict, total=False):
    AmexCardSecurityCodeVersion1: X[AmexCardSecurityCodeVersion1]
    AmexCardSecurityCodeVersion2: X[AmexCardSecurityCodeVersion2]
    CardVerificationValue1: X[CardVerificationValue1]
    CardVerificationValue2: X[CardVerificationValue2]
    CardHolderVerificationValue: X[CardHolderVerificationValue]
    DynamicCardVerificationCode: X[DynamicCardVerificationCode]
    DynamicCardVerificationValue: X[DynamicCardVerificationValue]

GenerateCardValidationDataParameters = TypedDict(
    "GenerateCardValidationDataParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "PrimaryAccountNumber": S,
        "PrimaryAccountNumber.$": str,
        "GenerationAttributes": X[CardGenerationAttributes],
        "GenerationAttributes.$": str,
        "ValidationDataLength": I,
        "ValidationDataLength.$": str,
    },
    total=False,
)

class SessionKeyDerivationValue(TypedDict, total=False):
    ApplicationCryptogram: S
    ApplicationTransactionCounter: S

class MacAlgorithmEmv(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    SessionKeyDerivationMode: S
    SessionKeyDerivationValue: X[SessionKeyDerivationValue]

class MacAlgorithmDukpt(TypedDict, total=False):
    KeySerialNumber: S
    DukptKeyVariant: S
    DukptDerivationType: S

class MacAttributes(TypedDict, total=False):
    Algorithm: S
    EmvMac: X[MacAlgorithmEmv]
    DukptIso9797Algorithm1: X[MacAlgorithmDukpt]
    DukptIso9797Algorithm3: X[MacAlgorithmDukpt]
    DukptCmac: X[MacAlgorithmDukpt]

GenerateMacParameters = TypedDict(
    "GenerateMacParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "MessageData": S,
        "MessageData.$": str,
        "GenerationAttributes": X[MacAttributes],
        "GenerationAttributes.$": str,
        "MacLength": I,
        "MacLength.$": str,
    },
    total=False,
)

class EmvCommonAttributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationCryptogram: S
    Mode: S
    PinBlockPaddingType: S
    PinBlockLengthPosition: S

class CurrentPinAttributes(TypedDict, total=False):
    CurrentPinPekIdentifier: S
    CurrentEncryptedPinBlock: S

class AmexAttributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S
    AuthorizationRequestKeyIdentifier: S
    CurrentPinAttributes: X[CurrentPinAttributes]

class VisaAttributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S
    AuthorizationRequestKeyIdentifier: S
    CurrentPinAttributes: X[CurrentPinAttributes]

class Emv2000Attributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationTransactionCounter: S

class MasterCardAttributes(TypedDict, total=False):
    MajorKeyDerivationMode: S
    PrimaryAccountNumber: S
    PanSequenceNumber: S
    ApplicationCryptogram: S

class DerivationMethodAttributes(TypedDict, total=False):
    EmvCommon: X[EmvCommonAttributes]
    Amex: X[AmexAttributes]
    Visa: X[VisaAttributes]
    Emv2000: X[Emv2000Attributes]
    Mastercard: X[MasterCardAttributes]

GenerateMacEmvPinChangeParameters = TypedDict(
    "GenerateMacEmvPinChangeParameters",
    {
        "NewPinPekIdentifier": S,
        "NewPinPekIdentifier.$": str,
        "NewEncryptedPinBlock": S,
        "NewEncryptedPinBlock.$": str,
        "PinBlockFormat": S,
        "PinBlockFormat.$": str,
        "SecureMessagingIntegrityKeyIdentifier": S,
        "SecureMessagingIntegrityKeyIdentifier.$": str,
        "SecureMessagingConfidentialityKeyIdentifier": S,
        "SecureMessagingConfidentialityKeyIdentifier.$": str,
        "MessageData": S,
        "MessageData.$": str,
        "DerivationMethodAttributes": X[DerivationMethodAttributes],
        "DerivationMethodAttributes.$": str,
    },
    total=False,
)

class VisaPin(TypedDict, total=False):
    PinVerificationKeyIndex: I

class VisaPinVerificationValue(TypedDict, total=False):
    EncryptedPinBlock: S
    PinVerificationKeyIndex: I

class Ibm3624PinOffset(TypedDict, total=False):
    EncryptedPinBlock: S
    DecimalizationTable: S
    PinValidationDataPadCharacter: S
    PinValidationData: S

class Ibm3624NaturalPin(TypedDict, total=False):
    DecimalizationTable: S
    PinValidationDataPadCharacter: S
    PinValidationData: S

class Ibm3624RandomPin(TypedDict, total=False):
    DecimalizationTable: S
    PinValidationDataPadCharacter: S
    PinValidationData: S

class Ibm3624PinFromOffset(TypedDict, total=False):
    DecimalizationTable: S
    PinValidationDataPadCharacter: S
    PinValidationData: S
    PinOffset: S

class PinGenerationAttributes(TypedDict, total=False):
    VisaPin: X[VisaPin]
    VisaPinVerificationValue: X[VisaPinVerificationValue]
    Ibm3624PinOffset: X[Ibm3624PinOffset]
    Ibm3624NaturalPin: X[Ibm3624NaturalPin]
    Ibm3624RandomPin: X[Ibm3624RandomPin]
    Ibm3624PinFromOffset: X[Ibm3624PinFromOffset]

GeneratePinDataParameters = TypedDict(
    "GeneratePinDataParameters",
    {
        "GenerationKeyIdentifier": S,
        "GenerationKeyIdentifier.$": str,
        "EncryptionKeyIdentifier": S,
        "EncryptionKeyIdentifier.$": str,
        "GenerationAttributes": X[PinGenerationAttributes],
        "GenerationAttributes.$": str,
        "PinDataLength": I,
        "PinDataLength.$": str,
        "PrimaryAccountNumber": S,
        "PrimaryAccountNumber.$": str,
        "PinBlockFormat": S,
        "PinBlockFormat.$": str,
        "EncryptionWrappedKey": X[WrappedKey],
        "EncryptionWrappedKey.$": str,
    },
    total=False,
)

class ReEncryptionAttributes(TypedDict, total=False):
    Symmetric: X[SymmetricEncryptionAttributes]
    Asymmetric: X[AsymmetricEncryptionAttributes]
    Dukpt: X[DukptEncryptionAttributes]

ReEncryptDataParameters = TypedDict(
    "ReEncryptDataParameters",
    {
        "IncomingKeyIdentifier": S,
        "IncomingKeyIdentifier.$": str,
        "OutgoingKeyIdentifier": S,
        "OutgoingKeyIdentifier.$": str,
        "CipherText": S,
        "CipherText.$": str,
        "IncomingEncryptionAttributes": X[ReEncryptionAttributes],
        "IncomingEncryptionAttributes.$": str,
        "OutgoingEncryptionAttributes": X[ReEncryptionAttributes],
        "OutgoingEncryptionAttributes.$": str,
        "IncomingWrappedKey": X[WrappedKey],
        "IncomingWrappedKey.$": str,
        "OutgoingWrappedKey": X[WrappedKey],
        "OutgoingWrappedKey.$": str,
    },
    total=False,
)

class DiffieHellmanDerivationData(TypedDict, total=False):
    SharedInformation: S

class IncomingDiffieHellmanTr31KeyBlock(TypedDict, total=False):
    PrivateKeyIdentifier: S
    CertificateAuthorityPublicKeyIdentifier: S
    PublicKeyCertificate: S
    DeriveKeyAlgorithm: S
    KeyDerivationFunction: S
    KeyDerivationHashAlgorithm: S
    DerivationData: X[DiffieHellmanDerivationData]
    WrappedKeyBlock: S

class IncomingKeyMaterial(TypedDict, total=False):
    DiffieHellmanTr31KeyBlock: X[IncomingDiffieHellmanTr31KeyBlock]

class OutgoingTr31KeyBlock(TypedDict, total=False):
    WrappingKeyIdentifier: S

class OutgoingKeyMaterial(TypedDict, total=False):
    Tr31KeyBlock: X[OutgoingTr31KeyBlock]

TranslateKeyMaterialParameters = TypedDict(
    "TranslateKeyMaterialParameters",
    {
        "IncomingKeyMaterial": X[IncomingKeyMaterial],
        "IncomingKeyMaterial.$": str,
        "OutgoingKeyMaterial": X[OutgoingKeyMaterial],
        "OutgoingKeyMaterial.$": str,
        "KeyCheckValueAlgorithm": S,
        "KeyCheckValueAlgorithm.$": str,
    },
    total=False,
)

class TranslationPinDataIsoFormat034(TypedDict, total=False):
    PrimaryAccountNumber: S

class TranslationPinDataIsoFormat1(TypedDict, total=False): ...

class TranslationPinDataAs2805Format0(TypedDict, total=False):
    PrimaryAccountNumber: S

class TranslationIsoFormats(TypedDict, total=False):
    IsoFormat0: X[TranslationPinDataIsoFormat034]
    IsoFormat1: X[TranslationPinDataIsoFormat1]
    IsoFormat3: X[TranslationPinDataIsoFormat034]
    IsoFormat4: X[TranslationPinDataIsoFormat034]
    As2805Format0: X[TranslationPinDataAs2805Format0]

class DukptDerivationAttributes(TypedDict, total=False):
    KeySerialNumber: S
    DukptKeyDerivationType: S
    DukptKeyVariant: S

class As2805PekDerivationAttributes(TypedDict, total=False):
    SystemTraceAuditNumber: S
    TransactionAmount: S

TranslatePinDataParameters = TypedDict(
    "TranslatePinDataParameters",
    {
        "IncomingKeyIdentifier": S,
        "IncomingKeyIdentifier.$": str,
        "OutgoingKeyIdentifier": S,
        "OutgoingKeyIdentifier.$": str,
        "IncomingTranslationAttributes": X[TranslationIsoFormats],
        "IncomingTranslationAttributes.$": str,
        "OutgoingTranslationAttributes": X[TranslationIsoFormats],
        "OutgoingTranslationAttributes.$": str,
        "EncryptedPinBlock": S,
        "EncryptedPinBlock.$": str,
        "IncomingDukptAttributes": X[DukptDerivationAttributes],
        "IncomingDukptAttributes.$": str,
        "OutgoingDukptAttributes": X[DukptDerivationAttributes],
        "OutgoingDukptAttributes.$": str,
        "IncomingWrappedKey": X[WrappedKey],
        "IncomingWrappedKey.$": str,
        "OutgoingWrappedKey": X[WrappedKey],
        "OutgoingWrappedKey.$": str,
        "IncomingAs2805Attributes": X[As2805PekDerivationAttributes],
        "IncomingAs2805Attributes.$": str,
    },
    total=False,
)

class CryptogramVerificationArpcMethod1(TypedDict, total=False):
    AuthResponseCode: S

class CryptogramVerificationArpcMethod2(TypedDict, total=False):
    CardStatusUpdate: S
    ProprietaryAuthenticationData: S

class CryptogramAuthResponse(TypedDict, total=False):
    ArpcMethod1: X[CryptogramVerificationArpcMethod1]
    ArpcMethod2: X[CryptogramVerificationArpcMethod2]

VerifyAuthRequestCryptogramParameters = TypedDict(
    "VerifyAuthRequestCryptogramParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "TransactionData": S,
        "TransactionData.$": str,
        "AuthRequestCryptogram": S,
        "AuthRequestCryptogram.$": str,
        "MajorKeyDerivationMode": S,
        "MajorKeyDerivationMode.$": str,
        "SessionKeyDerivationAttributes": X[SessionKeyDerivation],
        "SessionKeyDerivationAttributes.$": str,
        "AuthResponseAttributes": X[CryptogramAuthResponse],
        "AuthResponseAttributes.$": str,
    },
    total=False,
)

class DiscoverDynamicCardVerificationCode(TypedDict, total=False):
    CardExpiryDate: S
    UnpredictableNumber: S
    ApplicationTransactionCounter: S

class CardVerificationAttributes(TypedDict, total=False):
    AmexCardSecurityCodeVersion1: X[AmexCardSecurityCodeVersion1]
    AmexCardSecurityCodeVersion2: X[AmexCardSecurityCodeVersion2]
    CardVerificationValue1: X[CardVerificationValue1]
    CardVerificationValue2: X[CardVerificationValue2]
    CardHolderVerificationValue: X[CardHolderVerificationValue]
    DynamicCardVerificationCode: X[DynamicCardVerificationCode]
    DynamicCardVerificationValue: X[DynamicCardVerificationValue]
    DiscoverDynamicCardVerificationCode: X[DiscoverDynamicCardVerificationCode]

VerifyCardValidationDataParameters = TypedDict(
    "VerifyCardValidationDataParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "PrimaryAccountNumber": S,
        "PrimaryAccountNumber.$": str,
        "VerificationAttributes": X[CardVerificationAttributes],
        "VerificationAttributes.$": str,
        "ValidationData": S,
        "ValidationData.$": str,
    },
    total=False,
)
VerifyMacParameters = TypedDict(
    "VerifyMacParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "MessageData": S,
        "MessageData.$": str,
        "Mac": S,
        "Mac.$": str,
        "VerificationAttributes": X[MacAttributes],
        "VerificationAttributes.$": str,
        "MacLength": I,
        "MacLength.$": str,
    },
    total=False,
)

class VisaPinVerification(TypedDict, total=False):
    PinVerificationKeyIndex: I
    VerificationValue: S

class Ibm3624PinVerification(TypedDict, total=False):
    DecimalizationTable: S
    PinValidationDataPadCharacter: S
    PinValidationData: S
    PinOffset: S

class PinVerificationAttributes(TypedDict, total=False):
    VisaPin: X[VisaPinVerification]
    Ibm3624Pin: X[Ibm3624PinVerification]

class DukptAttributes(TypedDict, total=False):
    KeySerialNumber: S
    DukptDerivationType: S

VerifyPinDataParameters = TypedDict(
    "VerifyPinDataParameters",
    {
        "VerificationKeyIdentifier": S,
        "VerificationKeyIdentifier.$": str,
        "EncryptionKeyIdentifier": S,
        "EncryptionKeyIdentifier.$": str,
        "VerificationAttributes": X[PinVerificationAttributes],
        "VerificationAttributes.$": str,
        "EncryptedPinBlock": S,
        "EncryptedPinBlock.$": str,
        "PrimaryAccountNumber": S,
        "PrimaryAccountNumber.$": str,
        "PinBlockFormat": S,
        "PinBlockFormat.$": str,
        "PinDataLength": I,
        "PinDataLength.$": str,
        "DukptAttributes": X[DukptAttributes],
        "DukptAttributes.$": str,
        "EncryptionWrappedKey": X[WrappedKey],
        "EncryptionWrappedKey.$": str,
    },
    total=False,
)
decrypt_data: Builder[DecryptDataParameters]
encrypt_data: Builder[EncryptDataParameters]
generate_as2805_kek_validation: Builder[GenerateAs2805KekValidationParameters]
generate_auth_request_cryptogram: Builder[GenerateAuthRequestCryptogramParameters]
generate_card_validation_data: Builder[GenerateCardValidationDataParameters]
generate_mac: Builder[GenerateMacParameters]
generate_mac_emv_pin_change: Builder[GenerateMacEmvPinChangeParameters]
generate_pin_data: Builder[GeneratePinDataParameters]
re_encrypt_data: Builder[ReEncryptDataParameters]
translate_key_material: Builder[TranslateKeyMaterialParameters]
translate_pin_data: Builder[TranslatePinDataParameters]
verify_auth_request_cryptogram: Builder[VerifyAuthRequestCryptogramParameters]
verify_card_validation_data: Builder[VerifyCardValidationDataParameters]
verify_mac: Builder[VerifyMacParameters]
verify_pin_data: Builder[VerifyPinDataParameters]

__all__ = [
    "decrypt_data",
    "encrypt_data",
    "generate_as2805_kek_validation",
    "generate_auth_request_cryptogram",
    "generate_card_validation_data",
    "generate_mac",
    "generate_mac_emv_pin_change",
    "generate_pin_data",
    "re_encrypt_data",
    "translate_key_material",
    "translate_pin_data",
    "verify_auth_request_cryptogram",
    "verify_card_validation_data",
    "verify_mac",
    "verify_pin_data",
]
