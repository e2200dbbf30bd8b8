"""``directive-parser train TASK``: train a model from the gold annotations (issue 17).

``train roles`` cross-validates the line-role model by document, printing each fold's figures for
the rules, the model and the two combined, then trains on every selected document and writes
the model folder (``-o models/NAME``), with the figures in ``scores.json`` next to it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import EXIT_USAGE, DirectiveParserError

train_app = typer.Typer(help="Train a model from the gold annotations (line roles, obligations, trims, duties, deadline actions).", no_args_is_help=True)

# The options both tasks take.
Output = Annotated[Path, typer.Option("-o", "--output", help="Folder to write the trained model to (models/NAME).")]
Corpus = Annotated[Path, typer.Option("--corpus", help="Corpus folder with <id>.txt.")]
Annotations = Annotated[Path, typer.Option("--annotations", help="Gold annotations folder (<id>.json).")]
Split = Annotated[str, typer.Option("--split", help="Documents to use: dev, test or all (annotations/SPLIT.tsv).")]
Folds = Annotated[
    int, typer.Option("--folds", min=0, max=20, help="Folds of the cross-validation by document (0: none).")
]
Epochs = Annotated[int | None, typer.Option("--epochs", min=1, max=100, help="Epochs (default: the config's).")]
Limit = Annotated[int | None, typer.Option("--limit", min=2, help="Use only the first N documents (a quick run).")]
Seed = Annotated[int, typer.Option("--seed", help="Random seed of the folds and the training.")]


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"directive-parser: {message}", err=True)
    return typer.Exit(code)


@contextlib.contextmanager
def _model_errors(out: Path) -> Iterator[None]:
    """A training run's errors as the CLI's one-line message and exit code: bad input (its own code),
    a model that cannot be written (usage)."""
    try:
        yield
    except DirectiveParserError as exc:
        raise _fail(exc.message, exc.exit_code) from exc
    except OSError as exc:
        raise _fail(f"{out}: cannot write the model ({exc.strerror or exc})", EXIT_USAGE) from exc


def _check(split: str, config: Path, corpus: Path, annotations: Path) -> None:
    """One clear line and exit 2 for a bad split, a missing config or a missing folder."""
    if split not in ("dev", "test", "all"):
        raise _fail(f"--split must be dev, test or all, not {split!r}", EXIT_USAGE)
    if not config.is_file():
        raise _fail(f"{config}: no such config file", EXIT_USAGE)
    for folder in (corpus, annotations):
        if not folder.is_dir():
            raise _fail(f"{folder}: no such folder", EXIT_USAGE)


def _echo_test(lines: list[str], documents: int, figures: dict[str, object]) -> None:
    """Print and keep the held-out test split's figures (scored once, by the final model)."""
    typer.echo(f"held-out test split ({documents} documents), trained on all of dev:")
    typer.echo("\n".join(lines))
    figures["test"] = lines


