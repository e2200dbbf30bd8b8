"""The record of one directive: pydantic models that are the source of truth of the JSON contract.

The public keys are those of ``shared/spec/OUTPUT.md``; everything else here is an addition
(evidence offsets, partial dates, urgency, contacts, time expressions) that downstream tools
may ignore. Validators enforce the contract's invariants: ISO dates, no empty strings, symbols
without spaces.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)


def _blank_to_none(value: Any) -> Any:
    """The contract never carries an empty string: a value the text lacks is null."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


OptStr = Annotated[str | None, BeforeValidator(_blank_to_none)]
System = Literal["party", "state", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False)


class Evidence(BaseModel):
    """Where a value came from: character offsets into the normalised text, and the page."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="offset of the first character in the normalised text")
    end: int = Field(ge=0, description="offset after the last character")
    page: int | None = Field(default=None, description="1-based page for paged input (PDF)")
    text: str = Field(description="the text at those offsets, as printed")
    # Addition for digitally signed PDFs: left out of the JSON when None, so printed text's
    # evidence keeps its four keys.
    stamped_by: str | None = Field(
        default=None,
        description="the PDF signature or form field whose appearance drew part of this text "
        "(a signed PDF's number and date, stamped in at issuance); see the record's signatures[]",
    )

    @model_serializer(mode="wrap")
    def _omit_unstamped(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("stamped_by") is None:
            data.pop("stamped_by", None)
        return data


class Issuer(_Model):
    name: OptStr = None
    parent: OptStr = None
    system: System | None = None


class DocumentNumber(_Model):
    symbol: OptStr = None
    number: OptStr = None

    @field_validator("symbol")
    @classmethod
    def _no_spaces(cls, value: str | None) -> str | None:
        if value is not None and any(ch.isspace() for ch in value):
            raise ValueError(f"symbol {value!r} contains whitespace")
        return value


class PartialDate(_Model):
    """A date as printed, with blank parts left as None ("ngày   tháng 02 năm 2024")."""

    day: int | None = None
    month: int | None = None
    year: int | None = None


class LegalReference(_Model):
    type: OptStr = None
    symbol: OptStr = None
    date: dt.date | None = None
    issuer: OptStr = None
    title: OptStr = None
    evidence: Evidence | None = None


class ProseReference(_Model):
    """A reference without its own symbol: "khoản 2 Điều 28 Luật …", "Kế hoạch nêu trên"."""

    text: str
    evidence: Evidence | None = None


class TimeExpression(_Model):
    """What an undated or relative time phrase means, so it can be resolved later."""

    kind: Literal["date", "period", "recurrence", "offset", "vague"]
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    recurrence: OptStr = Field(default=None, description="RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYMONTHDAY=20")
    offset_days: int | None = None
    working_days: bool | None = None
    anchor: OptStr = Field(default=None, description="what the offset counts from, e.g. 'received'")
    inclusive: bool | None = Field(default=None, description="True for 'chậm nhất', False for 'trước ngày'")
    time: OptStr = Field(default=None, description="time of day HH:MM where the phrase gives one")


class Deadline(_Model):
    date: dt.date | None = None
    action: str
    responsible: OptStr = None
    deliver_to: OptStr = None
    text: str
    when: TimeExpression | None = None
    sentence: OptStr = None
    evidence: Evidence | None = None


class Obligation(_Model):
    """One duty the directive assigns, with or without a time (OUTPUT.md ``obligations[]``)."""

    action: str
    responsible: OptStr = None
    deliver_to: OptStr = None
    due: OptStr = Field(default=None, description="the time phrase as printed; null when the text gives none")
    date: dt.date | None = None
    when: TimeExpression | None = None
    sentence: OptStr = None
    evidence: Evidence | None = Field(default=None, description="the time phrase, else the stating sentence or cell")
    action_evidence: Evidence | None = Field(default=None, description="where the action is printed")
    responsible_evidence: Evidence | None = Field(default=None, description="where the responsible body is printed")


class Quota(_Model):
    min: int | None = None
    max: int | None = None
    unit: str
    subject: OptStr = None
    base: OptStr = Field(default=None, description="what a share is of: 'số đại biểu được triệu tập' in 'không quá 30% số đại biểu …'")
    text: OptStr = None
    evidence: Evidence | None = None


class OutlineItem(_Model):
    number: OptStr = None
    title: str
    guidance: OptStr = None
    children: list[OutlineItem] = Field(default_factory=list)
    evidence: Evidence | None = None


class Form(_Model):
    code: OptStr = None
    title: OptStr = None
    evidence: Evidence | None = None


class Signer(_Model):
    name: OptStr = None
    authority: OptStr = None
    position: OptStr = None


class Contacts(_Model):
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)


SignatureRole = Literal["office", "signer", "other"]


class Signature(_Model):
    """One digital signature (ký số) of a signed PDF, as its signature dictionary and certificate state it.

    ``integrity`` checks that what the signature covers is what it signed; the certificate's
    trust (its chain to a root authority, validity period, revocation) is not checked, so
    ``verified`` is always false and nothing here says the signature is valid.
    """

    field: OptStr = Field(default=None, description="the PDF signature field's name, e.g. 'Signature3'")
    page: int | None = Field(default=None, description="1-based page of the field's widget")
    role: SignatureRole | None = Field(
        default=None,
        description="'office': the issuing office's signature (it stamps the number and date at issuance, "
        "and its seal); 'signer': the person who signed, before issuance; 'other': a later signature "
        "(a copy or publication by another office)",
    )
    name: OptStr = Field(default=None, description="the certificate's subject name (CN), as printed there")
    unit: OptStr = Field(default=None, description="the certificate's organisational unit (OU)")
    organisation: OptStr = Field(default=None, description="the certificate's organisation (O)")
    email: OptStr = None
    signed_at: dt.datetime | None = Field(
        default=None, description="signing time as the signature dictionary states it (/M), not a verified timestamp"
    )
    certificate_issuer: OptStr = Field(default=None, description="the certification authority that issued the certificate")
    stamped: list[str] = Field(
        default_factory=list, description="what the field drew into the page's lines (a number, a day, a month)"
    )
    appearance: OptStr = Field(
        default=None,
        description="the text of the field's visible box, kept out of the document's text ('Ký bởi …')",
    )
    integrity: Literal["intact", "altered", "signature mismatch"] | None = Field(
        default=None,
        description="'intact': the bytes it covers hash to the digest it signed and its value checks against "
        "the certificate's key; 'altered': they do not hash to it; 'signature mismatch': they do, but the value "
        "does not fit the certificate; null: not checked. Not a judgement of the certificate's trust",
    )
    covers_file: bool | None = Field(
        default=None,
        description="whether it covers the file as it is; false when later revisions follow (later signatures, "
        "or a comment added after signing)",
    )
    verified: bool = Field(
        default=False,
        description="always false: the certificate's chain, validity and revocation are not checked",
    )
class Received(_Model):
    """A scan's received stamp ("ĐẾN Số: … Ngày: …"): when and under what number it came in."""

    text: str = Field(description="the stamp's words as OCR read them")
    number: OptStr = Field(default=None, description="the receiving office's entry number, where legible")
    date: dt.date | None = Field(default=None, description="the day it was received, where legible")


