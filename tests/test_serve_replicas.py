"""Scale-out: two `policybot serve` processes sharing one Chroma server (`chroma run`), one
PostgreSQL (a throwaway cluster of the Debian `postgresql` package on 127.0.0.1) and one state
folder, with Slack over HTTP against the Web API stub.

- questions are answered by both replicas;
- an escalation created through replica A and answered through replica B reaches the
  governance channel once and the asker once;
- a reindex through A (its knowledge-folder watcher) is seen by both;
- a replica killed (SIGKILL) in the middle of a delivery loses nothing: the other one delivers
  the message once the lease expires.

Marked slow; skipped with the reason when PostgreSQL cannot start (run it locally as described
in deploy/OPERATIONS.md, "Running the scale-out test"). `-m "not slow"` leaves it out.
"""
from __future__ import annotations

import itertools
import json
import re
import signal
import subprocess
import time
from types import SimpleNamespace

import pytest

from conftest import write_knowledge
from serve_support import (PB, HoldingSlackStub, base_env, chroma_server, free_port, http_get, postgres_cluster,
                           stop_process, wait_http, wait_until)
from slack_stub import BOT_USER_ID, SignedPoster, find_button

pytestmark = pytest.mark.slow

SECRET = "replica-signing-secret"
GOV = "C0GOVREPL"
TEAM_MEMBER = "U0GOVREPL"
LEASE = 6.0


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, onnx_embed):
    from bot.governance.service import Governance
    from index.build import build_index
    tmp = tmp_path_factory.mktemp("replicas")
    try:
        pg_ctx = postgres_cluster()
        db_url = pg_ctx.__enter__()
    except RuntimeError as e:
        pytest.skip(f"PostgreSQL could not start here: {e}")
    try:
        with chroma_server(tmp / "chroma") as chroma_url, HoldingSlackStub() as stub:
            knowledge = write_knowledge(tmp / "knowledge")
            home = tmp / "home"
            build_index(knowledge, home, chroma_url=chroma_url, embed_model=onnx_embed)
            common = dict(POLICYBOT_HOME=str(home), POLICYBOT_CHROMA_URL=chroma_url, POLICYBOT_DATABASE_URL=db_url,
                          POLICYBOT_AUDIT_SECRET="replica-test", SLACK_BOT_TOKEN="xoxb-replica",
                          SLACK_SIGNING_SECRET=SECRET, POLICYBOT_SLACK_API_URL=stub.api_url,
                          POLICYBOT_SLACK_GOVERNANCE_CHANNEL=GOV, POLICYBOT_OUTBOX_INTERVAL="0.3",
                          POLICYBOT_OUTBOX_LEASE_SECONDS=str(LEASE), POLICYBOT_SHUTDOWN_TIMEOUT="10",
                          XDG_DATA_HOME=str(tmp / "xdg"))
            Governance(db_url).close()             # migrate once up front (replicas would queue on the lock)
            procs, urls = {}, {}
            for name, extra in (("a", {"POLICYBOT_WATCH_DIR": str(knowledge), "POLICYBOT_WATCH_DEBOUNCE": "0.5"}),
                                ("b", {})):
                port = free_port()
                procs[name] = subprocess.Popen(PB + ["serve", "--port", str(port)],
                                               env=base_env(**common, **extra), stdout=subprocess.DEVNULL,
                                               stderr=open(tmp / f"{name}.log", "w"), text=True)
                urls[name] = f"http://127.0.0.1:{port}"
            try:
                for name in procs:
                    wait_http(urls[name] + "/readyz", procs[name], timeout=90)
                gov = Governance(db_url, secret=b"unused")
                post = {n: SignedPoster(u + "/slack/events", SECRET) for n, u in urls.items()}
                post["b"]._n = itertools.count(5000)     # distinct event ids (the same id would be a retry)
                yield SimpleNamespace(stub=stub, procs=procs, urls=urls, gov=gov, home=home, knowledge=knowledge,
                                      tmp=tmp, post=post)
                gov.close()
            finally:
                for p in procs.values():
                    stop_process(p)
    finally:
        pg_ctx.__exit__(None, None, None)


