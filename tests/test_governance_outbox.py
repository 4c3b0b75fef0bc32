"""Reliable delivery: retries with backoff, rate-limit hints, leases after a crash, two workers
at once, a restart, permanent failures, ordering of updates after the post."""
from __future__ import annotations

import random
import threading
from datetime import timedelta

from bot.governance import DeliveryResult, Governance, OutboxWorker
from test_governance_support import (SLACK_CHANNEL, T0, Clock, RecordingNotifier, clock, db_url,  # noqa: F401
                                     gov, make_answer)

CONV = {"channel": "D0ASKER1", "thread_ts": "1762077600.000100"}


def _esc(gov, platform="slack"):
    return gov.escalate(make_answer(), platform=platform, user_id="U0ASKER1", conversation_ref=CONV)


def _msg(gov, mid):
    return [m for m in gov.outbox() if m.id == mid][0]


def test_fails_then_rate_limited_then_delivered_exactly_once(gov):
    esc = _esc(gov)
    [post] = gov.outbox()
    n = RecordingNotifier([DeliveryResult(ok=False, error="HTTP 500 from slack for jo.bloggs@example.org"),
                           DeliveryResult(ok=False, retry_after=30, error="ratelimited")])
    w = OutboxWorker(gov, {"slack": n}, "w1", rng=random.Random(7))

    assert w.run_once(T0) == 1                                    # 1st attempt: server error
    m = _msg(gov, post.id)
    assert (m.status, m.attempts, m.locked_by) == ("pending", 1, None)
    assert m.last_error == "HTTP 500 from slack for [email]"      # redacted
    assert m.next_attempt_at == T0 + timedelta(seconds=5)          # backoff floor 5 s
    assert w.run_once(T0 + timedelta(seconds=4)) == 0              # not due yet

    assert w.run_once(T0 + timedelta(seconds=5)) == 1              # 2nd attempt: rate limited
    m = _msg(gov, post.id)
    assert (m.status, m.attempts, m.last_error) == ("pending", 2, "ratelimited")
    wait = (m.next_attempt_at - (T0 + timedelta(seconds=5))).total_seconds()
    assert 30 <= wait <= 31                                        # honours retry_after (+ <=1 s jitter)
    assert w.run_once(T0 + timedelta(seconds=34)) == 0

    assert w.run_once(T0 + timedelta(seconds=36)) == 1             # 3rd attempt: delivered
    m = _msg(gov, post.id)
    assert (m.status, m.attempts, m.last_error) == ("sent", 3, None)
    assert m.platform_ref == {"ts": f"ts-{post.id}"} and m.sent_at == T0 + timedelta(seconds=36)
    for later in (60, 3600, 86400 * 30):                           # a sent message is never sent again
        assert w.run_once(T0 + timedelta(seconds=later)) == 0
    assert len(n.calls) == 3 and len(n.sent) == 1
    assert n.sent[0].idempotency_key == f"escalation.post:{esc.id}" and n.sent[0].attempts == 3
    assert n.sent[0].target["channel"] == SLACK_CHANNEL and n.sent[0].payload["question"] == esc.question


def test_backoff_is_exponential_with_jitter_and_capped():
    w = OutboxWorker.__new__(OutboxWorker)
    from bot.governance.outbox import _Policy
    w.policy, w.rng = _Policy(), random.Random(3)
    for attempts in range(1, 30):
        ceiling = min(900, 5 * 2 ** (attempts - 1))
        for _ in range(20):
            d = w.backoff(attempts)
            assert max(5, ceiling / 2) <= d <= ceiling
    assert {round(w.backoff(4), 3) for _ in range(20)}.__len__() > 1      # jitter
    assert 120 <= w.backoff(1, retry_after=120) <= 121


def test_crashed_worker_lease_expires_and_another_delivers_once(gov):
    _esc(gov)
    [post] = gov.outbox()
    crashed = RecordingNotifier()
    a = OutboxWorker(gov, {"slack": crashed}, "worker-a", lease_seconds=60)
    items = a.claim(T0)                                 # claimed ... and then the process dies
    assert [i.id for i in items] == [post.id]
    m = _msg(gov, post.id)
    assert (m.status, m.locked_by, m.attempts) == ("sending", "worker-a", 1)

    n = RecordingNotifier()
    b = OutboxWorker(gov, {"slack": n}, "worker-b", lease_seconds=60)
    assert b.run_once(T0 + timedelta(seconds=30)) == 0  # lease still held
    assert b.run_once(T0 + timedelta(seconds=61)) == 1  # lease expired: taken over
    m = _msg(gov, post.id)
    assert (m.status, m.attempts, m.locked_by) == ("sent", 2, None)
    assert len(n.sent) == 1 and crashed.calls == []
    # the "dead" worker wakes up and reports: nothing changes, nothing is sent again
    assert a.complete(items[0], DeliveryResult(ok=False, error="timeout"), T0 + timedelta(seconds=62)) == "lost"
    assert a.complete(items[0], DeliveryResult(ok=True), T0 + timedelta(seconds=62)) == "lost"
    assert _msg(gov, post.id).status == "sent"
    assert b.run_once(T0 + timedelta(hours=1)) == 0 and len(n.sent) == 1


