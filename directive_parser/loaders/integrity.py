"""The CMS inside a PDF signature: the signer's certificate, and whether what it signed is intact.

A signature field's ``/Contents`` is a CMS SignedData (RFC 5652; SubFilter
``adbe.pkcs7.detached`` or ``ETSI.CAdES.detached``) over the file's bytes named by
``/ByteRange`` (everything but the ``/Contents`` hole). asn1crypto parses it; the signer's
certificate is the one its SignerInfo names (issuer and serial number, or key identifier).

The integrity check (PDF 32000-1 §12.8.1, RFC 5652 §5.4) is two comparisons: the covered
bytes hash to the ``message-digest`` attribute, and the signature value checks against the
certificate's public key over the signed attributes. It says nothing about trust: the
certificate's chain to a root authority, its validity period and revocation are not checked,
so an intact signature is not claimed valid.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

Integrity = Literal["intact", "altered", "signature mismatch"]

# Digest algorithms the check computes (asn1crypto's names are hashlib's).
_DIGESTS = frozenset({"sha1", "sha224", "sha256", "sha384", "sha512"})
# CMS's DER tag of a SET: the signed attributes are signed as a SET, stored as [0] IMPLICIT.
_SET_TAG = b"\x31"


def signed_data(contents: bytes) -> Any:
    """The CMS SignedData of a ``/Contents`` blob (zero padding after it ignored), or None."""
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(contents, strict=False)
        if info["content_type"].native != "signed_data":
            return None
        data = info["content"]
        _ = data["signer_infos"][0]  # parse now: a damaged blob fails here, not later
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    return data


def signer_certificate(data: Any) -> Any:
    """The certificate the first SignerInfo names, as a ``cryptography`` certificate, or None."""
    from cryptography import x509

    info = data["signer_infos"][0]
    sid = info["sid"]
    candidates = [c.chosen for c in data["certificates"] if c.name == "certificate"] if data["certificates"] else []
    chosen = None
    for cert in candidates:
        if sid.name == "issuer_and_serial_number":
            match = cert.serial_number == sid.chosen["serial_number"].native
        else:
            match = cert.key_identifier == sid.chosen.native
        if match:
            chosen = cert
            break
    if chosen is None:
        return None
    try:
        return x509.load_der_x509_certificate(chosen.dump())
    except ValueError:
        return None


def check(data: Any, certificate: Any, document: bytes, byte_range: list[int]) -> Integrity | None:
    """Whether the bytes a signature covers are what it signed, and its value fits its certificate.

    Args:
        data: the CMS SignedData (``signed_data``).
        certificate: the signer's certificate (``signer_certificate``).
        document: the whole PDF file.
        byte_range: the signature dictionary's ``/ByteRange`` (offset, length, offset, length).

    Returns:
        "intact", "altered" (the covered bytes no longer hash to the signed digest),
        "signature mismatch" (they do, but the signature value does not check against the
        certificate's key), or None when it cannot be checked (an algorithm not handled here).
    """
    info = data["signer_infos"][0]
    algorithm = info["digest_algorithm"]["algorithm"].native
    if algorithm not in _DIGESTS or len(byte_range) != 4 or certificate is None:
        return None
    a, b, c, d = byte_range
    covered = document[a : a + b] + document[c : c + d]
    attrs = info["signed_attrs"]
    if len(attrs):
        digests = [attr["values"][0].native for attr in attrs if attr["type"].native == "message_digest"]
        if not digests:
            return None
        if hashlib.new(algorithm, covered).digest() != digests[0]:
            return "altered"
        signed = _SET_TAG + attrs.dump()[1:]
    else:
        signed = covered
    return _verify(certificate, info, algorithm, signed)


def _verify(certificate: Any, info: Any, algorithm: str, signed: bytes) -> Integrity | None:
    """Check a SignerInfo's signature value over ``signed`` with the certificate's public key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    by_name = {
        "sha1": hashes.SHA1(),
        "sha224": hashes.SHA224(),
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }
    digest = by_name[algorithm]
    scheme = info["signature_algorithm"].signature_algo
    key = certificate.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey) and scheme == "rsassa_pkcs1v15":
            key.verify(info["signature"].native, signed, padding.PKCS1v15(), digest)
        elif isinstance(key, rsa.RSAPublicKey) and scheme == "rsassa_pss":
            # Bộ Công an signs with RSA-PSS; its parameters name the hash, the mask hash and the salt
            params = info["signature_algorithm"]["parameters"].native
            pss_hash = by_name.get(params["hash_algorithm"]["algorithm"])
            mgf_hash = by_name.get(params["mask_gen_algorithm"]["parameters"]["algorithm"])
            if pss_hash is None or mgf_hash is None:
                return None
            key.verify(info["signature"].native, signed, padding.PSS(padding.MGF1(mgf_hash), params["salt_length"]), pss_hash)
        elif isinstance(key, ec.EllipticCurvePublicKey) and scheme == "ecdsa":
            key.verify(info["signature"].native, signed, ec.ECDSA(digest))
        else:
            return None  # DSA, EdDSA: not seen on Vietnamese government certificates
    except InvalidSignature:
        return "signature mismatch"
    return "intact"
