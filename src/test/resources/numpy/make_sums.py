#!/usr/bin/env python3
"""np.sum's results for NumpySumTest (src/test/java/shallowlab/guide): run from this directory, python3 make_sums.py.

The values summed are exact in any IEEE-754 arithmetic (whole numbers, then two correctly rounded divisions), so
Java builds the same arrays; np.sum adds them in its pairwise order, which the test must follow bit for bit.
Each line: n, then the sum's 16 hex digits (Double.doubleToRawLongBits).
"""
import struct

import numpy as np

SIZES = list(range(1, 40)) + [63, 64, 65, 127, 128, 129, 130, 255, 256, 257, 300, 399, 400, 401, 1000, 2000, 4096]


def values(n):
    return np.array([((i * 7919) % 1000 - 500) / 3.0 / (1 + i % 5) for i in range(n)])


with open("pairwise-sums.txt", "w") as out:
    out.write("# np.sum of values(n) (make_sums.py), numpy " + np.__version__ + "\n")
    for n in SIZES:
        bits = struct.unpack("<q", struct.pack("<d", float(np.sum(values(n)))))[0] & 0xFFFFFFFFFFFFFFFF
        out.write(f"{n} {bits:016x}\n")
