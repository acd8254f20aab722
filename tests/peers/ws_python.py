"""WebSocket peer for the winhttp tests, on the Python `websockets` library.

Usage: ws_python.py PORTFILE [CERT KEY]. Listens on 127.0.0.1 (port 0),
writes the port to PORTFILE, serves until killed; with CERT and KEY it
serves wss:// (TLS). Paths:
  /            greeting "Request served by ..." (as ws.ifelse.io), then echo
  /echo        echo every message, keeping its type
  /close-first greeting, then closes with 1000 "bye"
  /refuse      refuses the upgrade: HTTP 403, body "forbidden"
"""
import asyncio
import http
import ssl
import sys

from websockets.asyncio.server import serve
from websockets.http11 import Response
from websockets.datastructures import Headers


async def handler(ws):
    path = ws.request.path
    if path in ("/", "/close-first"):
        await ws.send("Request served by winsession-python-peer")
    if path == "/close-first":
        await ws.close(1000, "bye")
        return
    async for message in ws:
        await ws.send(message)


def process_request(connection, request):
    if request.path == "/refuse":
        body = b"forbidden"
        headers = Headers([("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return Response(http.HTTPStatus.FORBIDDEN.value, "Forbidden", headers, body)
    return None


async def main():
    tls = None
    if len(sys.argv) > 3:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(sys.argv[2], sys.argv[3])
    async with serve(handler, "127.0.0.1", 0, process_request=process_request, ssl=tls,
                     max_size=None, compression=None, ping_interval=None) as server:
        port = server.sockets[0].getsockname()[1]
        with open(sys.argv[1], "w") as f:
            f.write(str(port))
        await asyncio.Future()


asyncio.run(main())
