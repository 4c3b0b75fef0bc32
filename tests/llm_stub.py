"""A loopback OpenAI-compatible stub for the LLM composer's tests (issue 9).

Serves POST /v1/chat/completions and /v1/completions on 127.0.0.1 (any path ending so, which
covers Azure's /openai/deployments/<d>/chat/completions?api-version=...), and Ollama's /api/chat. What it answers depends on
`mode` (settable while running, or with --mode when run as a script):

  good               the candidate answer from the prompt, verdict and citations unchanged, summary reworded
  malformed          text that is not JSON
  overconfident_flip the candidate with verdict "allowed" (tries to turn not_allowed into yes)
  uncited_clause     the candidate plus a citation of `foreign` (a clause retrieval did not return)
  invented_quote     the candidate with its first quote replaced by text no clause contains
  late_grant         good, plus `late_sentence` at the end of the summary (keeps the verdict)
  slow               holds the reply until `release` is set (at most `delay` seconds), then answers as good
  settle             for an unsure candidate: settled, the first retrieved clause's first
                     sentence quoted, verdict `settle_verdict`, confidence `settle_confidence`

Every request body is kept in `requests` (tests check no personal data was sent).
Run standalone: python tests/llm_stub.py --port 8399 --mode good
"""
from __future__ import annotations

import argparse
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("good", "malformed", "overconfident_flip", "uncited_clause", "invented_quote", "slow", "settle", "late_grant")
CAND = re.compile(r"<candidate_answer>\s*(.*?)\s*</candidate_answer>", re.S)
CLAUSE = re.compile(r"^\[([^\]\n]+)\] \([^\n]*\)\n([^\n]+)", re.M)


class LLMStub:
    def __init__(self, mode: str = "good", port: int = 0, delay: float = 3.0):
        self.mode = mode
        self.delay = delay
        self.foreign = {"ref": "policy.md#5.1", "quote": "Image generators may be used to illustrate internal presentations only"}
        self.settle_verdict = "allowed"
        self.settle_confidence = 0.95
        self.settle_citation: dict | None = None     # {"ref", "quote"}; default: the first retrieved clause
        self.late_sentence = "So you can go ahead."   # "late_grant": appended to the good summary
        self.requests: list[dict] = []
        self.release = threading.Event()    # "slow": the reply waits for this (event-based, no clock race)
        self.replied = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(n) or b"{}")
                stub.requests.append({"path": self.path, "body": body})
                path = self.path.split("?")[0].rstrip("/")   # azure adds ?api-version=
                ollama = path == "/api/chat"
                if ollama or path.endswith("/chat/completions"):
                    prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
                    chat = True
                elif path.endswith("/completions"):
                    prompt, chat = str(body.get("prompt", "")), False
                else:
                    return self._send(404, {"error": {"message": "not found"}})
                if stub.mode == "slow":
                    stub.release.wait(stub.delay)
                content = stub.reply(prompt)
                stub.replied += 1
                model = body.get("model", "stub")
                if ollama:
                    out = {"model": model, "created_at": "2026-01-01T00:00:00Z", "done": True, "done_reason": "stop",
                           "message": {"role": "assistant", "content": content}}
                elif chat:
                    out = {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": model,
                           "choices": [{"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": content}}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                else:
                    out = {"id": "cmpl-stub", "object": "text_completion", "created": int(time.time()), "model": model,
                           "choices": [{"index": 0, "text": content, "finish_reason": "stop", "logprobs": None}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                try:
                    self._send(200, out)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, code, obj):
                data = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # ------------------------------------------------------------------ replies
    def reply(self, prompt: str) -> str:
        if self.mode == "malformed":
            return 'Sure! Here is the answer: {verdict: "allowed", summary: yes you can'
        m = CAND.search(prompt)
        if not m:  # not a prompt the composer sends
            return json.dumps({"error": "no candidate answer in the prompt"})
        cand = json.loads(m.group(1))
        out = {"verdict": cand["verdict"], "summary": self._reword(cand["summary"], cand["verdict"]),
               "conditions": cand.get("conditions", []),
               "citations": [{"ref": c["ref"], "quote": c["quote"]} for c in cand.get("citations", [])],
               "confidence": cand.get("confidence", 0.5), "settled": cand["verdict"] != "unsure"}
        if self.mode == "overconfident_flip":
            out.update(verdict="allowed", summary="Yes, you can do this.", conditions=[], confidence=0.99, settled=True)
        elif self.mode == "late_grant":     # same verdict, a sentence later in the summary grants it
            out["summary"] = f"{out['summary']} {self.late_sentence}"
        elif self.mode == "uncited_clause":
            out["citations"] = [dict(self.foreign)] + out["citations"]
        elif self.mode == "invented_quote":
            if out["citations"]:
                out["citations"][0]["quote"] = "Staff may use any AI tool with any information once they have read this policy."
            else:
                out["summary"] = "The policy says \u201cstaff may use any AI tool with any information\u201d."
        elif self.mode == "settle":
            cite = self.settle_citation
            first = CLAUSE.search(prompt)
            if cite is None and first:
                cite = {"ref": first.group(1), "quote": re.split(r"(?<=[.!?])\s", first.group(2).strip())[0]}
            if cite:
                out.update(verdict=self.settle_verdict, settled=True, confidence=self.settle_confidence,
                           summary="The policy settles this.", citations=[dict(cite)])
        return json.dumps(out)

    @staticmethod
    def _reword(summary: str, verdict: str) -> str:
        lead = {"allowed": "In short: yes.", "conditional": "In short: yes, with conditions.",
                "not_allowed": "In short: no.", "unsure": "In short: the policy does not settle this.",
                "info": "In short:", "out_of_scope": "In short:"}.get(verdict, "In short:")
        return f"{lead} {summary}".strip()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "LLMStub":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--mode", default="good", choices=MODES)
    args = ap.parse_args()
    stub = LLMStub(args.mode, args.port)
    print(stub.url, flush=True)
    try:
        stub.server.serve_forever()
    except KeyboardInterrupt:
        pass
