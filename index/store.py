"""Chroma client factory: embedded (PersistentClient at <home>/chroma) or a Chroma server
(HttpClient) named by a URL such as http://127.0.0.1:8000 (parameter or POLICYBOT_CHROMA_URL).

Collections are always created with embedding_function=None (Chroma's default embedder would
download a model) and cosine space; we pass our own vectors."""
from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from urllib.parse import urlparse

# no usage telemetry from onnxruntime (see index/embeddings.py), whichever module loads it first
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

ENV_CHROMA_URL = "POLICYBOT_CHROMA_URL"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


# one HTTP client per server and process: chromadb's HttpClient never closes its httpx session,
# so a long-running bot that reindexes would otherwise leak a connection pool per build
_HTTP_CLIENTS: dict[tuple[str, int, bool], object] = {}
_HTTP_LOCK = threading.Lock()


class StoreError(RuntimeError):
    """The vector store cannot be opened or used."""


def resolve_chroma_url(chroma_url: str | None = None) -> str | None:
    """The Chroma server URL to use, or None for the embedded store."""
    url = (chroma_url or os.environ.get(ENV_CHROMA_URL, "")).strip()
    return url or None


def chroma_path(home: Path) -> Path:
    return Path(home) / "chroma"


def chroma_location(home: Path, chroma_url: str | None = None) -> str:
    """A printable description of where the vectors live: the URL, or the embedded folder."""
    url = resolve_chroma_url(chroma_url)
    return url if url else str(chroma_path(home))


def _settings():
    from chromadb.config import Settings
    return Settings(anonymized_telemetry=False, allow_reset=False)


@contextlib.contextmanager
def _no_proxy_env(active: bool):
    """httpx reads proxy variables when a client is built; a loopback server must not be reached
    through a proxy (the proxy cannot see it)."""
    if not active:
        yield
        return
    saved = {k: os.environ.pop(k) for k in _PROXY_VARS if k in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    u = urlparse(url if "://" in url else f"http://{url}")
    if u.scheme not in ("http", "https") or not u.hostname:
        raise StoreError(f"not a Chroma server URL: {url!r} (expected e.g. http://127.0.0.1:8000)")
    ssl = u.scheme == "https"
    return u.hostname, u.port or (443 if ssl else 8000), ssl


def open_client(home: Path, chroma_url: str | None = None):
    """A Chroma client: HttpClient when a URL is given (argument or env), else a PersistentClient
    at <home>/chroma. Telemetry is off either way."""
    import chromadb

    url = resolve_chroma_url(chroma_url)
    if url:
        host, port, ssl = parse_chroma_url(url)
        key = (host, port, ssl)
        try:
            with _HTTP_LOCK:
                client = _HTTP_CLIENTS.get(key)
                if client is None:
                    with _no_proxy_env(host in _LOOPBACK):
                        client = chromadb.HttpClient(host=host, port=port, ssl=ssl,
                                                     settings=_settings())
                    _HTTP_CLIENTS[key] = client
            client.heartbeat()
        except StoreError:
            raise
        except Exception as e:  # connection refused, TLS, version mismatch
            raise StoreError(f"cannot reach the Chroma server at {url}: {e}") from e
        return client
    return embedded_client(chroma_path(home))


def embedded_client(path: Path):
    """A PersistentClient on `path` (created if missing), whatever POLICYBOT_CHROMA_URL says."""
    import chromadb

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=_settings())


def create_collection(client, name: str):
    """A new, empty collection (error if it exists): cosine space, no embedding function."""
    return client.create_collection(name=name, embedding_function=None,
                                    configuration={"hnsw": {"space": "cosine"}},
                                    metadata={"created_by": "policybot"})


def get_collection(client, name: str):
    return client.get_collection(name=name, embedding_function=None)


def collection_exists(client, name: str) -> bool:
    try:
        client.get_collection(name=name, embedding_function=None)
        return True
    except Exception:
        return False


def collection_exists_in(collection) -> bool:
    """Whether a collection object still exists in its store."""
    try:
        collection.count()
        return True
    except Exception:
        return False


def delete_collection(client, name: str) -> bool:
    """Delete a collection; False if it was not there."""
    try:
        client.delete_collection(name=name)
        return True
    except Exception:
        return False