def _save(out: Path, nlp: Any, figures: dict[str, object], chosen_file: str, chosen: object) -> None:
    """Write the model, the combination's choice (``chosen_file``) and ``scores.json`` to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / chosen_file).write_text(json.dumps(chosen), "utf-8")
    (out / "scores.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1), "utf-8")


def _combination_on_test(mod: Any, test: list[Any], key: str, pair: tuple[float, ...]) -> list[str]:
    """Rules, model and combined on the scored test documents, as ``mod.report`` prints them."""
    result = {
        "docs": test,
        key: pair,
        "rules": mod.score(test, mod.rules_choice),
        "model": mod.score(test, mod.model_choice),
        "combined": mod.score(test, mod.combined_choice(*pair)),
    }
    lines: list[str] = mod.report([result])
    return lines


# The config shipped with the source tree; ``--config`` names another.
DEFAULT_CONFIG = Path("models/line_roles/config.cfg")


@train_app.command("roles")
def train_roles(
    out: Output,
    corpus: Corpus = Path("corpus"),
    annotations: Annotations = Path("annotations"),
    config: Annotated[Path, typer.Option("--config", help="spaCy config of the line classifier.")] = DEFAULT_CONFIG,
    split: Split = "dev",
    folds: Folds = 5,
    epochs: Epochs = None,
    limit: Limit = None,
    seed: Seed = 0,
    scans: Annotated[
        bool,
        typer.Option(
            "--scans",
            help="Train and cross-validate on the OCR'd inputs (files/<id>.scan.pdf, PDFs without a text layer)"
            " instead of the texts; also scores the register fields the lines serve.",
        ),
    ] = False,
) -> None:
    """Train the line-role model; print per-fold figures of rules, model and combined."""
    from . import line_model as lm

    _check(split, config, corpus, annotations)
    if scans:
        _train_roles_on_scans(out, corpus, annotations, config, split, folds, epochs, limit, seed)
        return
    with _model_errors(out):
        docs = lm.load_documents(corpus, annotations, lm.split_ids(annotations, split))
        docs = docs[:limit] if limit else docs
        missed = sum(len(d.missed) for d in docs)
        located = sum(d.located for d in docs)
        typer.echo(f"{len(docs)} documents; gold values located {located}, not found {missed}")
        figures: dict[str, object] = {"documents": len(docs), "located": located, "missed": missed}
        if folds:
            results = lm.cross_validate(docs, config, folds, epochs, seed, log=typer.echo)
            lines = lm.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            chosen = lm.winners(results)
        else:
            chosen = []
        typer.echo(f"the model decides: {', '.join(chosen) or 'nothing (the rules win every role)'}")
        figures["model_roles"] = chosen
        nlp = lm.train_model(docs, config, epochs, seed)
        if split == "dev" and not limit:  # the held-out documents, scored once by the final model
            test = lm.load_documents(corpus, annotations, lm.split_ids(annotations, "test"))
            _echo_test(lm.report([lm.score_labellers(test, nlp, chosen)]), len(test), figures)
        _save(out, nlp, figures, lm.MODEL_ROLES_FILE, chosen)
    typer.echo(f"model written to {out}")


def _train_roles_on_scans(
    out: Path,
    corpus: Path,
    annotations: Path,
    config: Path,
    split: str,
    folds: int,
    epochs: int | None,
    limit: int | None,
    seed: int,
) -> None:
    """``train roles --scans``: the line model on OCR'd inputs (task 4). Cross-validated on lines and
    fields; the held-out test scans are scored once, and only when a combination wins in CV."""
    from . import line_model as lm
    from . import scan_roles as sr

    read = sr.scan_sources  # looked up here, so a test can read texts instead of OCR'ing
    with _model_errors(out):
        ids = lm.split_ids(annotations, split)
        if ids is not None and limit:
            ids = sorted(ids)[:limit]
        docs = sr.load_scans(corpus, annotations, ids, read)
        counts = sr.located(docs)
        typer.echo(
            f"{counts['inputs']} OCR'd inputs of {counts['documents']} documents; gold values located"
            f" {counts['located']} ({counts['located_tolerantly']} by the OCR-tolerant match), not found {counts['missed']}"
        )
        figures: dict[str, object] = dict(counts)
        chosen: list[str] = []
        wins: list[str] = []
        if folds:
            results = sr.cross_validate(docs, config, annotations, folds, epochs, seed, log=typer.echo)
            lines = sr.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            chosen = lm.winners([r.lines for r in results])
            total = sr.pooled(results)
            wins = [how for how in (sr.DECIDES, sr.ADDS) if sr.verdict(total, how)[0]]
        typer.echo(f"the model decides: {', '.join(chosen) or 'nothing (the rules win every role)'}")
        typer.echo(f"combinations that win in CV: {', '.join(wins) or 'none (the test scans are not scored)'}")
        figures["model_roles"], figures["combined_wins"] = chosen, wins
        nlp = lm.train_model(docs, config, epochs, seed)
        if split == "dev" and not limit and wins:  # the held-out documents, scored once by the final model
            test = sr.load_scans(corpus, annotations, lm.split_ids(annotations, "test"), read)
            result = sr.score(test, nlp, chosen, annotations, sr.fold_lines(test, nlp))
            _echo_test(sr.report([result]), len({d.doc_id for d in test}), figures)
        _save(out, nlp, figures, lm.MODEL_ROLES_FILE, chosen)
    typer.echo(f"model written to {out}")


# The obligation model's config in the source tree (``--config`` names another).
OBLIGATIONS_CONFIG = Path("models/obligations/config.cfg")


@train_app.command("obligations")
def train_obligations(
    out: Output,
    corpus: Corpus = Path("corpus"),
    annotations: Annotations = Path("annotations"),
    config: Annotated[
        Path, typer.Option("--config", help="spaCy config of the candidate classifier.")
    ] = OBLIGATIONS_CONFIG,
    split: Split = "dev",
    folds: Folds = 5,
    epochs: Epochs = None,
    limit: Limit = None,
    seed: Seed = 0,
) -> None:
    """Train the keep/drop model over the obligations stage's candidates; print per-fold
    evaluate figures (obligations, +responsible, +due) of rules, model and combined."""
    from . import obligation_model as om

    _check(split, config, corpus, annotations)
    with _model_errors(out):
        docs = om.load_documents(corpus, annotations, om.split(annotations, split))
        docs = docs[:limit] if limit else docs
        cands = [c for d in docs if d.gold is not None for c in d.candidates]
        kept = sum(c.gold for c in cands)
        rules_kept = sum(c.rules for c in cands)
        gold = sum(len(d.gold) for d in docs if d.gold is not None)
        typer.echo(
            f"{len(docs)} documents, {gold} gold obligations; {len(cands)} candidates, {rules_kept} kept by the"
            f" rules, {kept} paired with a gold obligation"
        )
        figures: dict[str, object] = {
            "documents": len(docs),
            "gold": gold,
            "candidates": len(cands),
            "rules_kept": rules_kept,
            "gold_paired": kept,
        }
        thresholds = (0.0, om.NEVER)
        if folds:
            results = om.cross_validate(docs, config, folds, epochs, seed, log=typer.echo)
            lines = om.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            figures["combined_wins"] = om.wins(results)
            thresholds = om.best_thresholds(docs)  # on every fold's held-out scores
        typer.echo(
            f"thresholds: drop a rules' obligation under {thresholds[0]:g}, add a candidate over {thresholds[1]:g}"
        )
        figures["thresholds"] = list(thresholds)
        nlp = om.train_model(docs, config, epochs, seed)
        if split == "dev" and not limit:  # the held-out documents, scored once by the final model
            test = om.load_documents(corpus, annotations, om.split(annotations, "test"))
            for d in test:
                d.scores = om.keep_scores(nlp, d.candidates)
            _echo_test(_combination_on_test(om, test, "thresholds", thresholds), len(test), figures)
        _save(out, nlp, figures, om.THRESHOLDS_FILE, list(thresholds))
    typer.echo(f"model written to {out}")


# The trimming model's config in the source tree (``--config`` names another).
TRIM_CONFIG = Path("models/obligations_trim/config.cfg")


@train_app.command("trim")
def train_trim(
    out: Output,
    corpus: Corpus = Path("corpus"),
    annotations: Annotations = Path("annotations"),
    config: Annotated[Path, typer.Option("--config", help="spaCy config of the boundary classifier.")] = TRIM_CONFIG,
    split: Split = "dev",
    folds: Folds = 5,
    epochs: Epochs = None,
    limit: Limit = None,
    seed: Seed = 0,
    guard: Annotated[
        str,
        typer.Option(
            "--guard",
            help="The margins keep every lenient obligations row no lower on each fold (fold) or on the folds pooled.",
        ),
    ] = "fold",
) -> None:
    """Train the span-boundary model that trims the rules' obligation actions; print per-fold
    evaluate figures (obligations, +responsible, +due; strict and lenient) of rules, model and combined.
    Writes the spaCy model, and its weights' export (``bow.bin``, what a parse reads, without spaCy)."""
    from . import trim_model as tm

    _check(split, config, corpus, annotations)
    if guard not in tm.GUARDS:
        raise _fail(f"--guard must be {' or '.join(tm.GUARDS)}, not {guard!r}", EXIT_USAGE)
    with _model_errors(out):
        docs = tm.load_documents(corpus, annotations, tm.split(annotations, split))
        docs = docs[:limit] if limit else docs
        located = tm.Located()
        for d in docs:
            located += d.located
        items = sum(len(d.items) for d in docs)
        typer.echo(
            f"{len(docs)} documents, {located.gold} gold obligations; {located.paired} paired (lenient) with a rules'"
            f" obligation, {items} rules' actions printed in their sentence; gold action located in the sentence"
            f" {located.in_sentence}, not located {located.paired - located.in_sentence} (rules' action not"
            f" printed as is {located.action_not_printed}, gold action not in the sentence"
            f" {located.gold_not_in_sentence}, off word boundaries {located.off_boundaries})"
        )
        figures: dict[str, object] = {
            "documents": len(docs),
            "trimmable": items,
            "located": vars(located),
            "guard": guard,
        }
        margins = tm.RULES
        if folds:
            results = tm.cross_validate(docs, config, folds, epochs, seed, log=typer.echo, guard=guard)
            lines = tm.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            figures["combined_wins"] = tm.wins(results)
            margins = tm.best_margins([r["docs"] for r in results], guard)  # on every fold's held-out scores
        typer.echo(
            f"margins: move a start when its score beats the rules' by {margins[0]:g}, an end by {margins[1]:g};"
            f" keep a cut sharing at least {margins[2]:g} of its syllables with the rules' action"
        )
        figures["margins"] = list(margins)
        nlp = tm.train_model(docs, config, epochs, seed)
        tm.export(nlp, out / tm.EXPORT_FILE, margins)
        if split == "dev" and not limit and figures.get("combined_wins"):
            # the held-out documents, scored once by the final model's export (what ships), only
            # when the combination wins in CV
            test = tm.load_documents(corpus, annotations, tm.split(annotations, "test"))
            tm.set_scores(tm.ObligationTrimmer(out).score, test)
            _echo_test(_combination_on_test(tm, test, "margins", margins), len(test), figures)
        _save(out, nlp, figures, tm.THRESHOLDS_FILE, list(margins))
    typer.echo(f"model written to {out}")


