"""The governance report: the numbers, a self-contained page (no network), and the page rendered
in real headless Chromium (charts drawn, nothing on the console, a screenshot taken).

POLICYBOT_UPDATE_DOCS=1 also copies the screenshot to docs/report.png."""
from __future__ import annotations

import importlib.util
import os
import random
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from bot.governance import Governance, OutboxWorker
from bot.governance.report import build_report, collect
from test_governance_support import T0, Clock, RecordingNotifier, make_answer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DOCS = Path(__file__).resolve().parent.parent / "docs"
CHARTS = ("chart-questions", "chart-tools", "chart-escalations", "chart-feedback", "chart-clauses")

TOOLS = [("Microsoft 365 Copilot Chat", "conditional", ["genai-usage-policy.md#4.1", "ai-tools-register.csv#Microsoft 365 Copilot Chat"]),
         ("ChatGPT", "not_allowed", ["genai-usage-policy.md#2.2", "ai-tools-register.csv#ChatGPT"]),
         ("Otter.ai", "unsure", ["genai-usage-policy.md#6.2"]),
         ("GitHub Copilot", "conditional", ["genai-usage-policy.md#5.3", "ai-tools-register.csv#GitHub Copilot"]),
         ("DeepL", "allowed", ["genai-usage-policy.md#5.1"]),
         ("Canva", "conditional", ["genai-usage-policy.md#5.4"]),
         (None, "info", ["genai-usage-policy.md#1.1"]),
         (None, "out_of_scope", [])]
GAPS = ["Can I use Otter.ai to transcribe a resident's home visit?",
        "Can I use an AI avatar to present a public webinar?",
        "Can I let Copilot Studio answer housing enquiries on the website?",
        "May I use AI voice cloning for accessibility recordings?"]


