"""Standard library server; importing packaging proves the [project] dependencies were installed."""
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import packaging

ROUTES = {"/health": "ok", "/": f"hello from pep621 (packaging {packaging.__version__})"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = ROUTES.get(self.path.split("?", 1)[0])
        data = (body if body is not None else "not found").encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):  # keep test output quiet
        pass


def main():
    port = int(os.environ.get("PORT", "8000"))
    print(f"listening on {port}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
