#!/usr/bin/env python3
"""A WebSocket echo server from Python's standard library alone (RFC 6455),
the local peer the WebSocketEcho example talks to on a fresh machine.

Prints its port on the first line of stdout, then serves each connection
on its own thread: text and binary messages come back as they were sent
(fragments reassembled), pings are answered, and a close is answered with
the same status and reason. Usage: echo_server.py
"""
import base64
import hashlib
import socket
import struct
import sys
import threading

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def read_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("peer went away")
        data += chunk
    return data


def read_frame(conn):
    b0, b1 = read_exact(conn, 2)
    length = b1 & 0x7F
    if length == 126:
        (length,) = struct.unpack("!H", read_exact(conn, 2))
    elif length == 127:
        (length,) = struct.unpack("!Q", read_exact(conn, 8))
    mask = read_exact(conn, 4) if b1 & 0x80 else b"\0\0\0\0"
    payload = bytes(c ^ mask[i % 4] for i, c in enumerate(read_exact(conn, length)))
    return b0 & 0x80, b0 & 0x0F, payload


def send_frame(conn, opcode, payload):
    n = len(payload)
    if n < 126:
        header = struct.pack("!BB", 0x80 | opcode, n)
    elif n < 65536:
        header = struct.pack("!BBH", 0x80 | opcode, 126, n)
    else:
        header = struct.pack("!BBQ", 0x80 | opcode, 127, n)
    conn.sendall(header + payload)


def serve(conn):
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = {}
        for line in request.split(b"\r\n")[1:]:
            if b":" in line:
                name, value = line.split(b":", 1)
                headers[name.strip().lower()] = value.strip()
        key = headers.get(b"sec-websocket-key", b"")
        accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        message, kind = b"", 0
        while True:
            fin, opcode, payload = read_frame(conn)
            if opcode == 0x8:
                send_frame(conn, 0x8, payload)
                return
            if opcode == 0x9:
                send_frame(conn, 0xA, payload)
                continue
            if opcode in (0x1, 0x2):
                message, kind = payload, opcode
            elif opcode == 0x0:
                message += payload
            if fin and opcode in (0x0, 0x1, 0x2):
                send_frame(conn, kind, message)


def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
