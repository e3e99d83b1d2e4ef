"""Starts oversized uploads to a running Layan, sends their first three megabytes and then waits
(without finishing the body) for an answer, reporting as JSON what it answered. A server that reads
a body whole before deciding never answers an unfinished one; one that refuses first answers at once.
Usage: refuse_before_reading.py HOST PORT [COOKIE]"""
import json
import select
import socket
import sys
import time

HOST, PORT = sys.argv[1], int(sys.argv[2])
COOKIE = sys.argv[3] if len(sys.argv) > 3 else ""
CHUNK = b"x" * (1024 * 1024)


def status_of(data):
    line = data.split(b"\r\n", 1)[0].decode(errors="replace")
    parts = line.split(" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def answer(sock, deadline):
    data = b""
    while time.monotonic() < deadline and b"\r\n" not in data:
        ready, _, _ = select.select([sock], [], [], 0.05)
        if ready:
            piece = sock.recv(65536)
            if not piece:
                break
            data += piece
    return data


def send(path, headers, body_megabytes, chunked):
    sock = socket.create_connection((HOST, PORT))
    sock.settimeout(10)
    head = f"POST {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: multipart/form-data; boundary=b\r\n"
    if COOKIE:
        head += f"Cookie: {COOKIE}\r\n"
    for name, value in headers.items():
        head += f"{name}: {value}\r\n"
    sock.sendall((head + "\r\n").encode())
    sent, started, data = 0, time.monotonic(), b""
    for _ in range(body_megabytes):
        ready, _, _ = select.select([sock], [], [], 0)
        if ready:
            break
        try:
            sock.sendall(b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n" if chunked else CHUNK)
        except OSError:
            break
        sent += 1
    data = answer(sock, time.monotonic() + 10)
    sock.close()
    return {"status": status_of(data), "sentMegabytes": sent, "seconds": round(time.monotonic() - started, 2)}


results = {
    "chunked": send("/rumah-tangga/impor", {"Transfer-Encoding": "chunked"}, 3, True),
    "declared": send("/rumah-tangga/impor", {"Content-Length": str(300 * 1024 * 1024)}, 3, False),
}
print(json.dumps(results))
