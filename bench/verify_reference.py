#!/usr/bin/env python3
"""Plain Python stdlib webhook verifier, the baseline for `merchant-cli verify`.

Reads form-encoded webhooks, one per line, from FILE (or stdin), signs every field except
`signature` as PROTOCOL.md describes (sorted by code point, written raw, JWS HS256) and prints
one verdict per line. The secret comes from --secret-file or CLIENT_PAYMENT_SECRET.

    bench_verify --write-log /tmp/log.txt 200000
    time CLIENT_PAYMENT_SECRET=aa21444f3f71 python3 bench/verify_reference.py \
        --endpoint /webhooks /tmp/log.txt > /dev/null
    time CLIENT_PAYMENT_SECRET=aa21444f3f71 merchant-cli verify \
        --endpoint /webhooks /tmp/log.txt > /dev/null
"""
import argparse
import base64
import hashlib
import hmac
import os
import sys
from urllib.parse import parse_qsl

HEADER = base64.urlsafe_b64encode(b'{"alg":"HS256"}').rstrip(b"=")


def canonical(path, method, fields):
    body = ",".join('"%s":"%s"' % (k, v) for k, v in sorted(fields.items()))
    return '{"PATH":"%s","%s":{%s}}' % (path, method.upper(), body)


def sign(path, method, fields, secret):
    payload = base64.urlsafe_b64encode(canonical(path, method, fields).encode()).rstrip(b"=")
    mac = hmac.new(secret, HEADER + b"." + payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def write_tricky_log(count, path, secret=b"aa21444f3f71"):
    """Writes `count` signed webhooks with awkward keys and values (quotes, backslashes, '+',
    '%', '&', '=', tabs, characters beyond the BMP); every third one has a value changed after
    signing. tests/data/webhooks/python-reference.form is `--write-tricky-log 300 FILE`."""
    import random
    from urllib.parse import urlencode

    rnd = random.Random(7)
    alphabet = ["a", "Z", "_", '"', "\\", " ", "+", "%", "&", "=", "é", "Ж", "🙂", "Ａ", "\t",
                "0", ".", "'", "{", "}"]
    key_alphabet = alphabet[:3] + ["é", "🙂", "Ａ", "x", "y"]
    lines = []
    for i in range(count):
        fields = {}
        for _ in range(rnd.randint(1, 8)):
            key = "".join(rnd.choice(key_alphabet) for _ in range(rnd.randint(1, 6)))
            fields[key] = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        fields.pop("signature", None)
        sig = sign("/webhooks", "POST", fields, secret)
        if i % 3 == 0:
            k = rnd.choice(list(fields))
            fields[k] = fields[k] + "x"
        items = list(fields.items()) + [("signature", sig)]
        rnd.shuffle(items)
        lines.append(urlencode(items))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--write-tricky-log":
        write_tricky_log(int(sys.argv[2]), sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--method", default="POST")
    ap.add_argument("--secret-file")
    ap.add_argument("file", nargs="?", default="-")
    args = ap.parse_args()
    if args.secret_file:
        with open(args.secret_file, "rb") as f:
            secret = f.read().rstrip(b"\n")
    else:
        secret = os.environb.get(b"CLIENT_PAYMENT_SECRET", b"")
    if not secret:
        sys.exit("no secret")
    src = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    out = sys.stdout
    invalid = 0
    for line in src:
        line = line.rstrip("\r\n")
        if not line:
            continue
        fields = dict(parse_qsl(line, keep_blank_values=True))
        provided = fields.pop("signature", None)
        expected = sign(args.endpoint, args.method, fields, secret)
        ok = provided is not None and hmac.compare_digest(expected, provided)
        invalid += not ok
        out.write("%s order=%s webhook_id=%s\n"
                  % ("valid " if ok else "invalid", fields.get("order"), fields.get("webhook_id")))
    sys.exit(1 if invalid else 0)


if __name__ == "__main__":
    main()
