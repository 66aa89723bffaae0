"""HTTP behaviour of the real server (real extractor) that the contract (docs/api.md) promises."""
import json
import pathlib
import socket
import time
import urllib.request

import jsonschema
import pytest

from http_raw import connect, exchange, read_response

EXAMPLE = pathlib.Path(__file__).resolve().parents[3] / "shared" / "examples" / "mariupol.txt"
FALLBACK = ("The United Nations said on Sunday that 46 people were evacuated from Mariupol. "
            "\u201cWe are doing everything we can,\u201d Ukrainian President Volodymyr Zelensky told reporters.")


def article() -> str:
    return EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else FALLBACK


def schema_for(base_url: str, name: str) -> dict:
    with urllib.request.urlopen(base_url + "/openapi.json", timeout=10) as response:
        spec = json.load(response)
    return {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}


def post(path: str, body: bytes, content_type: str, extra: str = "") -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: t\r\nContent-Type: {content_type}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def is_problem(response, status: int) -> None:
    assert response.status == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = json.loads(response.body)
    assert problem["status"] == status and problem["title"] and problem["detail"] and problem["type"]


def test_extract_conforms_and_offsets_slice_the_text(base_url):
    text = article()
    response = exchange(base_url, post("/v1/extract?published=2022-05-01&id=doc-1", text.encode(), "text/plain; charset=utf-8"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["etag"].startswith('"')
    assert "extract;dur=" in response.headers["server-timing"]
    result = json.loads(response.body)
    jsonschema.validate(result, schema_for(base_url, "ExtractionResponse"))
    assert result["document"]["client_id"] == "doc-1"
    assert result["document"]["published"] == "2022-05-01"
    assert result["document"]["length"] == len(text)
    spans = [m for e in result["entities"] for m in e["mentions"]] + [s for c in result["claims"] for s in [c]] \
        + [m for s in result["sources"] for m in s["mentions"]]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_same_input_same_bytes_and_304(base_url):
    request = post("/v1/extract", json.dumps({"text": article(), "options": {"offsets": "utf16"}}).encode(), "application/json")
    first, second = exchange(base_url, request), exchange(base_url, request)
    assert first.status == second.status == 200
    assert first.body == second.body
    assert first.headers["etag"] == second.headers["etag"]
    tag = first.headers["etag"]
    cached = exchange(base_url, request.replace(b"\r\n\r\n", f"\r\nIf-None-Match: {tag}\r\n\r\n".encode(), 1))
    assert cached.status == 304 and cached.body == b""


def test_batch_streams_in_order_with_error_lines(base_url):
    lines = [json.dumps({"text": "Zelensky said the city held.", "id": "a"}), "{broken", "",
             json.dumps({"text": "   ", "id": "blank"}), json.dumps({"text": article(), "id": "z"})]
    response = exchange(base_url, post("/v1/extract/batch", "\n".join(lines).encode(), "application/x-ndjson"))
    assert response.status == 200
    assert response.headers["transfer-encoding"] == "chunked"
    out = [json.loads(line) for line in response.body.decode().splitlines()]
    assert len(out) == 4
    line_schema = schema_for(base_url, "BatchErrorLine")
    jsonschema.validate(out[0], schema_for(base_url, "ExtractionResponse"))
    assert out[0]["document"]["client_id"] == "a"
    jsonschema.validate(out[1], line_schema)
    assert out[1]["line"] == 2 and out[1]["error"]["status"] == 400
    assert out[2]["id"] == "blank" and out[2]["line"] == 4 and out[2]["error"]["status"] == 422
    assert out[3]["document"]["client_id"] == "z"


@pytest.mark.parametrize("request_bytes,status", [
    (b"GET /nope HTTP/1.1\r\nHost: t\r\n\r\n", 404),
    (b"DELETE /v1/extract HTTP/1.1\r\nHost: t\r\n\r\n", 405),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n\r\n", 411),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 99999999999\r\n\r\n", 413),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/html\r\nContent-Length: 1\r\n\r\nx", 415),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n\xff\xfe", 422),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{]", 400),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
    (b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
    (b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n", 431),
    (b"GET /healthz HTTP/2.0\r\nHost: t\r\n\r\n", 505),
    (b"GET /healthz HTTP/1.1\r\n\r\n", 400),
])
def test_errors_are_problems(base_url, request_bytes, status):
    response = exchange(base_url, request_bytes)
    is_problem(response, status)
    if status == 405:
        assert response.headers["allow"] == "POST, OPTIONS"


def test_pipelined_keep_alive_and_continue(base_url):
    with connect(base_url) as sock:
        buffer = bytearray()
        sock.sendall(post("/v1/extract", b"Kyiv said so.", "text/plain") + b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
                     + post("/v1/extract", b"Moscow denied it.", "text/plain"))
        first, second, third = (read_response(sock, buffer) for _ in range(3))
        assert json.loads(first.body)["document"]["length"] == len("Kyiv said so.")
        assert second.body == b'{"status":"ok"}'
        assert json.loads(third.body)["document"]["length"] == len("Moscow denied it.")
        sock.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                     b"Expect: 100-continue\r\n\r\n")
        assert read_response(sock, buffer).status == 100
        sock.sendall(b"Hello")
        assert read_response(sock, buffer).status == 200


def test_slow_client_gets_408(base_url):
    # Tests/contract/run starts the server with a 2 s header timeout.
    with connect(base_url) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
        response = read_response(sock, bytearray())
        is_problem(response, 408)
        assert response.headers["connection"] == "close"


def test_slowloris_does_not_block_others(base_url):
    """300 connections trickling a request head must not delay a normal client."""
    held = []
    try:
        for _ in range(300):
            sock = connect(base_url)
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-a: ")
            held.append(sock)
        for round_ in range(3):
            for sock in held:
                try:
                    sock.sendall(b"b")
                except OSError:
                    pass
            started = time.monotonic()
            response = exchange(base_url, b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n", timeout=5)
            assert response.status == 200
            assert time.monotonic() - started < 1.0
            time.sleep(0.2)
    finally:
        for sock in held:
            sock.close()


def test_health_endpoints_and_metrics(base_url):
    assert exchange(base_url, b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").status == 200
    ready = exchange(base_url, b"GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n")
    assert ready.status == 200 and json.loads(ready.body) == {"status": "ready"}
    metrics = exchange(base_url, b"GET /metrics HTTP/1.1\r\nHost: t\r\n\r\n")
    assert metrics.status == 200
    text = metrics.body.decode()
    for family in ("claimtrace_http_requests_total", "claimtrace_http_request_duration_seconds_bucket",
                   "claimtrace_http_requests_in_flight", "claimtrace_extraction_queue_depth", "claimtrace_connections_open",
                   "claimtrace_http_received_bytes_total", "claimtrace_http_sent_bytes_total"):
        assert family in text
    page = exchange(base_url, b"GET / HTTP/1.1\r\nHost: t\r\n\r\n")
    assert page.status == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert b"<script" in page.body and b"http://" not in page.body and b"https://" not in page.body
