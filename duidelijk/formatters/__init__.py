"""Formatters only translate reports into text; they never analyse."""

from __future__ import annotations

from duidelijk.formatters import json_format, text

FORMATTERS = {"text": text.render, "json": json_format.render}
