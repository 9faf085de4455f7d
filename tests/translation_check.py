#!/usr/bin/env python3
"""Fails when a message of the sources is not translated: runs lupdate over the sources into a copy
of each .ts file and checks that every message has a finished, non-empty translation (every plural
form), and that placeholders (%1, %n, %L1) match the source.
Usage: translation_check.py LUPDATE PROJECT_JSON TS_FILE..."""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, project, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
failures = []
for ts in ts_files:
    with tempfile.TemporaryDirectory() as tmp:
        copy = f"{tmp}/{ts.split('/')[-1]}"
        shutil.copy(ts, copy)
        subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-ts", copy],
                       check=True, capture_output=True)
        root = ET.parse(copy).getroot()
        count = 0
        for ctx in root.findall("context"):
            name = ctx.find("name").text
            for m in ctx.findall("message"):
                count += 1
                src = m.find("source").text or ""
                t = m.find("translation")
                forms = [f.text or "" for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
                if t.get("type") in ("unfinished", "vanished", "obsolete") or any(not f.strip() for f in forms):
                    failures.append(f"{ts}: not translated: [{name}] {src!r}")
                    continue
                want = sorted(set(re.findall(r"%L?\d|%n", src)))
                for f in forms:
                    if sorted(set(re.findall(r"%L?\d|%n", f))) != want:
                        failures.append(f"{ts}: placeholders differ: [{name}] {src!r} -> {f!r}")
        print(f"{ts}: {count} messages checked")
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
