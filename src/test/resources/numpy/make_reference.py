#!/usr/bin/env python3
"""Reference data from numpy for the exact-agreement tests in src/test/java/shallowlab/data.

Run from this directory:  python3 make_reference.py   (needs numpy; the rest is the standard library)

Every value is written as the 16 hex digits of its IEEE-754 bits (Double.doubleToRawLongBits in Java); lines
starting with '#' are comments. numpy's legacy randn draws through the C library's log, and np.sin / np.cos
call the C library's sin / cos. glibc's are not correctly rounded on every argument (about 1 log in 1500 and
1 sin or cos in 400 are off by one ulp), so the data are also computed a second way, with correctly rounded
log, sin and cos (decimal arithmetic at 60 digits): where that gives other bits, the value is written
"numpy/correct". The Java generator follows the second way, which is the same on every platform.
"""
import math
import platform
import struct
from decimal import Decimal, localcontext

import numpy as np

RANDN_SEEDS = (0, 1, 2, 123)
RANDN_DRAWS = 10_000
FLOWERS = ((400, 0.2, 1), (2000, 0.5, 7))   # (points, noise, seed); the first is the course's default


def cr_log(x):
    with localcontext() as c:
        c.prec = 60
        return float(Decimal(x).ln())


def cr_sin_cos(x, cos):
    """Taylor series at 120 digits (|x| < 60 here, so cancellation costs at most ~25 of them)."""
    assert abs(x) < 60
    with localcontext() as c:
        c.prec = 120
        d = Decimal(x)
        term = Decimal(1) if cos else d
        total, k = term, 1 if cos else 2
        while abs(term) > Decimal(10) ** -100:
            term = -term * d * d / ((k) * (k + 1))
            total += term
            k += 2
        return float(total)


class Draws:
    """numpy's legacy_gauss (polar method, the second value cached) over RandomState's uniforms, with a given log."""

    def __init__(self, seed, log):
        self.rs, self.log, self.cached = np.random.RandomState(seed), log, None

    def randn(self, n):
        return np.array([self.one() for _ in range(n)])

    def one(self):
        if self.cached is not None:
            v, self.cached = self.cached, None
            return v
        while True:
            x1 = 2.0 * self.rs.random_sample() - 1.0
            x2 = 2.0 * self.rs.random_sample() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * self.log(r2) / r2)
        self.cached = f * x1
        return f * x2


def flower(points, noise, seed, randn, sin, cos):
    """planar_utils.load_planar_dataset with m = points, noise for 0.2 and seed for 1; returns X (2 × m)."""
    m = points
    N = m // 2
    X = np.zeros((m, 2))
    a = 4
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + randn(N) * noise
        r = a * sin(4 * t) + randn(N) * noise
        X[ix] = np.c_[r * sin(t), r * cos(t)]
    return X.T


def vectorised(f):
    return lambda v: np.array([f(x) for x in v])


def hexbits(x):
    return struct.pack('>d', float(x)).hex()


def token(numpy_value, correct_value):
    a, b = hexbits(numpy_value), hexbits(correct_value)
    return a if a == b else f'{a}/{b}'


def header(f, what):
    f.write(f'# {what}\n# numpy {np.__version__}, {platform.libc_ver()[0]} {platform.libc_ver()[1]}, '
            f'{platform.machine()}; written by make_reference.py\n')


def main():
    for seed in RANDN_SEEDS:
        np.random.seed(seed)
        z = np.random.randn(RANDN_DRAWS)
        assert (Draws(seed, math.log).randn(RANDN_DRAWS) == z).all(), 'the legacy_gauss model is not numpy'
        c = Draws(seed, cr_log).randn(RANDN_DRAWS)
        with open(f'randn-seed{seed}.hex', 'w') as f:
            header(f, f'np.random.seed({seed}); np.random.randn({RANDN_DRAWS})')
            f.writelines(token(a, b) + '\n' for a, b in zip(z, c))
    for points, noise, seed in FLOWERS:
        np.random.seed(seed)
        X = flower(points, noise, seed, np.random.randn, np.sin, np.cos)
        C = flower(points, noise, seed, Draws(seed, cr_log).randn,
                   vectorised(lambda x: cr_sin_cos(x, False)), vectorised(lambda x: cr_sin_cos(x, True)))
        with open(f'flower-{points}-{noise}-{seed}.hex', 'w') as f:
            header(f, f'flower X (2 x {points}), one point a line: x1 x2; numpy X.sum() = {float(X.sum())!r}, '
                      f'correctly rounded {float(C.sum())!r}')
            f.writelines(f'{token(X[0, i], C[0, i])} {token(X[1, i], C[1, i])}\n' for i in range(points))


if __name__ == '__main__':
    main()
