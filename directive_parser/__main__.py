"""``python -m directive_parser`` runs the command-line interface."""

from .cli import main

main()