def seed(gov: Governance, clock: Clock, days: int = 30, per_day: int = 12, rng_seed: int = 5) -> None:
    """A month of realistic, deterministic activity."""
    rng = random.Random(rng_seed)
    start = clock()
    notifier = RecordingNotifier()
    for d in range(days):
        clock.t = start + timedelta(days=d, hours=8)
        for _ in range(rng.randint(per_day // 2, per_day + 4)):
            clock.advance(minutes=rng.randint(5, 40))
            tool, verdict, refs = rng.choices(TOOLS, weights=[30, 12, 6, 10, 8, 6, 8, 3])[0]
            q = f"Can I use {tool or 'AI'} for task {rng.randint(1, 99)}?"
            if verdict == "unsure":
                q = rng.choice(GAPS)
            a = make_answer(q, verdict=verdict, tool=tool, refs=tuple(refs), escalated=verdict == "unsure")
            ev = gov.record_answer(a, platform=rng.choice(["slack", "teams"]), user_id=f"U{rng.randint(1, 60)}")
            if rng.random() < 0.25:
                gov.record_feedback(ev, rng.random() > 0.2, None, platform="slack", user_id="U1")
            if verdict == "unsure":
                esc = gov.escalate(a, platform="slack", user_id="U1", conversation_ref={"channel": "D1"})
                if d < days - 3:
                    gov.claim(esc.id, "U0GOV1")
                    clock.advance(hours=rng.randint(1, 20))
                    if rng.random() < 0.85:
                        gov.answer(esc.id, "U0GOV1", "not_allowed", "Not without a DPIA.")
                    else:
                        gov.dismiss(esc.id, "U0GOV1", "Duplicate.")
                    clock.t = start + timedelta(days=d, hours=17)
        OutboxWorker(gov, {"slack": notifier}, "w").run_once(clock())


def test_collect_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYBOT_HOME", str(tmp_path / "home"))
    clock = Clock()
    gov = Governance(f"sqlite:///{tmp_path / 'r.sqlite3'}", clock=clock)
    a_ok = make_answer("Can I use DeepL for a leaflet?", verdict="allowed", tool="DeepL",
                       refs=("genai-usage-policy.md#5.1",))
    a_gap = make_answer("Can I use an AI avatar in a webinar?", verdict="unsure", tool=None,
                        refs=("genai-usage-policy.md#5.1", "genai-usage-policy.md#9.9"))
    e1 = gov.record_answer(a_ok, platform="slack", user_id="U1")
    gov.record_feedback(e1, True, platform="slack", user_id="U1")
    gov.record_answer(a_gap, platform="slack", user_id="U2")
    esc1 = gov.escalate(a_gap, platform="slack", user_id="U2", conversation_ref={"channel": "D2"})
    esc2 = gov.escalate(a_gap, platform="slack", user_id="U2", conversation_ref={"channel": "D2"})
    gov.escalate(a_gap, platform="slack", user_id="U2", conversation_ref={"channel": "D2"})
    clock.advance(days=1)
    e3 = gov.record_answer(a_gap, platform="teams", user_id="U3")
    gov.record_feedback(e3, False, "vague", platform="teams", user_id="U3")
    gov.record_feedback(e3, False, None, platform="teams", user_id="U3")
    gov.answer(esc1.id, "U0GOV1", "not_allowed", "No.")            # 24 h after it was raised
    clock.advance(hours=2)
    gov.answer(esc2.id, "U0GOV1", "not_allowed", "No.")            # 26 h
    clock.advance(days=40)
    gov.record_answer(a_ok, platform="slack", user_id="U1")        # today; the others are 41 days old
    data = collect(gov, days=60)
    assert data.questions == 4 and data.verdict_totals == {"allowed": 2, "unsure": 2}
    assert data.tools == [("DeepL", 2)]
    assert data.clauses == [("genai-usage-policy.md#5.1", 4), ("genai-usage-policy.md#9.9", 2)]
    assert (data.escalations_open, data.escalations_answered, data.median_hours_to_answer) == (1, 2, 25.0)
    assert (data.feedback_helpful, data.feedback_not_helpful) == (1, 2)
    assert data.not_helpful_rate == pytest.approx(2 / 3)
    assert [(g["question"], g["count"]) for g in data.gaps] == [("Can I use an AI avatar in a webinar?", 2)]
    assert sum(data.per_day_verdict["allowed"]) == 2 and data.per_day_verdict["allowed"][-1] == 1
    short = collect(gov, days=30)                                  # the old activity is outside 30 days
    assert short.questions == 1 and short.gaps == [] and short.escalations_answered == 0
    assert short.escalations_open == 1                             # still waiting, whatever its age
    gov.close()


def test_empty_report_and_escaping(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYBOT_HOME", str(tmp_path / "home"))
    from bot.governance.report import render
    gov = Governance(f"sqlite:///{tmp_path / 'e.sqlite3'}", clock=Clock())
    html = render(collect(gov, days=7))
    for s in ("No questions were asked in this period.", "No question named a tool in this period.",
              "No escalations were raised in this period.", "No feedback was given in this period.",
              "No answer cited a clause in this period.", "Every question in this period was settled by the policy."):
        assert s in html
    gov.record_answer(make_answer("Is <script>alert('x')</script> allowed?", tool="</script><script>alert(1)//"),
                      platform="slack", user_id="U1")
    html = render(collect(gov, days=7))
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; allowed?" in html
    assert "<script>alert(" not in html                       # not in the tables, not in the chart JSON
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)//" in html
    gov.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    saved = {k: os.environ.get(k) for k in ("POLICYBOT_HOME", "POLICYBOT_SLACK_GOVERNANCE_CHANNEL")}
    os.environ["POLICYBOT_HOME"] = str(tmp / "home")
    os.environ["POLICYBOT_SLACK_GOVERNANCE_CHANNEL"] = "CGOV0001"
    try:
        clock = Clock(T0 - timedelta(days=29, hours=8))
        gov = Governance(f"sqlite:///{tmp / 'r.sqlite3'}", clock=clock)
        seed(gov, clock)
        a = make_answer("Can I paste <b>draft</b> web pages & scripts into ChatGPT?", verdict="unsure", tool=None)
        gov.record_answer(a, platform="slack", user_id="U9")
        path = build_report(gov, tmp / "report.html", days=30)
        gov.close()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return path


def test_report_is_self_contained_and_accessible(report):
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    # nothing is fetched: no external script, stylesheet, image, font or frame (the URLs inside
    # the plotly.js library itself belong to chart types we do not use, e.g. map tiles)
    lib = re.search(r'<script id="plotly-js">.*?</script>', html, re.S)
    assert lib and len(lib.group(0)) > 3_000_000                       # plotly.js is inline
    html = html.replace(lib.group(0), "")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", html, re.I)
    assert "Plotly.newPlot" in html
    assert html.count("<h1>") == 1
    for h in ("Questions", "Tools", "Escalations", "Feedback", "Clauses", "Questions the policy did not cover"):
        assert f">{h}</h2>" in html
    for c in CHARTS:
        assert f'id="{c}" class="plot" role="img" aria-labelledby="{c}-caption"' in html
    assert html.count("Show the data as a table") == len(CHARTS)
    assert "Can I paste &lt;b&gt;draft&lt;/b&gt; web pages &amp; scripts into ChatGPT?" in html   # escaped
    assert "<b>draft</b>" not in html
    for gap in GAPS:
        assert html.count(gap.replace("'", "&#x27;")) >= 1


def _chromium(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    import tempfile
    with tempfile.TemporaryDirectory() as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={profile}",
               "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
               "--hide-scrollbars", *args]
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def test_report_in_headless_chromium(report, tmp_path):
    if CHROMIUM is None:   # CI runs `make system-deps`, which installs it: missing there is a failure
        if _in_ci():
            pytest.fail("CI: chromium is not installed (`make system-deps` installs it), the report's "
                        "browser test cannot run")
        pytest.skip("chromium not installed (`make system-deps`, or apt-get install -y chromium)")
    # the console detector works: a page that logs an error is caught
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>console.error('broken page')</script>", encoding="utf-8")
    probe = _chromium("--virtual-time-budget=2000", "--dump-dom", bad.as_uri())
    assert any("broken page" in line for line in _console(probe.stderr)), probe.stderr[-2000:]

    dom = _chromium("--virtual-time-budget=10000", "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom.stderr) == [], _console(dom.stderr)
    for c in CHARTS:   # plotly drew each chart (an SVG inside the chart's div)
        m = re.search(rf'<div id="{c}"[^>]*>(.*?)</figure>', dom.stdout, re.S)
        assert m and 'class="main-svg"' in m.group(1), c
    assert "Not allowed" in dom.stdout and "Microsoft 365 Copilot Chat" in dom.stdout

    shot = tmp_path / "report.png"
    r = _chromium("--virtual-time-budget=10000", "--window-size=1280,3300", f"--screenshot={shot}", report.as_uri())
    assert r.returncode == 0 and _console(r.stderr) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 3300)
    if os.environ.get("POLICYBOT_UPDATE_DOCS") == "1":
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS / "report.png")


def test_unregistered_tools_are_in_top_tools(tmp_path, monkeypatch):
    """Issue 17 item 11: a tool the register does not list has no `tool` in the answer (the
    contract's register entry), but questions about it count under "Top tools", marked."""
    monkeypatch.setenv("POLICYBOT_HOME", str(tmp_path / "home"))
    gov = Governance(f"sqlite:///{tmp_path / 'r.sqlite3'}", clock=Clock())
    reg = make_answer("Can I use ChatGPT?", verdict="not_allowed", tool="ChatGPT")
    unreg = make_answer("Can I use deepl for a leaflet?", tool=None).model_copy(update={
        "escalation_reason": "DeepL is not on the AI tools register; using it needs approval first."})
    feature = make_answer("Can I use the AI feature in my app?", tool=None).model_copy(update={
        "escalation_reason": "This AI feature is not on the AI tools register; using it needs approval first."})
    for a in (unreg, unreg, reg, feature):
        gov.record_answer(a, platform="slack", user_id="U1")
    data = collect(gov, days=7)
    assert data.tools == [("DeepL (not on the register)", 2), ("ChatGPT", 1)]
    if importlib.util.find_spec("plotly") is not None:
        page = build_report(gov, tmp_path / "report.html", days=7).read_text(encoding="utf-8")
        assert "DeepL (not on the register)" in page
    gov.close()
