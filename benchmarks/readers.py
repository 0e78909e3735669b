"""Time reading a generated 20-page PDF and a 20-page .docx (target: at most 2 s each).

    python3 benchmarks/readers.py            # prints the figures
    python3 benchmarks/readers.py --write    # also writes them into docs/readers.md
"""

from __future__ import annotations

import datetime
import io
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PARAGRAPH = (
    "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. Wij bekijken of u recht "
    "heeft op een vergunning. Daarvoor kijken wij naar uw adres, uw auto en de wachtlijst in "
    "uw buurt. U krijgt binnen acht weken een brief met ons besluit."
)


def make_pdf(pages: int = 20) -> bytes:
    import textwrap

    from test_readers_fixtures import pdf_bytes

    lines = textwrap.wrap(PARAGRAPH, 80)
    return pdf_bytes([[lines] * 6 for _ in range(pages)], header="Gemeente Voorbeeld")


def make_docx(pages: int = 20) -> bytes:
    from test_readers_fixtures import docx_bytes

    paragraphs = []
    for page in range(pages):
        paragraphs += [PARAGRAPH] * 8  # about one page of text
    return docx_bytes(paragraphs, table=[["Zaaknummer", "123"], ["Datum", "1 maart 2025"]] * 5)


def timed(data: bytes, name: str, runs: int = 3) -> tuple[float, int]:
    from duidelijk.readers import read_bytes

    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        doc = read_bytes(data, name)
        best = min(best, time.perf_counter() - t)
    return best, len(doc.text.split())


def main() -> None:
    pdf = make_pdf()
    docx = make_docx()
    t_pdf, w_pdf = timed(pdf, "bench.pdf")
    t_docx, w_docx = timed(docx, "bench.docx")
    machine = f"{platform.machine()}, {platform.processor() or platform.system()}, Python {platform.python_version()}"
    try:
        import os

        machine += f", {os.cpu_count()} cores"
    except Exception:
        pass
    today = datetime.date.today().isoformat()
    rows = (
        f"| 20-page PDF | {len(pdf) // 1024} kB | {w_pdf} | {t_pdf:.2f} s |\n"
        f"| 20-page .docx | {len(docx) // 1024} kB | {w_docx} | {t_docx:.2f} s |\n"
    )
    print(f"{today} on {machine}\n{rows}")
    if "--write" in sys.argv:
        doc = ROOT / "docs" / "readers.md"
        text = doc.read_text(encoding="utf-8")
        block = (
            "<!-- bench -->\n"
            f"Measured {today} on {machine} (best of 3, `python3 benchmarks/readers.py`):\n\n"
            "| file | size | words | reading time |\n|---|---|---|---|\n" + rows + "<!-- /bench -->"
        )
        text = re.sub(r"<!-- bench -->.*?<!-- /bench -->", block, text, flags=re.S)
        doc.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
