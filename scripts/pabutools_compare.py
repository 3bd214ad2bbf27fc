#!/usr/bin/env python3
"""Compares `konto-server count` with the reference package pabutools on the real elections
in server/data/pabulib: the same winners for the city's rule and for Equal Shares (cost and
count utilities, with and without add1 completion). Ties are broken on the project id as
text in both, which is pabutools' default.

usage: pabutools_compare.py KONTO_SERVER_BINARY DATA_DIR
"""
import glob
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def winners(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return sorted(line for line in out.splitlines() if line.strip())


def main():
    binary, data = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(data, "*.pb")))
    small = [f for f in files if os.path.getsize(f) < 200_000]
    cases = []
    for f in files:
        cases.append((f, ["--rule", "greedy"]))
    for f in small:
        cases.append((f, ["--rule", "equal-shares"]))
    for f in small[:6]:
        cases.append((f, ["--rule", "equal-shares", "--utility", "count"]))
    # Completion is slow in pabutools (Wieliczka: about 2 minutes, Kraków's districts about
    # one each): the official Wieliczka count and both variants on the smallest file.
    for f in small:
        if "Wieliczka" in f or "Plac_Wojska" in f:
            cases.append((f, ["--rule", "equal-shares", "--completion", "add1", "--no-exhaustive-stop"]))
        if "Plac_Wojska" in f:
            cases.append((f, ["--rule", "equal-shares", "--completion", "add1"]))
    failures = 0
    for f, opts in cases:
        start = time.perf_counter()
        ours = winners([binary, "count", f, *opts, "--tie-break", "id"])
        mid = time.perf_counter()
        ref = winners([sys.executable, os.path.join(HERE, "pabutools_count.py"), f, *opts])
        end = time.perf_counter()
        ok = ours == ref
        failures += not ok
        name = os.path.basename(f)
        print(f"{'same' if ok else 'DIFFERENT'}  {name} {' '.join(opts)}  (ours {mid - start:.2f} s, pabutools {end - mid:.2f} s)")
        if not ok:
            print(f"    ours:      {' '.join(ours)}\n    pabutools: {' '.join(ref)}")
    print(f"{len(cases) - failures} of {len(cases)} counts agree with pabutools")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
