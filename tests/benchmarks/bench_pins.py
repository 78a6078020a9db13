"""What a copied database exposes: the time to try every PIN against one stored scrypt hash on one core.

Each guess is one scrypt with the stored parameters (what an attacker with the file must do). Printed per cost:
ms per guess (best and median of --runs), memory, and the time for the whole 4-digit and 6-digit spaces (the
average find is half of that).

    python -m tests.benchmarks.bench_pins [--runs 7]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import time

from packstation.domain.pins import MAXMEM, N, P, R


def _span(seconds: float) -> str:
    if seconds >= 86400:
        return f"{seconds / 86400:.1f} days"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.0f} min"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    salt = os.urandom(16)
    print(f"{'cost':<16} {'best ms':>8} {'median ms':>9} {'memory':>7} {'4 digits':>10} {'6 digits':>10}")
    for n in (2**14, N, 2**16):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            hashlib.scrypt(b"123456", salt=salt, n=n, r=R, p=P, dklen=32, maxmem=MAXMEM * 4)
            times.append(time.perf_counter() - start)
        best, median = min(times), statistics.median(times)
        label = f"n=2^{n.bit_length() - 1} r={R}" + (" (now)" if n == N else "")
        print(
            f"{label:<16} {best * 1000:8.0f} {median * 1000:9.0f} {128 * n * R // 2**20:5d} MiB "
            f"{_span(best * 10**4):>10} {_span(best * 10**6):>10}"
        )


if __name__ == "__main__":
    main()
