"""A WebSocket server that breaks RFC 6455 on purpose, for the winhttp tests.

Plain asyncio and hashlib, no WebSocket library (none will misbehave).
Usage: ws_rogue.py PORTFILE. After the handshake, the path picks the fault:
  /masked /bad-opcode /rsv /close-len1 /close-code-1005 /bad-utf8
  /bad-utf8-split /big-ping /continuation-first /drop-mid /no-close-reply
  /ping (sends ping "abc", then text "pong-ok" if the pong echoed it)
  /report sends the close code the previous connection's client sent, as
  text ("none" if it sent no close frame).
"""
import asyncio
import base64
import hashlib
import struct
import sys

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
last_close = ["none"]


def frame(opcode, payload=b"", fin=True, rsv=0, mask=None, length=None):
    b0 = (0x80 if fin else 0) | rsv | opcode
    n = len(payload) if length is None else length
    if n < 126:
        head = bytes([b0, (0x80 if mask else 0) | n])
    elif n < 65536:
        head = bytes([b0, (0x80 if mask else 0) | 126]) + struct.pack(">H", n)
    else:
        head = bytes([b0, (0x80 if mask else 0) | 127]) + struct.pack(">Q", n)
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        head += mask
    return head + payload


async def read_frame(reader):
    b0, b1 = await reader.readexactly(2)
    n = b1 & 0x7F
    if n == 126:
        n = struct.unpack(">H", await reader.readexactly(2))[0]
    elif n == 127:
        n = struct.unpack(">Q", await reader.readexactly(8))[0]
    mask = await reader.readexactly(4) if b1 & 0x80 else b"\0\0\0\0"
    data = await reader.readexactly(n)
    return b0 & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


async def record_close(reader):
    """Read client frames until its close frame; remember its code."""
    try:
        while True:
            op, data = await asyncio.wait_for(read_frame(reader), 5)
            if op == 8:
                last_close[0] = str(struct.unpack(">H", data[:2])[0]) if len(data) >= 2 else "empty"
                return
    except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
        return


async def handle(reader, writer):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    path = lines[0].split()[1]
    key = [l.split(":", 1)[1].strip() for l in lines if l.lower().startswith("sec-websocket-key:")][0]
    accept = base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()
    writer.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: %s\r\n\r\n" % accept).encode())
    if path != "/report":
        last_close[0] = "none"
    faults = {
        "/masked": frame(1, b"hi", mask=b"\1\2\3\4"),
        "/bad-opcode": frame(3, b"x"),
        "/rsv": frame(1, b"x", rsv=0x40),
        "/close-len1": frame(8, b"\3"),
        "/close-code-1005": frame(8, struct.pack(">H", 1005)),
        "/bad-utf8": frame(1, b"ok \xc0\xaf"),
        "/bad-utf8-split": frame(1, b"\xce", fin=False) + frame(0, b"\xbaok\xed\xa0\x80"),
        "/big-ping": frame(9, b"p" * 126),
        "/continuation-first": frame(0, b"x"),
    }
    try:
        if path in faults:
            writer.write(faults[path])
            await writer.drain()
            await record_close(reader)
        elif path == "/drop-mid":
            writer.write(frame(2, b"0123456789", length=100))
            await writer.drain()
            await asyncio.sleep(0.2)
        elif path == "/no-close-reply":
            # Read everything, answer nothing, keep the connection open.
            while True:
                op, _ = await read_frame(reader)
                if op == 8:
                    last_close[0] = "seen"
        elif path == "/stall":
            # Read nothing for a while (the client's Send backs up), then
            # check that a binary message precedes the close frame.
            await asyncio.sleep(1.0)
            op1, data = await read_frame(reader)
            op2, _ = await read_frame(reader)
            last_close[0] = "stall-ok" if (op1, op2) == (2, 8) and len(data) == 32 << 20 else "stall-bad"
            writer.write(frame(8, struct.pack(">H", 1000)))
            await writer.drain()
        elif path == "/ping":
            writer.write(frame(9, b"abc"))
            await writer.drain()
            op, data = await read_frame(reader)
            writer.write(frame(1, b"pong-ok" if (op, data) == (10, b"abc") else b"pong-bad"))
            await writer.drain()
            await record_close(reader)
            writer.write(frame(8, struct.pack(">H", 1000)))
            await writer.drain()
        elif path == "/report":
            writer.write(frame(1, last_close[0].encode()))
            await writer.drain()
            await record_close(reader)
            writer.write(frame(8, struct.pack(">H", 1000)))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    with open(sys.argv[1], "w") as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


asyncio.run(main())
