"""Small inline SVG charts for the dashboard (no scripts, no outside files). Every chart has
``role="img"`` and a label; the same numbers are in a table next to it."""

from __future__ import annotations

from markupsafe import Markup, escape


def bars(values: list[tuple[str, int]], label: str, width: int = 600, bar_height: int = 28) -> Markup:
    """Horizontal bars with the label and the number written beside each bar."""
    top = max([v for _, v in values] + [1])
    height = bar_height * len(values) + 8
    out = [f'<svg class="grafiek" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{escape(label)}">']
    for i, (name, v) in enumerate(values):
        y = 4 + i * bar_height
        w = round((width - 260) * v / top)
        out.append(f'<text x="0" y="{y + bar_height * 0.65:.0f}" class="as">{escape(name)}</text>')
        out.append(f'<rect x="180" y="{y + 4}" width="{max(w, 1)}" height="{bar_height - 10}" class="staaf"></rect>')
        out.append(f'<text x="{186 + w}" y="{y + bar_height * 0.65:.0f}" class="as">{v}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def trend(weeks: list[dict], label: str, width: int = 600, height: int = 220) -> Markup:
    """Per week: a bar for the number of letters and a dot on a line for the share at B1."""
    n = max(len(weeks), 1)
    left, right, top, bottom = 40, 40, 10, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    most = max([w["letters"] for w in weeks] + [1])
    step = plot_w / n
    out = [f'<svg class="grafiek" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{escape(label)}">',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" class="as-lijn"></line>',
           f'<text x="0" y="{top + 10}" class="as">{most}</text>',
           f'<text x="{width - right + 4}" y="{top + 10}" class="as">100%</text>']
    points = []
    for i, w in enumerate(weeks):
        x = left + i * step
        h = plot_h * w["letters"] / most
        out.append(f'<rect x="{x + step * 0.15:.1f}" y="{top + plot_h - h:.1f}" width="{step * 0.7:.1f}" '
                   f'height="{h:.1f}" class="staaf"></rect>')
        if w["letters"]:
            share = w["b1"] / w["letters"]
            points.append((x + step / 2, top + plot_h * (1 - share)))
        if i % max(1, n // 6) == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 8}" class="as">{w["start"].strftime("%d-%m")}</text>')
    if len(points) > 1:
        out.append('<polyline class="lijn" points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in points) + '"></polyline>')
    for x, y in points:
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" class="punt"></circle>')
    out.append("</svg>")
    return Markup("".join(out))
