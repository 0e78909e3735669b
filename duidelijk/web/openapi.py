"""The OpenAPI 3.1 description of the HTTP API (``GET /api/v1/openapi.json``).

The report schema follows docs/json-output.md (the output of ``duidelijk check --format json``);
tests/test_api.py validates this document with openapi-spec-validator and checks real answers
against its schemas.
"""

from __future__ import annotations

from duidelijk import __version__

ERROR_CODES = [
    # access and request
    "not-found", "unauthorized", "rate-limited", "unsupported-media-type", "bad-json", "bad-request",
    "unknown-field", "invalid-field", "invalid-setting", "missing-file", "method-not-allowed",
    # the text or file (the same codes as the web page and the command line)
    "empty", "no-text", "too-large", "text-too-long", "type", "binary", "unsupported", "not-docx",
    "encoding", "corrupt", "strict", "zip-bomb", "encrypted", "scan", "not-dutch", "unreadable",
    # the server
    "worker-stopped", "timeout", "check-error", "server-error",
]

SEVERITIES = ["suggestion", "warning", "error"]


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _settings_properties() -> dict:
    names = {"type": "array", "items": {"type": "string"}}
    return {
        "select": {"description": "Only these rules or categories (codes such as DD101, or a prefix, or a "
                                  "category; ALL for every rule). A list, or one text with commas. "
                                  "Without it: the rules that are on by default.",
                   "oneOf": [names, {"type": "string"}]},
        "extend_select": {"description": "Also these rules or categories, besides the selected or default "
                                         "rules (for example DD106, which is off by default); added to the "
                                         "server's own extend-select list.",
                          "oneOf": [names, {"type": "string"}]},
        "ignore": {"description": "Skip these rules or categories; added to the server's own ignore list.",
                   "oneOf": [names, {"type": "string"}]},
        "fail_on": {"description": "From which severity the check fails (header Duidelijk-Exit-Code: 1). "
                                   "Default: error.", "type": "string", "enum": SEVERITIES},
    }


