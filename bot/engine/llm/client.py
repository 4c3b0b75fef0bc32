"""The LLM client, built from llama-index LLM integrations. Imported only when the composer is on.

Packages (the `llm` extra): llama-index-llms-openai-like (openai: any OpenAI-compatible server,
OpenAI itself), llama-index-llms-azure-openai (azure), llama-index-llms-ollama (ollama).
Every call has a timeout (POLICYBOT_LLM_TIMEOUT) and no retries: a slow or failing LLM costs at
most one timeout, then the deterministic answer stands."""
from __future__ import annotations

import concurrent.futures as cf

from bot.engine.llm import LLMSettings


class LLMTimeout(Exception):
    pass


def build_llm(s: LLMSettings):
    if s.provider == "openai":
        from llama_index.llms.openai_like import OpenAILike
        return OpenAILike(
            model=s.model or "gpt-4o-mini", api_base=s.endpoint or "https://api.openai.com/v1",
            api_key=s.api_key or "not-needed", is_chat_model=True, is_function_calling_model=False,
            context_window=16000, temperature=0.0, max_tokens=700, timeout=s.timeout, max_retries=0,
            additional_kwargs={"response_format": {"type": "json_object"}},
        )
    if s.provider == "azure":
        from llama_index.llms.azure_openai import AzureOpenAI
        from llama_index.llms.openai.utils import ALL_AVAILABLE_MODELS
        if not (s.endpoint and s.azure_deployment):
            raise ValueError("azure needs POLICYBOT_LLM_ENDPOINT (or AZURE_OPENAI_ENDPOINT) and a deployment")
        # Azure routes by deployment (sent as the model); `model` only sizes the context window and
        # must be a name llama-index knows, so a custom deployment name falls back to gpt-4o's
        model = s.model if s.model in ALL_AVAILABLE_MODELS else "gpt-4o"
        return AzureOpenAI(
            model=model, engine=s.azure_deployment, azure_endpoint=s.endpoint,
            api_key=s.api_key, api_version=s.azure_api_version, temperature=0.0, max_tokens=700,
            timeout=s.timeout, max_retries=0,
            additional_kwargs={"response_format": {"type": "json_object"}},
        )
    if s.provider == "ollama":
        from llama_index.llms.ollama import Ollama
        return Ollama(model=s.model or "llama3.2", base_url=s.endpoint or "http://localhost:11434",
                      request_timeout=s.timeout, json_mode=True, temperature=0.0,
                      context_window=8192)   # set, so no /api/show round trip before each chat
    raise ValueError(f"unknown LLM provider {s.provider!r}")


_POOL: cf.ThreadPoolExecutor | None = None


def chat_json(llm, system: str, user: str, timeout: float) -> str:
    """One chat call; returns the reply text. The client's own timeout covers each HTTP read; the
    wall-clock deadline here also covers a server that trickles bytes."""
    from llama_index.core.llms import ChatMessage, MessageRole
    global _POOL
    if _POOL is None:
        _POOL = cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="policybot-llm")
    msgs = [ChatMessage(role=MessageRole.SYSTEM, content=system), ChatMessage(role=MessageRole.USER, content=user)]
    fut = _POOL.submit(llm.chat, msgs)
    try:
        resp = fut.result(timeout=timeout + 0.5)
    except cf.TimeoutError as e:
        fut.cancel()
        raise LLMTimeout(f"no reply within {timeout:g} s") from e
    return str(resp.message.content or "")