def test_two_workers_in_threads_never_double_send(db_url):
    clock = Clock()
    g0 = Governance(db_url, clock=clock)
    for i in range(30):
        g0.notify_reindex("slack", {"channel": f"C{i:04d}"}, index_version="v2", summary="3 clauses changed")
    for _ in range(5):
        _esc(g0)
    total = len(g0.outbox())
    assert total == 35
    notifier = RecordingNotifier(delay=0.005)          # one platform, shared by both workers
    stop_at = T0 + timedelta(seconds=1)
    errors = []

    def work(name):
        g = Governance(db_url, clock=clock)            # its own engine and connections
        try:
            w = OutboxWorker(g, {"slack": notifier}, name, batch_size=3)
            for _ in range(200):
                if w.run_once(stop_at) == 0 and not g.outbox("pending") and not g.outbox("sending"):
                    break
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            g.close()

    ts = [threading.Thread(target=work, args=(f"w{i}",), name=f"w{i}") for i in range(2)]
    [t.start() for t in ts]
    [t.join(60) for t in ts]
    assert not errors
    keys = [m.idempotency_key for m in notifier.sent]
    assert len(keys) == total and len(set(keys)) == total      # every message once, none twice
    assert len(notifier.calls) == total
    assert set(notifier.senders) == {"w0", "w1"}                # both workers really took part
    assert {m.status for m in g0.outbox()} == {"sent"}
    g0.close()


def test_restart_delivers_what_was_queued_or_in_flight(db_url):
    clock = Clock()
    g = Governance(db_url, clock=clock)
    e1, e2 = _esc(g), _esc(g)
    down = RecordingNotifier([DeliveryResult(ok=False, error="503 service unavailable")])
    w = OutboxWorker(g, {"slack": down}, "old", batch_size=1)
    assert w.run_once(T0) == 1                          # e1's post failed, e2's still pending
    in_flight = w.claim(T0 + timedelta(seconds=10))     # claims e1's post again, then the process stops
    assert len(in_flight) == 1
    g.close()

    g2 = Governance(db_url, clock=clock)                # a new process over the same database
    n = RecordingNotifier()
    w2 = OutboxWorker(g2, {"slack": n}, "new")
    later = T0 + timedelta(minutes=5)                   # past the old worker's lease
    assert w2.run_once(later) == 2
    assert sorted(m.payload["escalation_id"] for m in n.sent) == [e1.id, e2.id]
    assert w2.run_once(later + timedelta(hours=1)) == 0
    assert {m.status for m in g2.outbox()} == {"sent"}
    g2.close()


def test_updates_wait_for_the_post_and_get_its_platform_ref(gov):
    esc = _esc(gov)
    gov.claim(esc.id, "U0GOV1")
    gov.answer(esc.id, "U0GOV1", "not_allowed", "No.")
    n = RecordingNotifier([DeliveryResult(ok=False, error="500")])   # the post fails once
    w = OutboxWorker(gov, {"slack": n}, "w")
    w.run_once(T0)
    # the asker's answer does not wait; the channel updates wait for the post
    assert [c.kind for c in n.calls] == ["escalation.post", "answer.relay"]
    w.run_once(T0 + timedelta(seconds=5))
    kinds = [c.kind for c in n.sent]
    assert kinds == ["answer.relay", "escalation.post"]
    w.run_once(T0 + timedelta(seconds=6))
    ups = [c for c in n.sent if c.kind == "escalation.update"]
    assert [u.payload["status"] for u in ups] == ["claimed", "answered"]
    post = [m for m in gov.outbox() if m.kind == "escalation.post"][0]
    assert all(u.related_platform_ref == {"ts": f"ts-{post.id}"} for u in ups)
    assert {m.status for m in gov.outbox()} == {"sent"}


