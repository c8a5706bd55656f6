"""e2e sample of a worker: serves nothing; asks the API (API_URL) for its health every few
seconds and prints the answer. Standard library only."""

import os
import time
import urllib.request

API_URL = os.environ.get("API_URL", "http://api:3000/health")

while True:
    try:
        with urllib.request.urlopen(API_URL, timeout=5) as response:
            print(f"worker: api says {response.read().decode()}", flush=True)
    except OSError as error:
        print(f"worker: api unreachable: {error}", flush=True)
    time.sleep(2)
