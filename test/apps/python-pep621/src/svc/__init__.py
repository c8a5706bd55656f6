"""e2e sample: GET /health -> "ok", GET / -> "hello from pep621 <packaging's version>"."""
