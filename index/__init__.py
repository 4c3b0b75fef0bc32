"""Ingestion, clause parsing, embedding and stores for policybot."""
import os

# onnxruntime otherwise reports usage to a Microsoft endpoint; policybot stays offline.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
