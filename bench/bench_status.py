#!/usr/bin/env python3
"""Sequential status checks the way the Python reference client makes them: one blocking
request per call, each on a NEW connection.

Usage: bench_status.py BASE_URL CSV_FILE [urllib|requests]   (secret in CLIENT_PAYMENT_SECRET)
- urllib (default): the standard library; urllib sends `Connection: close`.
- requests: module-level `requests.get`, which builds a new Session (and so a new connection)
  for every call, as a client without a shared Session does.
Prints one line: `calls=N ok=N seconds=S`.
"""
import base64
import csv
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(path: str, method: str, params: dict, secret: str) -> str:
    # PROTOCOL.md: sorted keys, raw unescaped values, no spaces; only the JWS's third part.
    body = ",".join(f'"{k}":"{params[k]}"' for k in sorted(params))
    payload = '{"PATH":"%s","%s":{%s}}' % (path, method.upper(), body)
    signing_input = b64url(b'{"alg":"HS256"}') + "." + b64url(payload.encode())
    mac = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return b64url(mac)


def main() -> int:
    base_url, csv_file = sys.argv[1], sys.argv[2]
    use_requests = len(sys.argv) > 3 and sys.argv[3] == "requests"
    if use_requests:
        import requests
    secret = os.environ["CLIENT_PAYMENT_SECRET"]
    with open(csv_file, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    ok = 0
    start = time.monotonic()
    for row in rows:
        params = dict(row)
        params["signature"] = sign("/status", "GET", row, secret)
        url = base_url + "/status?" + urllib.parse.urlencode(params)
        try:
            if use_requests:
                body = requests.get(url, timeout=30).json()
            else:
                with urllib.request.urlopen(url, timeout=30) as reply:
                    body = json.loads(reply.read())
            if body.get("status") not in (None, "error"):
                ok += 1
        except Exception:  # any failure just counts as not ok
            pass
    seconds = time.monotonic() - start
    print(f"calls={len(rows)} ok={ok} seconds={seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