class Directive(_Model):
    """One parsed directive. Keys of OUTPUT.md first, the project's additions after."""

    document_type: OptStr = None
    issuer: Issuer = Field(default_factory=Issuer)
    number: DocumentNumber = Field(default_factory=DocumentNumber)
    place: OptStr = None
    date: dt.date | None = None
    subject: OptStr = None
    recipients: list[str] = Field(default_factory=list)
    legal_references: list[LegalReference] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    quotas: list[Quota] = Field(default_factory=list)
    report_outline: list[OutlineItem] = Field(default_factory=list)
    forms: list[Form] = Field(default_factory=list)
    signer: Signer = Field(default_factory=Signer)
    distribution: list[str] = Field(default_factory=list)

    # --- additions (not part of the public contract) ---
    date_partial: PartialDate | None = None
    urgency: OptStr = Field(default=None, description="Hỏa tốc, Thượng khẩn or Khẩn, as printed")
    secrecy: OptStr = Field(default=None, description="Tuyệt mật, Tối mật or Mật, as printed")
    contacts: Contacts = Field(default_factory=Contacts)
    prose_references: list[ProseReference] = Field(default_factory=list)
    signatures: list[Signature] = Field(
        default_factory=list, description="digital signatures of a signed PDF (read, not verified)"
    )
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="where each register field came from, keyed by field path"
    )
    source: dict[str, Any] = Field(
        default_factory=dict, description="origin, format, pages, conversions (legacy encoding, OCR)"
    )
    warnings: list[str] = Field(default_factory=list)
    received: Received | None = Field(
        default=None, description="a scan's received stamp, kept apart (never the document's own number or date)"
    )


CONTRACT_KEYS: tuple[str, ...] = (
    "document_type",
    "issuer",
    "number",
    "place",
    "date",
    "subject",
    "recipients",
    "legal_references",
    "deadlines",
    "obligations",
    "quotas",
    "report_outline",
    "forms",
    "signer",
    "distribution",
)
