"""Shared chart style (large fonts, colour-blind-safe colours) and charts as accessible HTML.

A chart is shown as an ``<img>`` with a text alternative and a caption, inside an HTML
widget that redraws when the language changes; decks and Voilà show it from saved state.
"""

from __future__ import annotations

import base64
import io
from html import escape

import matplotlib

matplotlib.use("Agg")  # charts are drawn off screen, then embedded as PNG
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
BLUE, ORANGE, SKY, VERMILION = "#0072B2", "#E69F00", "#56B4E9", "#D55E00"
HATCHES = ("", "//", "..", "xx")  # a second cue besides colour
STYLE = {
    "font.size": 16,
    "axes.titlesize": 19,
    "axes.labelsize": 16,
    "xtick.labelsize": 15,
    "ytick.labelsize": 15,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "font.family": "DejaVu Sans",
}


def chart_style():
    """Use around everything that draws a chart: fonts readable from the back of a room."""
    return plt.rc_context(STYLE)


def new_figure(width: float = 11, height: float = 6, panels: int = 1) -> tuple[Figure, list]:
    """A figure with ``panels`` side by side; call inside :func:`chart_style`."""
    figure, axes = plt.subplots(
        1, panels, figsize=(width, height), squeeze=False, layout="constrained"
    )
    return figure, list(axes[0])


def png_bytes(figure: Figure) -> bytes:
    """The figure as a PNG of 64 colours: charts have few, and notebooks store every image."""
    from PIL import Image

    buffer = io.BytesIO()
    with plt.rc_context(STYLE):
        figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(figure)
    # The fast quantizer: 6x quicker than median cut, no visible difference on flat charts.
    image = Image.open(buffer).convert("RGB").quantize(colors=64, method=Image.Quantize.FASTOCTREE)
    small = io.BytesIO()
    image.save(small, format="PNG")
    return small.getvalue()


def figure_html(figure: Figure, alternative: str, caption: str) -> str:
    """The figure as a PNG ``<img>`` with its text alternative, and a visible caption."""
    data = base64.b64encode(png_bytes(figure)).decode("ascii")
    return (
        "<figure style='margin:0.5em 0;max-width:60em'>"
        f"<img src='data:image/png;base64,{data}' alt='{escape(alternative)}' "
        "style='max-width:100%;height:auto'>"
        f"<figcaption style='font-size:1.05em;line-height:1.4'>{escape(caption)}</figcaption>"
        "</figure>"
    )
