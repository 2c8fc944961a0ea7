#!/usr/bin/env python3
"""Checks every golden of the bundled examples against the reference renderer.

Usage: tools/check-goldens.py [ORACLE] [CASE_FILE_OR_DIR...]
  ORACLE defaults to $GWMAP_ORACLE or /tmp/oracle/oracle-java (shared/tools/oracle/oracle-java:
  Apache Velocity 1.7 + API Gateway emulation). Case folders default to testcases/.

For each template case of each *.case.json, the template is rendered by the oracle against the case's
request (inline requests are written to a temporary file) and the oracle's bytes must equal
the golden's bytes exactly, whatever the case's comparison mode. Exit 1 on any difference.
"""
import json, os, subprocess, sys, tempfile
from pathlib import Path

def main():
    args = sys.argv[1:]
    oracle = os.environ.get("GWMAP_ORACLE", "/tmp/oracle/oracle-java")
    if args and not args[0].endswith(".json") and not Path(args[0]).is_dir():
        oracle = args.pop(0)
    roots = [Path(a) for a in args] or [Path("testcases")]
    files = sorted({p for r in roots for p in ([r] if r.is_file() else r.rglob("*.case.json"))})
    tmp = Path(tempfile.mkdtemp(prefix="gwmap-goldens-"))
    jobs = []
    for f in files:
        doc = json.loads(f.read_text())
        for i, case in enumerate(doc["cases"]):
            if "expectError" in case:
                continue
            # Integration cases run the whole method (gwmap invoke); the oracle renders
            # templates only, so their goldens are reviewed by other means (see their source).
            if "integration" in case or ("template" not in case and "integration" in doc):
                continue
            template = f.parent / case.get("template", doc.get("template"))
            req = case.get("request", {})
            if isinstance(req, str):
                req_path = f.parent / req
            else:
                req_path = tmp / f"{f.stem}-{i}.request.json"
                req_path.write_text(json.dumps(req))
            golden = f.parent / case["expected"]
            out = tmp / f"{f.stem}-{i}.out"
            jobs.append((f"{f}::{case['name']}", template, req_path, golden, out))
    listing = tmp / "batch.txt"
    listing.write_text("".join(f"{t} {r} {o}\n" for _, t, r, _, o in jobs))
    subprocess.run([oracle, "--batch", str(listing)], check=False)
    bad = 0
    for name, _, _, golden, out in jobs:
        if not out.exists():
            err = Path(str(out) + ".err")
            print(f"ERROR {name}: oracle failed: {err.read_text() if err.exists() else '?'}")
            bad += 1
        elif out.read_bytes() != golden.read_bytes():
            print(f"DIFF  {name}: oracle output differs from {golden}")
            bad += 1
    print(f"{len(jobs) - bad}/{len(jobs)} goldens match the oracle")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
