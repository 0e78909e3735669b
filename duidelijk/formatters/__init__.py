"""Formatters only translate reports into text; they never analyse."""

from __future__ import annotations

from duidelijk.formatters import github, json_format, rdjsonl, sarif, text

FORMATTERS = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
    "rdjsonl": rdjsonl.render,
}
