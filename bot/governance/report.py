"""The governance report: one self-contained HTML page (plotly.js inline, no network needed to
open it) with the last N days of questions, tools, escalations, feedback, cited clauses and the
questions the policy did not cover.

Accessible: one h1, an h2 per section, every chart in a <figure> with a caption, a text summary
and a data table fallback (<details>), colours from the Okabe-Ito colour-blind-safe palette.
All text is escaped; chart JSON is embedded with <, > and & escaped.
"""
from __future__ import annotations

import html
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bot.governance.models import iso

# the engine's escalation reason for a tool the register does not list ("DeepL is not on the AI
# tools register; ..."): such questions count under "Top tools" too, marked as not registered
_UNREGISTERED = re.compile(r"^(?!This AI feature|The AI tool)(.{1,80}?) is not on the (?:approved )?AI tools register")
NOT_REGISTERED = " (not on the register)"


def unregistered_tool(detail: Any) -> str | None:
    """The name of the unregistered tool an answer event is about, or None."""
    reason = (detail or {}).get("escalation_reason") if isinstance(detail, dict) else None
    m = _UNREGISTERED.match(reason or "")
    return m.group(1) + NOT_REGISTERED if m else None
from bot.governance.service import VERDICT_WORDS, Governance

VERDICT_ORDER = ("allowed", "conditional", "not_allowed", "unsure", "info", "out_of_scope")
VERDICT_COLOURS = {"allowed": "#009E73", "conditional": "#56B4E9", "not_allowed": "#D55E00",
                   "unsure": "#CC79A7", "info": "#0072B2", "out_of_scope": "#999999"}
STATUS_COLOURS = {"open": "#E69F00", "claimed": "#56B4E9", "answered": "#009E73", "dismissed": "#999999"}
GAP_VERDICTS = ("unsure",)


@dataclass
class ReportData:
    since: datetime
    until: datetime
    days: list[date]
    questions: int = 0
    per_day_verdict: dict[str, list[int]] = field(default_factory=dict)
    verdict_totals: dict[str, int] = field(default_factory=dict)
    escalated_answers: int = 0
    tools: list[tuple[str, int]] = field(default_factory=list)
    clauses: list[tuple[str, int]] = field(default_factory=list)
    escalations_open: int = 0
    escalations_claimed: int = 0
    escalations_answered: int = 0         # answered within the period
    escalations_dismissed: int = 0        # dismissed within the period
    escalations_per_day_status: dict[str, list[int]] = field(default_factory=dict)
    median_hours_to_answer: float | None = None
    feedback_helpful: int = 0
    feedback_not_helpful: int = 0
    feedback_per_day: dict[str, list[int]] = field(default_factory=dict)
    gaps: list[dict[str, Any]] = field(default_factory=list)

    @property
    def not_helpful_rate(self) -> float | None:
        n = self.feedback_helpful + self.feedback_not_helpful
        return None if n == 0 else self.feedback_not_helpful / n