# The duty detector's config in the source tree (``--config`` names another).
DUTIES_CONFIG = Path("models/duties/config.cfg")


@train_app.command("duties")
def train_duties(
    out: Output,
    corpus: Corpus = Path("corpus"),
    annotations: Annotations = Path("annotations"),
    config: Annotated[Path, typer.Option("--config", help="spaCy config of the unit classifier.")] = DUTIES_CONFIG,
    split: Split = "dev",
    folds: Folds = 5,
    epochs: Epochs = None,
    limit: Limit = None,
    seed: Seed = 0,
) -> None:
    """Train the duty detector over the structure layer's units (task 5); print per-fold evaluate
    figures (obligations, +responsible, +due; strict and lenient) of rules, model and combined (the
    rules plus the units it finds that no rules' entry covers). The held-out test split is scored once,
    by the final model, on a full dev run."""
    from . import duty_model as dm

    _check(split, config, corpus, annotations)
    with _model_errors(out):
        docs = dm.load_documents(corpus, annotations, dm.split(annotations, split))
        docs = docs[:limit] if limit else docs
        located = dm.Located()
        for d in docs:
            located += d.located
        units = dm.counts(docs)
        typer.echo(
            f"{len(docs)} documents, {located.gold} gold obligations; action located {located.gold - located.not_found - located.outside_units}"
            f" (whole {located.whole}, after its last colon {located.after_colon}, by its first {dm.PREFIX_WORDS} words"
            f" {located.prefix}), not located {located.not_found}, located outside the body's units {located.outside_units}"
        )
        typer.echo("units: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in units.items()))
        figures: dict[str, object] = {"documents": len(docs), "located": vars(located), "units": units}
        threshold = dm.NEVER
        if folds:
            results = dm.cross_validate(docs, config, folds, epochs, seed, log=typer.echo)
            lines = dm.unit_figures(results) + dm.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            figures["combined_wins"] = dm.wins(results)
            threshold = dm.best_threshold(docs)  # on every fold's held-out scores
        typer.echo(f"threshold: add an uncovered unit's entry when its duty score is over {threshold:g}")
        figures["threshold"] = threshold
        nlp = dm.train_model(docs, config, epochs, seed)
        if split == "dev" and not limit:  # the held-out documents, scored once by the final model
            test = dm.load_documents(corpus, annotations, dm.split(annotations, "test"))
            dm.set_scores(nlp, test)
            _echo_test(_combination_on_test(dm, test, "threshold", (threshold,)), len(test), figures)
        _save(out, nlp, figures, dm.THRESHOLD_FILE, threshold)
    typer.echo(f"model written to {out}")


# The deadline-action chooser's config in the source tree (``--config`` names another).
ATTACH_CONFIG = Path("models/attach/config.cfg")


@train_app.command("attach")
def train_attach(
    out: Output,
    corpus: Corpus = Path("corpus"),
    annotations: Annotations = Path("annotations"),
    config: Annotated[Path, typer.Option("--config", help="spaCy config of the candidate classifier.")] = ATTACH_CONFIG,
    split: Split = "dev",
    folds: Folds = 5,
    epochs: Epochs = None,
    limit: Limit = None,
    seed: Seed = 0,
) -> None:
    """Train the chooser of the action a deadline belongs to (task 6) over candidates from the structure
    layer; print per-fold evaluate figures (deadlines +action; obligations, +responsible, +due; strict and
    lenient) of rules, model, combined and the candidates' ceiling. The held-out test split is scored once,
    by the final model, on a full dev run."""
    from . import attach_model as am

    _check(split, config, corpus, annotations)
    with _model_errors(out):
        docs = am.load_documents(corpus, annotations, am.split(annotations, split))
        docs = docs[:limit] if limit else docs
        located = am.Located()
        for d in docs:
            located += d.located
        typer.echo(
            f"{len(docs)} documents, {located.gold} gold deadlines, {located.found} found by the rules"
            f" ({sum(len(c) for d in docs for c in d.candidates)} candidates); paired by date {located.paired_by_date}:"
            f" a candidate matches {located.with_candidate} (the rules' action {located.rules_right}), none"
            f" {located.no_candidate}"
        )
        figures: dict[str, object] = {"documents": len(docs), "located": vars(located)}
        margin = am.NEVER
        if folds:
            results = am.cross_validate(docs, config, folds, epochs, seed, log=typer.echo)
            lines = am.candidate_figures([d for r in results for d in r["docs"]]) + am.report(results)
            typer.echo("\n".join(lines))
            figures["cross_validation"] = lines
            figures["combined_wins"] = am.wins(results)
            margin = am.best_margin(docs)  # on every fold's held-out scores
        typer.echo(f"margin: take another candidate when its score beats the rules' action's by more than {margin:g}")
        figures["margin"] = margin
        nlp = am.train_model(docs, config, epochs, seed)
        if split == "dev" and not limit:  # the held-out documents, scored once by the final model
            test = am.load_documents(corpus, annotations, am.split(annotations, "test"))
            am.set_scores(nlp, test)
            result: dict[str, Any] = {"docs": test, "margin": (margin,)}
            result.update({name: am.score(test, choose) for name, choose in am.columns(margin).items()})
            tested = am.Located()
            for d in test:
                tested += d.located
            figures["test_located"] = vars(tested)
            _echo_test([f"located: {vars(tested)}", *am.candidate_figures(test), *am.report([result])], len(test), figures)
        _save(out, nlp, figures, am.MARGIN_FILE, margin)
    typer.echo(f"model written to {out}")