def dm(c, replica: str, text: str, ts: str, channel: str):
    ev = {"type": "message", "channel_type": "im", "channel": channel, "user": "U0ASKREPL", "text": text,
          "ts": ts, "event_ts": ts}
    seen = len(c.stub.find("chat.postMessage", channel=channel))
    assert c.post[replica].event(ev)[0] == 200
    return c.stub.wait_for("chat.postMessage", seen + 1, channel=channel, timeout=20)[-1]


def test_questions_are_answered_by_both_replicas(cluster):
    for n, replica in enumerate(("a", "b"), 1):
        ev = {"type": "app_mention", "user": "U0REPL01", "ts": f"17005000{n:02d}.000100", "channel": f"C0REPL0{n}",
              "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
        assert cluster.post[replica].event(ev)[0] == 200
        reply = cluster.stub.wait_for("chat.postMessage", channel=f"C0REPL0{n}", timeout=20)[-1]
        assert reply.args["text"].startswith("Not allowed")
        metrics = http_get(cluster.urls[replica] + "/metrics")[1]
        assert re.search(r'policybot_questions_total\{surface="slack",verdict="not_allowed"\} 1\.0', metrics)
    # the same Slack event delivered to both replicas (a retry after a timeout) is answered once
    ev = {"type": "app_mention", "user": "U0REPL01", "ts": "1700500099.000100", "channel": "C0REPL99",
          "text": f"<@{BOT_USER_ID}> Can I use ChatGPT to draft a press release?"}
    body = json.dumps({"token": "legacy", "team_id": "T0TEAM01", "api_app_id": "A0POLICY", "type": "event_callback",
                       "event": ev, "event_id": "Ev0REPLRETRY", "event_time": int(time.time())})
    assert cluster.post["a"].post(body, "application/json")[0] == 200
    assert cluster.post["b"].post(body, "application/json", headers={"X-Slack-Retry-Num": "1"})[0] == 200
    cluster.stub.wait_for("chat.postMessage", channel="C0REPL99", timeout=20)
    time.sleep(1.5)
    assert len(cluster.stub.find("chat.postMessage", channel="C0REPL99")) == 1


def test_escalation_through_one_answered_through_the_other_is_delivered_once(cluster):
    reply = dm(cluster, "a", "Can I use Gemini to summarise a complaint?", "1700500101.000100", "D0REPL01")
    assert reply.args["text"].startswith("Not allowed")
    esc = wait_until(lambda: [e for e in cluster.gov.list() if e.conversation_ref.get("thread_ts") == "1700500101.000100"])
    assert len(esc) == 1
    esc = esc[0]
    post_msg = wait_until(lambda: [m for m in cluster.gov.outbox(escalation_id=esc.id)
                                   if m.kind == "escalation.post" and m.status == "sent"])[0]
    posts = [c for c in cluster.stub.find("chat.postMessage", channel=GOV) if f"(#{esc.id})" in json.dumps(c.args)]
    assert len(posts) == 1
    posted = posts[0].args | {"ts": post_msg.platform_ref["ts"]}

    # the governance team presses Answer and submits the modal: both requests go to replica B
    from bot.slack import ids
    assert find_button(posted["blocks"], ids.ACTION_ANSWER) is not None
    opened = len(cluster.stub.find("views.open"))
    assert cluster.post["b"].click(posted, ids.ACTION_ANSWER, user=TEAM_MEMBER, channel=GOV)[0] == 200
    modal = cluster.stub.wait_for("views.open", opened + 1, timeout=20)[-1].args["view"]
    values = {"verdict": {"verdict_select": {"type": "static_select", "selected_option": {"value": "not_allowed"}}},
              "answer": {"answer_text": {"type": "plain_text_input",
                                         "value": "No: Gemini is not on the register (policy.md#2.2)."}},
              "publish": {"publish_ruling": {"type": "checkboxes", "selected_options": []}}}
    status, body, _ = cluster.post["b"].submit(modal, TEAM_MEMBER, values)
    assert status == 200 and body == ""
    wait_until(lambda: cluster.gov.get(esc.id).status == "answered")
    relay = cluster.stub.wait_for("chat.postMessage", channel="D0REPL01", thread_ts="1700500101.000100", timeout=20)
    wait_until(lambda: all(m.status == "sent" for m in cluster.gov.outbox(escalation_id=esc.id)))
    time.sleep(2.0)       # several outbox rounds of both replicas later: still once
    relays = [c for c in cluster.stub.find("chat.postMessage", channel="D0REPL01", thread_ts="1700500101.000100")
              if "Gemini is not on the register" in json.dumps(c.args)]
    assert len(relays) == 1, relay
    posts = [c for c in cluster.stub.find("chat.postMessage", channel=GOV) if f"(#{esc.id})" in json.dumps(c.args)]
    assert len(posts) == 1


def test_a_reindex_through_one_is_seen_by_both(cluster):
    from index.build import read_current
    before = read_current(cluster.home)
    policy = cluster.knowledge / "policy.md"
    policy.write_text(policy.read_text(encoding="utf-8")
                      + "\n## 6. Meetings\n\n6.1 Staff may use an approved transcription tool in internal "
                        "meetings when everyone present has been told.\n", encoding="utf-8")
    after = wait_until(lambda: (v := read_current(cluster.home)) != before and v, timeout=40)
    for n, replica in enumerate(("a", "b"), 1):
        status, body = http_get(cluster.urls[replica] + "/readyz")
        assert status == 200 and json.loads(body)["index"] == after
        dm(cluster, replica, "Can I use ChatGPT to draft a press release?", f"17005002{n:02d}.000100", f"D0RIX0{n}")
        metrics = http_get(cluster.urls[replica] + "/metrics")[1]
        assert f'policybot_index_info{{' in metrics and f'version="{after}"' in metrics
    answers = [e for e in cluster.gov.audit_events(kinds=["answer"])
               if e.index_version == after]
    assert len(answers) >= 2
    # the reindex notice for the governance channel is delivered (and is out of the next test's way)
    wait_until(lambda: not [m for m in cluster.gov.outbox() if m.status in ("pending", "sending")], timeout=30)
    assert [m for m in cluster.gov.outbox() if m.kind == "reindex.notice" and m.status == "sent"]


def test_a_replica_killed_mid_delivery_loses_nothing(cluster):
    # hold the governance post so that whichever replica sends it is still sending when killed
    # (only the escalation's post: the previous test's reindex notice also goes to GOV)
    cluster.stub.hold_next("chat.postMessage", 3.0, contains="translate a leaflet", channel=GOV)
    reply = dm(cluster, "b", "Can I use Gemini to translate a leaflet?", "1700500301.000100", "D0KILL01")
    assert reply.args["text"].startswith("Not allowed")
    esc = wait_until(lambda: [e for e in cluster.gov.list() if e.conversation_ref.get("thread_ts") == "1700500301.000100"])[0]
    sending = wait_until(lambda: [m for m in cluster.gov.outbox(escalation_id=esc.id)
                                  if m.kind == "escalation.post" and m.status == "sending"], timeout=20)[0]
    pid = int(sending.locked_by.split(":")[1])
    victim = next(n for n, p in cluster.procs.items() if p.pid == pid)
    survivor = "a" if victim == "b" else "b"
    cluster.procs[victim].send_signal(signal.SIGKILL)
    cluster.procs[victim].wait(10)
    done = wait_until(lambda: [m for m in cluster.gov.outbox(escalation_id=esc.id)
                               if m.kind == "escalation.post" and m.status == "sent"], timeout=LEASE + 20)[0]
    assert done.attempts >= 2 and done.locked_by is None
    assert str(cluster.procs[survivor].pid) not in (sending.locked_by or "")
    posts = [c for c in cluster.stub.find("chat.postMessage", channel=GOV) if f"(#{esc.id})" in json.dumps(c.args)]
    # at-least-once at the platform boundary: the killed replica's request may have reached Slack
    assert 1 <= len(posts) <= 2
    assert http_get(cluster.urls[survivor] + "/readyz")[0] == 200
    assert not [m for m in cluster.gov.outbox() if m.status in ("pending", "sending", "failed")]
