"""e2e sample: GET /health -> "ok", GET / -> "hello from python". Standard library only."""
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROUTES = {"/health": "ok", "/": "hello from python"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = ROUTES.get(self.path.split("?", 1)[0])
        status = 200 if body is not None else 404
        data = (body if body is not None else "not found").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):  # keep test output quiet
        pass


def make_server(port):
    return ThreadingHTTPServer(("0.0.0.0", port), Handler)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"listening on {port}", flush=True)
    make_server(port).serve_forever()
