"""The dashboard's charts as geometry for SVG templates: drawn on the server, no script.

Pure: figures in, rectangles and labels (in SVG user units) out; the templates
(``bot/templates/_charts.html.j2``) only place them, escaped like any other text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coaching.analytics import Bucket, RepFigures

WIDTH = 640
HISTOGRAM_HEIGHT = 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 40, 16, 28, 36
BAR_ROW = 30  # one rep's row in the traded chart
_NAME_WIDTH = 150


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # under the bar (histogram) or beside it (traded)
    value: str  # over the bar
    marked: bool = False  # the bucket holding the authority ceiling


@dataclass(frozen=True, slots=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class Histogram:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    baseline: float
    left: float
    ceiling_x: float | None  # where the authority ceiling is, None without one
    ceiling_label: str
    count: int


@dataclass(frozen=True, slots=True)
class TradedChart:
    width: int
    height: int
    bars: tuple[Bar, ...]  # the traded share of each rep's gives
    tracks: tuple[Bar, ...]  # the whole width behind each bar (100%)


def histogram(buckets: Sequence[Bucket], ceiling: float | None) -> Histogram:
    """Final discounts per bucket of points, the ceiling drawn as a line at its value."""
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HISTOGRAM_HEIGHT - _TOP - _BOTTOM
    top = max([b.count for b in buckets] + [1])
    span = (buckets[-1].high - buckets[0].low) if buckets else 1.0
    slot = plot_w / max(len(buckets), 1)
    baseline = _TOP + plot_h
    bars = []
    for i, bucket in enumerate(buckets):
        h = plot_h * bucket.count / top
        bars.append(
            Bar(
                x=_LEFT + i * slot + 2,
                y=baseline - h,
                width=max(slot - 4, 1),
                height=h,
                label=f"{bucket.low:g}",
                value=str(bucket.count) if bucket.count else "",
                marked=bucket.ceiling,
            )
        )
    ticks = tuple(
        Tick(baseline - plot_h * n / top, str(n)) for n in sorted({0, top // 2, top}) if n >= 0
    )
    ceiling_x = None
    if ceiling is not None and buckets:
        ceiling_x = _LEFT + plot_w * (ceiling - buckets[0].low) / span
    return Histogram(
        WIDTH,
        HISTOGRAM_HEIGHT,
        tuple(bars),
        ticks,
        baseline,
        _LEFT,
        ceiling_x,
        f"{ceiling:g}%" if ceiling is not None else "",
        sum(b.count for b in buckets),
    )


def traded_chart(reps: Sequence[RepFigures]) -> TradedChart:
    """Each rep's share of gives traded for a get, as a bar against 100%."""
    shown = [r for r in reps if r.figures.gives]
    track_w = WIDTH - _NAME_WIDTH - 70
    bars, tracks = [], []
    for i, rep in enumerate(shown):
        y = 8 + i * BAR_ROW
        share = rep.figures.share_traded or 0.0
        words = f"{rep.figures.traded}/{rep.figures.gives}"
        tracks.append(Bar(_NAME_WIDTH, y, track_w, BAR_ROW - 10, rep.name, ""))
        bars.append(Bar(_NAME_WIDTH, y, track_w * share, BAR_ROW - 10, rep.name, words))
    return TradedChart(WIDTH, 16 + len(shown) * BAR_ROW, tuple(bars), tuple(tracks))
