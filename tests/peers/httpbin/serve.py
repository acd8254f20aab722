"""httpbin (from PyPI) served by gunicorn's threaded worker on 127.0.0.1 and a
free port: the real HTTP/1.1 peer of the WinHTTP client tests
(tests/c/winhttp_http.c). gunicorn's gthread worker keeps connections alive
(RFC 9112 9.3) and reads chunked request bodies (RFC 9112 7.1), which the
sync worker and werkzeug's development server each do only in part.

Usage: python3 serve.py PYDEPS [SECONDS]

PYDEPS is the folder scripts/test.sh installs httpbin and gunicorn into
(pip --target). The first line of output is "PORT PID" once the server
listens; "0 0" (and the reason on stderr) when httpbin or gunicorn cannot
be imported. The server stops on SIGTERM to PID, or by itself after
SECONDS (300 by default) so that a test that crashed leaves nothing behind.
"""
import os
import signal
import sys
import threading

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "target/pydeps")
lifetime = float(sys.argv[2]) if len(sys.argv) > 2 else 300.0

try:
    from gunicorn.app.base import BaseApplication
    from httpbin import app
except ImportError as error:
    print("0 0", flush=True)
    print(f"httpbin peer: {error} (scripts/test.sh installs httpbin and gunicorn into target/pydeps)",
          file=sys.stderr)
    sys.exit(1)


def when_ready(server):
    """The master listens: tell the test where, then arm the lifetime."""
    port = server.LISTENERS[0].sock.getsockname()[1]
    print(f"{port} {os.getpid()}", flush=True)
    timer = threading.Timer(lifetime, os.kill, (os.getpid(), signal.SIGTERM))
    timer.daemon = True
    timer.start()


class Httpbin(BaseApplication):
    def load_config(self):
        settings = {
            "bind": "127.0.0.1:0",
            "worker_class": "gthread",
            "workers": 1,
            "threads": 16,
            # Idle kept-alive connections stay open long enough for a test
            # to reuse them; WinHTTP's own idle limit is what is tested.
            "keepalive": 30,
            "timeout": 60,
            "graceful_timeout": 1,
            "loglevel": "warning",
            "when_ready": when_ready,
        }
        for key, value in settings.items():
            self.cfg.set(key, value)

    def load(self):
        return app


if __name__ == "__main__":
    Httpbin().run()