def collect(gov: Governance, days: int = 30, now: datetime | None = None) -> ReportData:
    """The report's numbers for the ``days`` days up to ``now`` (UTC days, today included)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    now = now or gov.now()
    first = (now - timedelta(days=days - 1)).date()
    since = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
    day_list = [first + timedelta(days=i) for i in range(days)]
    idx = {d: i for i, d in enumerate(day_list)}
    data = ReportData(since=since, until=now, days=day_list)

    per_day = {v: [0] * days for v in VERDICT_ORDER}
    tools: Counter[str] = Counter()
    clauses: Counter[str] = Counter()
    gaps: dict[str, dict[str, Any]] = {}
    fb = {"helpful": [0] * days, "not helpful": [0] * days}
    for ev in gov.audit_events(since=since, kinds=("answer", "feedback")):
        i = idx.get(ev.time.date())
        if i is None:
            continue
        if ev.kind == "feedback":
            if ev.helpful is None:
                continue
            key = "helpful" if ev.helpful else "not helpful"
            fb[key][i] += 1
            if ev.helpful:
                data.feedback_helpful += 1
            else:
                data.feedback_not_helpful += 1
            continue
        data.questions += 1
        verdict = ev.verdict if ev.verdict in per_day else "unsure"
        per_day[verdict][i] += 1
        if ev.escalated:
            data.escalated_answers += 1
        tool = ev.tool or unregistered_tool(ev.detail)
        if tool:
            tools[tool] += 1
        for ref in dict.fromkeys(ev.refs or []):
            clauses[str(ref)] += 1
        if ev.verdict in GAP_VERDICTS or ev.escalated:
            q = (ev.question or "").strip()
            if not q:
                continue
            k = " ".join(q.lower().split())
            g = gaps.setdefault(k, {"question": q, "count": 0, "last": ev.time, "verdicts": Counter(),
                                    "tool": ev.tool})
            g["count"] += 1
            g["verdicts"][ev.verdict or "unsure"] += 1
            if ev.time >= g["last"]:
                g["last"], g["question"] = ev.time, q
    data.per_day_verdict = {v: c for v, c in per_day.items() if any(c)}
    data.verdict_totals = {v: sum(c) for v, c in data.per_day_verdict.items()}
    data.tools = tools.most_common(10)
    data.clauses = clauses.most_common(15)
    data.feedback_per_day = fb
    data.gaps = sorted(({**g, "verdicts": dict(g["verdicts"])} for g in gaps.values()),
                       key=lambda g: (-g["count"], -g["last"].timestamp()))[:50]

    esc_day = {s: [0] * days for s in STATUS_COLOURS}
    hours = []
    for esc in gov.list():
        if esc.status == "open":
            data.escalations_open += 1
        elif esc.status == "claimed":
            data.escalations_claimed += 1
        if esc.answered_at and esc.answered_at >= since:
            data.escalations_answered += 1
            hours.append((esc.answered_at - esc.created_at).total_seconds() / 3600)
        if esc.dismissed_at and esc.dismissed_at >= since:
            data.escalations_dismissed += 1
        i = idx.get(esc.created_at.date())
        if i is not None:
            esc_day[esc.status][i] += 1
    data.escalations_per_day_status = {s: c for s, c in esc_day.items() if any(c)}
    data.median_hours_to_answer = statistics.median(hours) if hours else None
    return data


# ------------------------------------------------------------------------------ rendering
def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _duration(hours: float | None) -> str:
    if hours is None:
        return "–"
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


def _safe_json(obj: Any) -> str:
    from plotly.utils import PlotlyJSONEncoder
    s = json.dumps(obj, cls=PlotlyJSONEncoder, ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _figure_script(div_id: str, fig) -> str:
    spec = fig.to_plotly_json()
    config = {"displaylogo": False, "responsive": True, "displayModeBar": False}
    return (f'<script>Plotly.newPlot({json.dumps(div_id)}, {_safe_json(spec["data"])}, '
            f'{_safe_json(spec["layout"])}, {_safe_json(config)});</script>')


def _layout(**kw) -> dict:
    base = dict(margin=dict(l=10, r=10, t=10, b=10), height=340, paper_bgcolor="white", plot_bgcolor="white",
                font=dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size=13,
                          color="#0b0c0c"),
                legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
                xaxis=dict(gridcolor="#e5e5e5", automargin=True), yaxis=dict(gridcolor="#e5e5e5", automargin=True))
    base.update(kw)
    return base


def _ranking(items: list[tuple[str, int]], colour: str, measure: str, row_height: int):
    """A horizontal bar chart of (label, count) pairs, largest at the top."""
    import plotly.graph_objects as go
    ordered = list(reversed(items))
    fig = go.Figure(go.Bar(x=[n for _, n in ordered], y=[t for t, _ in ordered], orientation="h",
                           marker_color=colour, name=measure))
    fig.update_layout(**_layout(height=max(220, row_height * len(ordered) + 60), showlegend=False,
                                xaxis=dict(title=measure, gridcolor="#e5e5e5", automargin=True)))
    return fig


def _table(headers: list[str], rows: list[list[Any]], caption: str) -> str:
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<table><caption class="visually-hidden">{_e(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _chart(div_id: str, title: str, summary: str, fig, headers: list[str], rows: list[list[Any]]) -> str:
    return (f'<figure class="chart"><figcaption id="{div_id}-caption"><strong>{_e(title)}</strong>'
            f'<span class="summary">{_e(summary)}</span></figcaption>'
            f'<div id="{div_id}" class="plot" role="img" aria-labelledby="{div_id}-caption"></div>'
            f"{_figure_script(div_id, fig)}"
            f"<details><summary>Show the data as a table</summary>{_table(headers, rows, title)}</details>"
            f"</figure>")


def _empty(text: str) -> str:
    return f'<p class="empty">{_e(text)}</p>'


def render(data: ReportData, title: str = "policybot governance report") -> str:
    import plotly.graph_objects as go
    from plotly.offline import get_plotlyjs

    day_labels = [d.isoformat() for d in data.days]
    sections: list[str] = []

    # --- questions per day by verdict
    if data.questions:
        fig = go.Figure([go.Bar(name=VERDICT_WORDS[v], x=day_labels, y=c, marker_color=VERDICT_COLOURS[v])
                         for v, c in data.per_day_verdict.items()])
        fig.update_layout(**_layout(barmode="stack", yaxis=dict(title="questions", gridcolor="#e5e5e5",
                                                                 rangemode="tozero", automargin=True)))
        totals = ", ".join(f"{VERDICT_WORDS[v]}: {n}" for v, n in data.verdict_totals.items())
        rows = [[d] + [data.per_day_verdict[v][i] for v in data.per_day_verdict] for i, d in enumerate(day_labels)]
        body = _chart("chart-questions", "Questions per day, by verdict",
                      f"{data.questions} questions in {len(data.days)} days ({totals}).", fig,
                      ["day"] + [VERDICT_WORDS[v] for v in data.per_day_verdict], rows)
    else:
        body = _empty("No questions were asked in this period.")
    sections.append(f'<section aria-labelledby="h-questions"><h2 id="h-questions">Questions</h2>{body}</section>')

    # --- top tools
    if data.tools:
        fig = _ranking(data.tools, "#0072B2", "questions", row_height=34)
        body = _chart("chart-tools", "Top tools asked about",
                      f"Most asked about: {data.tools[0][0]} ({data.tools[0][1]} questions).", fig,
                      ["tool", "questions"], [[t, n] for t, n in data.tools])
    else:
        body = _empty("No question named a tool in this period.")
    sections.append(f'<section aria-labelledby="h-tools"><h2 id="h-tools">Tools</h2>{body}</section>')

    # --- escalations
    kpis = (f'<ul class="kpis" aria-label="Escalation figures">'
            f'<li><span class="n">{data.escalations_open}</span> open (unclaimed)</li>'
            f'<li><span class="n">{data.escalations_claimed}</span> claimed, not yet answered</li>'
            f'<li><span class="n">{data.escalations_answered}</span> answered in the period</li>'
            f'<li><span class="n">{_duration(data.median_hours_to_answer)}</span> median time to answer</li>'
            f'<li><span class="n">{data.escalations_dismissed}</span> dismissed in the period</li></ul>')
    if data.escalations_per_day_status:
        fig = go.Figure([go.Bar(name=s, x=day_labels, y=c, marker_color=STATUS_COLOURS[s])
                         for s, c in data.escalations_per_day_status.items()])
        fig.update_layout(**_layout(barmode="stack", height=300,
                                    yaxis=dict(title="escalations", gridcolor="#e5e5e5", automargin=True)))
        rows = [[d] + [data.escalations_per_day_status[s][i] for s in data.escalations_per_day_status]
                for i, d in enumerate(day_labels)]
        body = kpis + _chart("chart-escalations", "Escalations raised per day, by current status",
                             f"{sum(map(sum, data.escalations_per_day_status.values()))} escalations raised in the "
                             f"period; median time to answer {_duration(data.median_hours_to_answer)}.", fig,
                             ["day"] + list(data.escalations_per_day_status), rows)
    else:
        body = kpis + _empty("No escalations were raised in this period.")
    sections.append(f'<section aria-labelledby="h-esc"><h2 id="h-esc">Escalations</h2>{body}</section>')

    # --- feedback
    n_fb = data.feedback_helpful + data.feedback_not_helpful
    kpis = (f'<ul class="kpis" aria-label="Feedback figures">'
            f'<li><span class="n">{_pct(data.not_helpful_rate)}</span> of feedback said "not helpful"</li>'
            f'<li><span class="n">{n_fb}</span> feedback responses</li></ul>')
    if n_fb:
        fig = go.Figure([go.Bar(name="Helpful", x=day_labels, y=data.feedback_per_day["helpful"],
                                marker_color="#009E73"),
                         go.Bar(name="Not helpful", x=day_labels, y=data.feedback_per_day["not helpful"],
                                marker_color="#D55E00")])
        fig.update_layout(**_layout(barmode="stack", height=260,
                                    yaxis=dict(title="responses", gridcolor="#e5e5e5", automargin=True)))
        rows = [[d, data.feedback_per_day["helpful"][i], data.feedback_per_day["not helpful"][i]]
                for i, d in enumerate(day_labels)]
        body = kpis + _chart("chart-feedback", "Feedback per day",
                             f"{data.feedback_not_helpful} of {n_fb} responses said not helpful "
                             f"({_pct(data.not_helpful_rate)}).", fig, ["day", "helpful", "not helpful"], rows)
    else:
        body = kpis + _empty("No feedback was given in this period.")
    sections.append(f'<section aria-labelledby="h-fb"><h2 id="h-fb">Feedback</h2>{body}</section>')

    # --- clauses
    if data.clauses:
        fig = _ranking(data.clauses, "#009E73", "answers citing it", row_height=28)
        body = _chart("chart-clauses", "Most-cited clauses",
                      f"Most cited: {data.clauses[0][0]} ({data.clauses[0][1]} answers).", fig,
                      ["clause", "answers citing it"], [[r, n] for r, n in data.clauses])
    else:
        body = _empty("No answer cited a clause in this period.")
    sections.append(f'<section aria-labelledby="h-clauses"><h2 id="h-clauses">Clauses</h2>{body}</section>')

    # --- policy gaps
    if data.gaps:
        rows = [[g["question"], g["count"], ", ".join(f"{VERDICT_WORDS.get(v, v)} ({n})" for v, n in g["verdicts"].items()),
                 g["tool"] or "", iso(g["last"])] for g in data.gaps]
        body = ('<p>Questions answered “Unsure” or escalated: the policy did not settle them. '
                'Personal data was redacted before storage.</p>'
                + _table(["question (redacted)", "times asked", "verdicts", "tool", "last asked"], rows,
                         "Questions the policy did not cover").replace("<table>", '<table id="gaps">', 1))
    else:
        body = _empty("Every question in this period was settled by the policy.")
    sections.append(f'<section aria-labelledby="h-gaps"><h2 id="h-gaps">Questions the policy did not cover</h2>'
                    f'{body}</section>')

    escalated_rate = (data.escalated_answers / data.questions) if data.questions else None
    header_kpis = (f'<ul class="kpis top" aria-label="Summary">'
                   f'<li><span class="n">{data.questions}</span> questions</li>'
                   f'<li><span class="n">{_pct(escalated_rate)}</span> escalated</li>'
                   f'<li><span class="n">{data.escalations_open + data.escalations_claimed}</span> escalations waiting</li>'
                   f'<li><span class="n">{_duration(data.median_hours_to_answer)}</span> median time to answer</li>'
                   f'<li><span class="n">{_pct(data.not_helpful_rate)}</span> not helpful</li></ul>')
    period = f"{data.days[0].isoformat()} to {data.days[-1].isoformat()} (UTC), generated {iso(data.until)}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c;
       margin: 0; background: #f3f2f1; line-height: 1.45; }}
main {{ max-width: 1100px; margin: 0 auto; padding: 24px; }}
h1 {{ font-size: 1.9rem; margin: 0 0 4px; }}
h2 {{ font-size: 1.35rem; margin: 0 0 12px; }}
.period {{ color: #505a5f; margin: 0 0 16px; }}
section {{ background: white; border-radius: 6px; padding: 18px 20px; margin: 0 0 18px;
          box-shadow: 0 1px 2px rgba(0,0,0,.08); }}
.kpis {{ list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 10px; }}
.kpis li {{ background: #f8f8f8; border-left: 4px solid #1d70b8; padding: 8px 12px; min-width: 150px; }}
.kpis.top li {{ background: white; }}
.kpis .n {{ display: block; font-size: 1.5rem; font-weight: 700; }}
figure {{ margin: 0; }}
figcaption strong {{ display: block; font-size: 1.05rem; }}
figcaption .summary {{ color: #505a5f; }}
.plot {{ width: 100%; min-height: 220px; }}
details {{ margin-top: 6px; }}
summary {{ cursor: pointer; color: #1d70b8; }}
summary:focus-visible, a:focus-visible {{ outline: 3px solid #ffdd00; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92rem; margin-top: 8px; }}
th, td {{ text-align: left; padding: 6px 8px; border-bottom: 1px solid #d8d8d8; vertical-align: top; }}
th {{ background: #f3f2f1; }}
.empty {{ color: #505a5f; font-style: italic; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
</style>
<script id="plotly-js">{get_plotlyjs()}</script>
</head>
<body>
<main>
<h1>{_e(title)}</h1>
<p class="period">Last {len(data.days)} days: {_e(period)}</p>
{header_kpis}
{''.join(sections)}
</main>
</body>
</html>
"""


def build_report(gov: Governance, out_path: str | Path, days: int = 30, now: datetime | None = None) -> Path:
    """Write the report for the last ``days`` days to ``out_path``; returns the path."""
    data = collect(gov, days, now)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(data), encoding="utf-8")
    return out
