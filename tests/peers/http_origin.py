"""An HTTP/1.1 origin for the WinHTTP proxy tests: every GET answers
"hello PATH" and echoes the Via header it got (X-Via, "-" when none), over
TLS when given a certificate and key. Keep-alive, threads.
Usage: http_origin.py PORT_FILE [CERT KEY]"""
import http.server
import ssl
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"hello " + self.path.encode()
        self.send_response(200)
        self.send_header("X-Via", self.headers.get("Via", "-"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
if len(sys.argv) > 3:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[2], sys.argv[3])
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
