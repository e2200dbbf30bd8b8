"""`directive-parser schema`: a schema that tells a record from anything else.

Every record the parser writes for the corpus validates; ``{}``, a record missing a contract key,
a record with a misspelt key in a contract object, and a wrongly typed value do not.
"""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from directive_parser import parse_file
from directive_parser.cli import app
from directive_parser.render.json import to_dict


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_every_corpus_record_validates(validator: jsonschema.protocols.Validator) -> None:
    for path in [*sorted(CORPUS.glob("*.txt")), CORPUS / "files" / "000.docx", CORPUS / "files" / "000.pdf"]:
        errors = [e.message for e in validator.iter_errors(to_dict(parse_file(path, ocr=False)))]
        assert errors == [], path.name


def _seed() -> dict:
    return to_dict(parse_file(CORPUS / "000.txt"))


def _broken() -> list[tuple[str, dict]]:
    missing = _seed()
    del missing["deadlines"]
    misspelt = _seed()
    misspelt["deadlines"][0]["responsable"] = misspelt["deadlines"][0].pop("responsible")
    extra_top = _seed()
    extra_top["dealines"] = []
    wrong_type = _seed()
    wrong_type["quotas"] = [{"min": "ba", "max": None, "unit": "mô hình", "subject": None, "text": None, "evidence": None}]
    empty_issuer = copy.deepcopy(_seed())
    empty_issuer["issuer"] = {}
    return [("{}", {}), ("no deadlines", missing), ("misspelt key", misspelt), ("unknown key", extra_top),
            ("number as words", wrong_type), ("empty issuer", empty_issuer)]


@pytest.mark.parametrize("name", [n for n, _ in _broken()])
def test_what_is_not_a_record_does_not_validate(validator: jsonschema.protocols.Validator, name: str) -> None:
    instance = dict(_broken())[name]
    assert not validator.is_valid(instance), name


def test_evidence_leaves_out_an_absent_stamp(validator: jsonschema.protocols.Validator) -> None:
    # regression: the schema required "stamped_by", which printed text's evidence leaves out
    record = _seed()
    assert "stamped_by" not in record["evidence"]["number.symbol"]
    assert [e.message for e in validator.iter_errors(record)] == []
    record["evidence"]["number.symbol"]["stamped_by"] = "Signature1"
    assert [e.message for e in validator.iter_errors(record)] == []
    record["evidence"]["number.symbol"]["stamped_by"] = 3
    assert [e.message for e in validator.iter_errors(record)] != []
