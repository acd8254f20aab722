"""An HTTP/1.1 keep-alive server that asks for NTLM and Negotiate (SPNEGO:
Kerberos, with NTLM inside it as the fallback) the way IIS does, with
pyspnego (PyPI, module `spnego`) as the acceptor: the peer of the WinHTTP
authentication test (tests/c/winhttp_auth_schemes.c, run by
tests/winhttp-auth-peers.sh).

    /ntlm       401 with `WWW-Authenticate: NTLM`
    /negotiate  401 with `WWW-Authenticate: Negotiate` then `... NTLM`

Connection-based authentication (RFC 4559 4, [MS-NTHT] 2): the security
context belongs to the TCP connection. NTLM's AUTHENTICATE_MESSAGE is only
accepted on the connection that got the CHALLENGE_MESSAGE; on any other
connection it finds no context and is refused with a bare 401, as IIS
refuses it. Each leg's 401 carries `WWW-Authenticate: SCHEME TOKEN`; the
200 that completes the handshake carries the last token if there is one
(Kerberos' AP-REP for mutual authentication, RFC 4559 5) and:

    X-Auth-User          the client as the acceptor names it
                         (DOMAIN\\user for NTLM, user@REALM for Kerberos)
    X-Auth-Mech          the mechanism that ran: ntlm or kerberos
Every response carries:
    X-Client-Port        the client's port of this connection
    X-Connection-Request which request this is on the connection (1, 2, ...)

Usage: python3 http_auth_server.py PYDEPS USERS [KEYTAB] [SECONDS]

PYDEPS is the folder scripts/test.sh installs pyspnego (and gssapi) into
(pip --target). USERS is the NTLM user database, lines DOMAIN:user:password
(pyspnego's NTLM_USER_FILE). KEYTAB (or "-") holds the HTTP/host service
key for Kerberos; without it Negotiate can only take NTLM. The first line
of output is "PORT PID" once the server listens; "0 0" (and the reason on
stderr) when pyspnego cannot be imported. The server stops on SIGTERM to
PID, or by itself after SECONDS (300 by default).
"""
import base64
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

if len(sys.argv) < 3:
    print("0 0", flush=True)
    print(__doc__, file=sys.stderr)
    sys.exit(2)
sys.path.insert(0, sys.argv[1])
# pyspnego's NTLM acceptor reads its users from NTLM_USER_FILE; MIT's GSSAPI
# reads the acceptor's key from KRB5_KTNAME. This process's own, not the
# client's (which takes its identity from the same variable).
os.environ["NTLM_USER_FILE"] = sys.argv[2]
keytab = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None
if keytab:
    os.environ["KRB5_KTNAME"] = "FILE:" + os.path.abspath(keytab)
lifetime = float(sys.argv[4]) if len(sys.argv) > 4 else 300.0

try:
    import spnego
    import spnego.exceptions
except ImportError as error:
    print("0 0", flush=True)
    print(f"auth peer: {error} (scripts/test.sh installs pyspnego into target/pydeps)", file=sys.stderr)
    sys.exit(1)

OFFERED = {"/ntlm": ("NTLM",), "/negotiate": ("Negotiate", "NTLM")}


def first_leg(scheme, token):
    """Whether `token` opens a handshake: NTLM's NEGOTIATE_MESSAGE
    ([MS-NLMP] 2.2.1.1, message type 1) or SPNEGO's GSS-framed
    NegTokenInit (RFC 4178 4.2.1, RFC 2743 3.1 tag 0x60)."""
    if token.startswith(b"NTLMSSP\0"):
        return token[8:12] == b"\x01\0\0\0"
    return scheme == "Negotiate" and token[:1] == b"\x60"


def new_context(scheme):
    if scheme == "NTLM":
        return spnego.server(protocol="ntlm")
    # pyspnego's own SPNEGO: Kerberos through MIT's GSSAPI (the keytab) and
    # its NTLM for the fallback, as Windows' Negotiate package offers both.
    return spnego.server(service="HTTP", protocol="negotiate", options=spnego.NegotiateOptions.use_negotiate)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        self.context = None
        self.scheme = None
        self.requests = 0

    def log_message(self, format, *args):
        if os.environ.get("AUTH_PEER_LOG"):
            super().log_message(format, *args)

    def reply(self, status, headers, body):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("X-Client-Port", str(self.client_address[1]))
        self.send_header("X-Connection-Request", str(self.requests))
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def refuse(self, offered, why):
        """A bare challenge: start again (a new handshake on any connection)."""
        self.context = None
        self.reply(401, [("WWW-Authenticate", scheme) for scheme in offered], why.encode() + b"\n")

    def do_GET(self):
        self.requests += 1
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        offered = OFFERED.get(self.path.split("?")[0])
        if offered is None:
            self.reply(404, [], b"no such path\n")
            return
        scheme, _, encoded = (self.headers.get("Authorization") or "").strip().partition(" ")
        scheme = next((s for s in offered if s.lower() == scheme.lower()), None)
        if scheme is None or not encoded.strip():
            self.refuse(offered, "authentication required")
            return
        try:
            token = base64.b64decode(encoded.strip(), validate=True)
        except ValueError:
            self.reply(400, [], b"bad base64 token\n")
            return
        if first_leg(scheme, token) or self.context is None or self.scheme != scheme:
            if not first_leg(scheme, token):
                # A later leg with no handshake on this connection: the
                # context lives on the connection that began it.
                self.refuse(offered, "no handshake on this connection")
                return
            try:
                self.context = new_context(scheme)
            except spnego.exceptions.SpnegoError as error:
                self.refuse(offered, f"acceptor: {error}")
                return
            self.scheme = scheme
        try:
            answer = self.context.step(token)
        except spnego.exceptions.SpnegoError as error:
            self.refuse(offered, f"refused: {error}")
            return
        challenge = [("WWW-Authenticate", f"{scheme} {base64.b64encode(answer).decode()}")] if answer else []
        if not self.context.complete:
            self.reply(401, challenge, b"continue\n")
            return
        user = self.context.client_principal or ""
        mech = self.context.negotiated_protocol or ""
        self.context = None
        self.reply(200, challenge + [("X-Auth-User", user), ("X-Auth-Mech", mech)], f"hello {user}\n".encode())

    do_HEAD = do_GET
    do_POST = do_GET


class Server(ThreadingHTTPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(f"{server.server_address[1]} {os.getpid()}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    timer = threading.Timer(lifetime, os.kill, (os.getpid(), signal.SIGTERM))
    timer.daemon = True
    timer.start()
    server.serve_forever()


if __name__ == "__main__":
    main()
