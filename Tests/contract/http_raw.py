"""A tiny raw HTTP/1.1 client: the contract checks need exact control of the bytes sent."""
import socket
from urllib.parse import urlparse


def connect(base_url: str, timeout: float = 10.0) -> socket.socket:
    parsed = urlparse(base_url)
    return socket.create_connection((parsed.hostname, parsed.port), timeout=timeout)


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status, self.headers, self.body = status, headers, body


def read_response(sock: socket.socket, buffer: bytearray) -> Response:
    """Reads one response (Content-Length, chunked or close-delimited)."""
    def fill() -> bool:
        data = sock.recv(65536)
        buffer.extend(data)
        return bool(data)

    while b"\r\n\r\n" not in buffer:
        if not fill():
            raise ConnectionError("connection closed before a response head")
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    buffer[:] = rest
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b""
    if status < 200 or status in (204, 304):
        return Response(status, headers, body)
    if "content-length" in headers:
        length = int(headers["content-length"])
        while len(buffer) < length:
            if not fill():
                raise ConnectionError("connection closed inside a body")
        body, buffer[:] = bytes(buffer[:length]), buffer[length:]
    elif headers.get("transfer-encoding") == "chunked":
        chunks = []
        while True:
            while b"\r\n" not in buffer:
                fill()
            size_line, _, rest = bytes(buffer).partition(b"\r\n")
            buffer[:] = rest
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                while b"\r\n\r\n" not in buffer and not buffer.startswith(b"\r\n"):
                    fill()
                if buffer.startswith(b"\r\n"):
                    buffer[:] = buffer[2:]
                else:
                    buffer[:] = bytes(buffer).partition(b"\r\n\r\n")[2]
                break
            while len(buffer) < size + 2:
                fill()
            chunks.append(bytes(buffer[:size]))
            buffer[:] = buffer[size + 2:]
        body = b"".join(chunks)
    else:
        while fill():
            pass
        body, buffer[:] = bytes(buffer), bytearray()
    return Response(status, headers, body)


def exchange(base_url: str, request: bytes, timeout: float = 10.0) -> Response:
    with connect(base_url, timeout) as sock:
        sock.sendall(request)
        return read_response(sock, bytearray())
