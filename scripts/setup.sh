#!/usr/bin/env bash
# Install directive-parser and the system programs it uses (idempotent; run as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-vie)
# LibreOffice (headless, no GUI) converts old Word 97-2003 .doc files to DOCX (and prints the
# cascade drafts to PDF in the tests)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx vie; then need+=(tesseract-ocr-vie); fi
if [ "${WITH_BROWSER:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fi
# LibreOffice Calc too for the tests, which print the registers' Excel workbook to PDF
# (register book -o SO-DEN.xlsx); users need only Writer (above).
if [ "${WITH_OFFICE:-0}" = 1 ] && [ ! -e /usr/lib/libreoffice/program/libsclo.so ]; then
  need+=(libreoffice-calc-nogui)
fi
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# handwriting: RapidOCR reads the handwritten number and day of a scan (optional, ~0.5 GB)
python3 -m pip install -q --disable-pip-version-check -e ".[test,handwriting]"
# pyenv exposes new console scripts only after a rehash
if command -v pyenv >/dev/null 2>&1; then pyenv rehash || true; fi