def test_permanent_failure_fails_after_n_attempts_and_can_be_retried(gov):
    _esc(gov)
    [post] = gov.outbox()
    bad = DeliveryResult(ok=False, permanent=True, error="channel_not_found")
    n = RecordingNotifier([bad, bad, bad])
    w = OutboxWorker(gov, {"slack": n}, "w", max_permanent_attempts=3)
    t = T0
    for _ in range(3):
        w.run_once(t)
        t += timedelta(minutes=20)
    m = _msg(gov, post.id)
    assert (m.status, m.attempts, m.last_error) == ("failed", 3, "channel_not_found")
    assert w.run_once(t) == 0
    assert gov.retry_failed() == 1                      # the channel id was fixed
    assert w.run_once(gov.now() + timedelta(seconds=1)) == 1
    assert _msg(gov, post.id).status == "sent" and len(n.sent) == 1


def test_transient_errors_never_drop_a_message(gov):
    _esc(gov)
    [post] = gov.outbox()
    n = RecordingNotifier([DeliveryResult(ok=False, error="502")] * 25)
    w = OutboxWorker(gov, {"slack": n}, "w")
    t = T0
    for _ in range(26):
        w.run_once(t)
        t += timedelta(minutes=16)                       # past the 15 min cap every time
    m = _msg(gov, post.id)
    assert m.status == "sent" and m.attempts == 26 and len(n.sent) == 1


def test_notifier_exception_is_a_retry(gov):
    _esc(gov)
    n = RecordingNotifier([ConnectionError("connection reset by 127.0.0.1")])
    w = OutboxWorker(gov, {"slack": n}, "w")
    w.run_once(T0)
    [m] = gov.outbox()
    assert m.status == "pending" and m.last_error.startswith("ConnectionError: connection reset")
    w.run_once(T0 + timedelta(seconds=5))
    assert gov.outbox()[0].status == "sent"


def test_missing_governance_channel_waits_for_configuration(gov, monkeypatch):
    monkeypatch.delenv("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL")
    _esc(gov, platform="teams")
    [post] = gov.outbox()
    assert post.target["channel"] is None
    n = RecordingNotifier()
    w = OutboxWorker(gov, {"teams": n}, "w")
    w.run_once(T0)
    m = _msg(gov, post.id)
    assert m.status == "pending" and "POLICYBOT_TEAMS_GOVERNANCE_CHANNEL" in m.last_error and n.calls == []
    monkeypatch.setenv("POLICYBOT_TEAMS_GOVERNANCE_CHANNEL", "19:gov@thread.tacv2")
    w.run_once(T0 + timedelta(seconds=5))
    assert _msg(gov, post.id).status == "sent" and n.sent[0].target["channel"] == "19:gov@thread.tacv2"


def test_a_worker_only_takes_its_platforms(gov):
    _esc(gov, platform="slack")
    _esc(gov, platform="teams")
    n = RecordingNotifier()
    OutboxWorker(gov, {"teams": n}, "w").run_once(T0)
    assert [c.platform for c in n.sent] == ["teams"]
    assert {m.platform: m.status for m in gov.outbox()} == {"slack": "pending", "teams": "sent"}


def test_rate_limit_pauses_the_platform_for_the_rest_of_the_round(gov):
    for i in range(3):
        gov.notify_reindex("slack", {"channel": f"C{i}"}, index_version="v3", summary="changed")
    n = RecordingNotifier([DeliveryResult(ok=False, retry_after=10, error="ratelimited")])
    w = OutboxWorker(gov, {"slack": n}, "w")
    assert w.run_once(T0) == 1                          # the other two are not tried in this round
    assert [m.attempts for m in gov.outbox()] == [1, 0, 0]
    assert w.run_once(T0 + timedelta(seconds=5)) == 0
    assert w.run_once(T0 + timedelta(seconds=12)) == 3
    assert len(n.sent) == 3


def test_enqueue_is_idempotent(gov):
    a = gov.notify_reindex("slack", {"channel": "C1"}, index_version="v9", summary="x")
    b = gov.notify_reindex("slack", {"channel": "C1"}, index_version="v9", summary="x")
    assert a.id == b.id and len(gov.outbox()) == 1


def test_run_forever_stops(gov):
    _esc(gov)
    n = RecordingNotifier()
    w = OutboxWorker(gov, {"slack": n}, "w")
    gov.clock = lambda: T0                              # messages were queued at T0; real now is later
    stop = threading.Event()
    t = threading.Thread(target=w.run_forever, args=(stop, 0.05))
    t.start()
    for _ in range(100):
        if n.sent:
            break
        threading.Event().wait(0.02)
    stop.set()
    t.join(5)
    assert not t.is_alive() and len(n.sent) == 1