def spec(app_config) -> dict:
    max_mb = app_config["MAX_UPLOAD_BYTES"] // (1024 * 1024)
    max_chars = app_config["MAX_TEXT_CHARS"]
    settings = _settings_properties()
    exit_header = {"Duidelijk-Exit-Code": {
        "description": "What `duidelijk check` would exit with: 0 nothing at or above fail_on, "
                       "1 a finding at or above fail_on, 2 the text could not be read.",
        "schema": {"type": "string", "enum": ["0", "1", "2"]}}}
    common_errors = {
        "401": _error("No token, or a wrong one (header WWW-Authenticate: Bearer)."),
        "404": _error("The API is off: the server has no tokens."),
        "413": _error(f"The file is larger than {max_mb} MB, or the text is longer than {max_chars} characters."),
        "415": _error("A type of file duidelijk does not read, or a body that is neither JSON nor a form."),
        "422": _error("The file has the right type but cannot be read (broken, locked, a scan, not Dutch)."),
        "429": {**_error("Too many requests with this token; wait the seconds in Retry-After."),
                "headers": {"Retry-After": {"schema": {"type": "integer"}}}},
        "503": _error("The check could not run now (a worker stopped, or it took too long)."),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "duidelijk API",
            "version": __version__,
            "summary": "Check Dutch municipal letters for plain language (CEFR level B1).",
            "description": "Error messages (`error.message`) are plain Dutch for people; `error.code` and "
                           "`error.field` are stable English names for programs. Nothing sent is stored or "
                           "logged. See docs/api.md.",
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": {
            "/check": {"post": {
                "operationId": "check",
                "summary": "Check a text or a file; the answer is the JSON of `duidelijk check --format json`.",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/TextRequest"}},
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/FileRequest"}},
                }},
                "responses": {
                    "200": {"description": "The report (docs/json-output.md).", "headers": exit_header,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Result"}}}},
                    "400": _error("Empty text, bad JSON, an unknown field or a wrong setting "
                                  "(`error.field` names it)."),
                    **common_errors,
                },
            }},
            "/word": {"post": {
                "operationId": "word",
                "summary": "A .docx in; the same .docx with a Word comment at every finding out.",
                "requestBody": {"required": True, "content": {
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/FileRequest"}}}},
                "responses": {
                    "200": {"description": "The Word file with comments.",
                            "headers": {**exit_header,
                                        "Duidelijk-Comments": {"description": "Comments placed.",
                                                               "schema": {"type": "string"}},
                                        "Duidelijk-Findings": {"description": "Findings in the check.",
                                                               "schema": {"type": "string"}}},
                            "content": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                                "schema": {"type": "string", "contentMediaType":
                                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}}}},
                    "400": _error("No file, an unknown field or a wrong setting."),
                    **common_errors,
                },
            }},
            "/openapi.json": {"get": {
                "operationId": "openapi",
                "summary": "This description.",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {
                    "schema": {"type": "object"}}}},
                    "404": _error("The API is off: the server has no tokens.")},
            }},
        },
        "components": {
            "securitySchemes": {"bearer": {
                "type": "http", "scheme": "bearer",
                "description": "A token from API_TOKENS / DUIDELIJK_API_TOKENS, or a team token made by an admin.",
            }},
            "schemas": {
                "TextRequest": {
                    "type": "object", "required": ["tekst"], "additionalProperties": False,
                    "properties": {
                        "tekst": {"type": "string", "minLength": 1, "maxLength": max_chars,
                                  "description": "The text to check."},
                        "naam": {"type": "string", "default": "tekst.txt",
                                 "description": "A file name; its suffix tells Markdown or HTML from plain "
                                                "text. Comes back as `files[0].path`."},
                        **settings,
                    },
                },
                "FileRequest": {
                    "type": "object", "required": ["bestand"],
                    "properties": {
                        "bestand": {"type": "string", "contentMediaType": "application/octet-stream",
                                    "description": f".docx, .pdf, .txt, .md or .html; at most {max_mb} MB. "
                                                   "The type is read from the content."},
                        "select": {"type": "string", "description": settings["select"]["description"]},
                        "extend_select": {"type": "string",
                                          "description": settings["extend_select"]["description"]},
                        "ignore": {"type": "string", "description": settings["ignore"]["description"]},
                        "fail_on": settings["fail_on"],
                    },
                },
                "Error": {
                    "type": "object", "required": ["error"],
                    "properties": {"error": {
                        "type": "object", "required": ["code", "message", "field"],
                        "properties": {
                            "code": {"type": "string", "enum": ERROR_CODES},
                            "message": {"type": "string", "description": "Plain Dutch, for people."},
                            "field": {"type": ["string", "null"],
                                      "description": "The request field it is about, if any."},
                        },
                    }},
                },
                "Result": {
                    "type": "object", "required": ["tool", "files"],
                    "properties": {
                        "tool": {"type": "object", "required": ["name", "version"],
                                 "properties": {"name": {"const": "duidelijk"}, "version": {"type": "string"}}},
                        "files": {"type": "array", "minItems": 1, "maxItems": 1,
                                  "items": {"$ref": "#/components/schemas/FileReport"}},
                    },
                },
                "FileReport": {
                    "type": "object",
                    "required": ["path", "error", "notes", "metrics", "verdict", "sentences", "findings"],
                    "properties": {
                        "path": {"type": "string"},
                        "error": {"type": ["object", "null"]},
                        "notes": {"type": "array", "items": {"type": "string"}},
                        "metrics": {"type": ["object", "null"], "properties": {
                            "words": {"type": "integer"}, "sentences": {"type": "integer"},
                            "mean_sentence_length": {"type": "number"}, "flesch_douma": {"type": ["number", "null"]},
                            "lint_score": {"type": ["number", "null"]}, "lint_level": {"type": ["integer", "null"]},
                            "b1": {"type": ["boolean", "null"]}}},
                        "verdict": {"type": ["object", "null"], "properties": {
                            "b1": {"type": ["boolean", "null"]}, "text": {"type": "string"},
                            "reasons": {"type": "array", "items": {"type": "string"}}}},
                        "sentences": {"type": "array", "items": {"type": "object", "properties": {
                            "start": {"type": "integer"}, "end": {"type": "integer"}, "words": {"type": "integer"},
                            "lint_score": {"type": ["number", "null"]},
                            "lint_level": {"type": ["integer", "null"]}}}},
                        "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                    },
                },
                "Finding": {
                    "type": "object",
                    "required": ["code", "rule", "category", "severity", "message", "text", "start", "end",
                                 "line", "column", "suggestions"],
                    "properties": {
                        "code": {"type": "string", "pattern": "^DD[0-9]{3}$"},
                        "rule": {"type": "string"},
                        "category": {"type": "string"},
                        "severity": {"type": "string", "enum": SEVERITIES},
                        "message": {"type": "string"},
                        "text": {"type": "string"},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "line": {"type": "integer", "minimum": 1},
                        "column": {"type": "integer", "minimum": 1},
                        "suggestions": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
    }
