import threading
import unittest
import urllib.request

from app import make_server


class AppTest(unittest.TestCase):
    def test_routes(self):
        server = make_server(0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            for path, want in {"/health": "ok", "/": "hello from python"}.items():
                with urllib.request.urlopen(base + path) as res:
                    self.assertEqual(res.status, 200)
                    self.assertEqual(res.read().decode(), want)
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    unittest.main()
