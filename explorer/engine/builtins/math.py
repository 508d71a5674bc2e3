"""``Math``.

Math.random is a deterministic xorshift128+ generator with a fixed seed (runs
must be reproducible); the conversion to a double is V8's.  ``js_pow`` is the
Number::exponentiate operation (``**`` and ``Math.pow``) with JavaScript's
special cases.
"""

from __future__ import annotations

import math
import struct

from ..conversions import to_uint32
from ..values import to_number
from .object import arg

INF = math.inf
NAN = math.nan
MASK64 = (1 << 64) - 1
RANDOM_SEED = (0x2545F4914F6CDD1D, 0x9E3779B97F4A7C15)


# ------------------------------------------------------------ fdlibm (as V8's base::ieee754)
#
# V8 computes the elementary functions with its port of fdlibm, whose results
# differ from the platform's libm in the last bit now and then; these are the
# same algorithms, step for step, so results match Node bit for bit.

_pack_d = struct.Struct("<d").pack
_unpack_d = struct.Struct("<d").unpack
_pack_q = struct.Struct("<Q").pack
_unpack_q = struct.Struct("<Q").unpack


def _words(x: float):
    """(signed high word, unsigned low word) of a double."""
    b = _unpack_q(_pack_d(x))[0]
    hi = b >> 32
    if hi & 0x80000000:
        hi -= 0x100000000
    return hi, b & 0xFFFFFFFF


def _hi(x: float) -> int:
    hi = _unpack_q(_pack_d(x))[0] >> 32
    return hi - 0x100000000 if hi & 0x80000000 else hi


def _from_words(hi: int, lo: int) -> float:
    return _unpack_d(_pack_q(((hi & 0xFFFFFFFF) << 32) | (lo & 0xFFFFFFFF)))[0]


def _with_lo(x: float, lo: int) -> float:
    b = _unpack_q(_pack_d(x))[0]
    return _unpack_d(_pack_q((b & 0xFFFFFFFF00000000) | (lo & 0xFFFFFFFF)))[0]


def _with_hi(x: float, hi: int) -> float:
    b = _unpack_q(_pack_d(x))[0]
    return _unpack_d(_pack_q(((hi & 0xFFFFFFFF) << 32) | (b & 0xFFFFFFFF)))[0]


def _c_int(x: float) -> int:
    """(int)x in C: truncation."""
    return int(x)


_LN2_HI = 6.93147180369123816490e-01
_LN2_LO = 1.90821492927058770002e-10
_TWO54 = 1.80143985094819840000e+16
_LG1 = 6.666666666666735130e-01
_LG2 = 3.999999999940941908e-01
_LG3 = 2.857142874366239149e-01
_LG4 = 2.222219843214978396e-01
_LG5 = 1.818357216161805012e-01
_LG6 = 1.531383769920937332e-01
_LG7 = 1.479819860511658591e-01


def fd_log(x: float) -> float:
    hx, lx = _words(x)
    k = 0
    if hx < 0x00100000:
        if ((hx & 0x7FFFFFFF) | lx) == 0:
            return -INF
        if hx < 0:
            return NAN
        k -= 54
        x *= _TWO54
        hx = _hi(x)
    if hx >= 0x7FF00000:
        return x + x
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    x = _with_hi(x, hx | (i ^ 0x3FF00000))
    k += i >> 20
    f = x - 1.0
    if (0x000FFFFF & (2 + hx)) < 3:
        if f == 0.0:
            if k == 0:
                return 0.0
            dk = float(k)
            return dk * _LN2_HI + dk * _LN2_LO
        R = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - R
        dk = float(k)
        return dk * _LN2_HI - ((R - dk * _LN2_LO) - f)
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    i = hx - 0x6147A
    w = z * z
    j = 0x6B851 - hx
    t1 = w * (_LG2 + w * (_LG4 + w * _LG6))
    t2 = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7)))
    i |= j
    R = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + R))
        return dk * _LN2_HI - ((hfsq - (s * (hfsq + R) + dk * _LN2_LO)) - f)
    if k == 0:
        return f - s * (f - R)
    return dk * _LN2_HI - ((s * (f - R) - dk * _LN2_LO) - f)


_P1 = 1.66666666666666019037e-01
_P2 = -2.77777777770155933842e-03
_P3 = 6.61375632143793436117e-05
_P4 = -1.65339022054652515390e-06
_P5 = 4.13813679705723846039e-08
_INVLN2 = 1.44269504088896338700e+00
_O_THRESHOLD = 7.09782712893383973096e+02
_U_THRESHOLD = -7.45133219101941108420e+02
_TWOM1000 = 9.33263618503218878990e-302
_TWO1023 = 8.988465674311579539e307


def fd_exp(x: float) -> float:
    hx, lx = _words(x)
    xsb = 1 if hx < 0 else 0
    hx &= 0x7FFFFFFF
    if hx >= 0x40862E42:
        if hx >= 0x7FF00000:
            if ((hx & 0xFFFFF) | lx) != 0:
                return x + x
            return x if xsb == 0 else 0.0
        if x > _O_THRESHOLD:
            return INF
        if x < _U_THRESHOLD:
            return 0.0
    hi = lo = 0.0
    k = 0
    if hx > 0x3FD62E42:
        if hx < 0x3FF0A2B2:
            if x == 1.0:
                return 2.718281828459045
            hi = x - (_LN2_HI if xsb == 0 else -_LN2_HI)
            lo = _LN2_LO if xsb == 0 else -_LN2_LO
            k = 1 - xsb - xsb
        else:
            k = _c_int(_INVLN2 * x + (0.5 if xsb == 0 else -0.5))
            t = float(k)
            hi = x - t * _LN2_HI
            lo = t * _LN2_LO
        x = hi - lo
    elif hx < 0x3E300000:
        return 1.0 + x
    else:
        k = 0
    t = x * x
    if k >= -1021:
        twopk = _from_words(0x3FF00000 + (k << 20), 0)
    else:
        twopk = _from_words(0x3FF00000 + ((k + 1000) << 20), 0)
    c = x - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        if k == 1024:
            return y * 2.0 * _TWO1023
        return y * twopk
    return y * twopk * _TWOM1000


_BP = (1.0, 1.5)
_DP_H = (0.0, 5.84962487220764160156e-01)
_DP_L = (0.0, 1.35003920212974897128e-08)
_TWO53 = 9007199254740992.0
_HUGE = 1.0e300
_TINY = 1.0e-300
_L1 = 5.99999999999994648725e-01
_L2 = 4.28571428578550184252e-01
_L3 = 3.33333329818377432918e-01
_L4 = 2.72728123808534006489e-01
_L5 = 2.30660745775561754067e-01
_L6 = 2.06975017800338417784e-01
_LG2_ = 6.93147180559945286227e-01
_LG2_H = 6.93147182464599609375e-01
_LG2_L = -1.90465429995776804525e-09
_OVT = 8.0085662595372944372e-17
_CP = 9.61796693925975554329e-01
_CP_H = 9.61796700954437255859e-01
_CP_L = -7.02846165095275826516e-09
_IVLN2 = 1.44269504088896338700e+00
_IVLN2_H = 1.44269502162933349609e+00
_IVLN2_L = 1.92596299112661746887e-08


def fd_pow(x: float, y: float) -> float:
    hx, lx = _words(x)
    hy, ly = _words(y)
    ix = hx & 0x7FFFFFFF
    iy = hy & 0x7FFFFFFF
    if (iy | ly) == 0:
        return 1.0
    if hx == 0x3FF00000 and lx == 0:
        return 1.0
    if ix > 0x7FF00000 or (ix == 0x7FF00000 and lx != 0) or iy > 0x7FF00000 or (iy == 0x7FF00000 and ly != 0):
        return x + y
    yisint = 0
    if hx < 0:
        if iy >= 0x43400000:
            yisint = 2
        elif iy >= 0x3FF00000:
            k = (iy >> 20) - 0x3FF
            if k > 20:
                j = ly >> (52 - k)
                if (j << (52 - k)) == ly:
                    yisint = 2 - (j & 1)
            elif ly == 0:
                j = iy >> (20 - k)
                if (j << (20 - k)) == iy:
                    yisint = 2 - (j & 1)
    if ly == 0:
        if iy == 0x7FF00000:
            if ((ix - 0x3FF00000) | lx) == 0:
                return NAN
            if ix >= 0x3FF00000:
                return y if hy >= 0 else 0.0
            return -y if hy < 0 else 0.0
        if iy == 0x3FF00000:
            if hy < 0:
                return 1.0 / x if x != 0 else math.copysign(INF, x)
            return x
        if hy == 0x40000000:
            return x * x
        if hy == 0x3FE00000 and hx >= 0:
            return math.sqrt(x)
    ax = abs(x)
    if lx == 0:
        if ix == 0x7FF00000 or ix == 0 or ix == 0x3FF00000:
            z = ax
            if hy < 0:
                z = INF if z == 0 else 1.0 / z
            if hx < 0:
                if ((ix - 0x3FF00000) | yisint) == 0:
                    z = NAN
                elif yisint == 1:
                    z = -z
            return z
    n = 0 if hx < 0 else -1
    if (n | yisint) == 0:
        return NAN
    s = 1.0
    if (n | (yisint - 1)) == 0:
        s = -1.0
    if iy > 0x41E00000:
        if iy > 0x43F00000:
            if ix <= 0x3FEFFFFF:
                return INF if hy < 0 else 0.0
            if ix >= 0x3FF00000:
                return INF if hy > 0 else 0.0
        if ix < 0x3FEFFFFF:
            return s * INF if hy < 0 else s * 0.0
        if ix > 0x3FF00000:
            return s * INF if hy > 0 else s * 0.0
        t = ax - 1.0
        w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
        u = _IVLN2_H * t
        v = t * _IVLN2_L - w * _IVLN2
        t1 = _with_lo(u + v, 0)
        t2 = v - (t1 - u)
    else:
        n = 0
        if ix < 0x00100000:
            ax *= _TWO53
            n -= 53
            ix = _hi(ax)
        n += (ix >> 20) - 0x3FF
        j = ix & 0x000FFFFF
        ix = j | 0x3FF00000
        if j <= 0x3988E:
            k = 0
        elif j < 0xBB67A:
            k = 1
        else:
            k = 0
            n += 1
            ix -= 0x00100000
        ax = _with_hi(ax, ix)
        u = ax - _BP[k]
        v = 1.0 / (ax + _BP[k])
        ss = u * v
        s_h = _with_lo(ss, 0)
        t_h = _from_words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0)
        t_l = ax - (t_h - _BP[k])
        s_l = v * ((u - s_h * t_h) - s_h * t_l)
        s2 = ss * ss
        r = s2 * s2 * (_L1 + s2 * (_L2 + s2 * (_L3 + s2 * (_L4 + s2 * (_L5 + s2 * _L6)))))
        r += s_l * (s_h + ss)
        s2 = s_h * s_h
        t_h = _with_lo(3.0 + s2 + r, 0)
        t_l = r - ((t_h - 3.0) - s2)
        u = s_h * t_h
        v = s_l * t_h + t_l * ss
        p_h = _with_lo(u + v, 0)
        p_l = v - (p_h - u)
        z_h = _CP_H * p_h
        z_l = _CP_L * p_h + p_l * _CP + _DP_L[k]
        t = float(n)
        t1 = _with_lo(((z_h + z_l) + _DP_H[k]) + t, 0)
        t2 = z_l - (((t1 - t) - _DP_H[k]) - z_h)
    y1 = _with_lo(y, 0)
    p_l = (y - y1) * t1 + y * t2
    p_h = y1 * t1
    z = p_l + p_h
    j, i = _words(z)
    if j >= 0x40900000:
        if ((j - 0x40900000) | i) != 0:
            return s * INF
        if p_l + _OVT > z - p_h:
            return s * INF
    elif (j & 0x7FFFFFFF) >= 0x4090CC00:
        if ((j - (0xC090CC00 - 0x100000000)) | i) != 0:
            return s * 0.0
        if p_l <= z - p_h:
            return s * 0.0
    i = j & 0x7FFFFFFF
    k = (i >> 20) - 0x3FF
    n = 0
    if i > 0x3FE00000:
        n = j + (0x00100000 >> (k + 1))
        k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF
        t = _from_words(n & ~(0x000FFFFF >> k), 0)
        n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k)
        if j < 0:
            n = -n
        p_h -= t
    t = _with_lo(p_l + p_h, 0)
    u = t * _LG2_H
    v = (p_l - (t - p_h)) * _LG2_ + t * _LG2_L
    z = u + v
    w = v - (z - u)
    t = z * z
    t1 = z - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    # V8's variant groups the correction into the divisor (not fdlibm's (z*t1)/(t1-2) - (w+z*w))
    r = (z * t1) / ((t1 - 2.0) - (w + z * w))
    z = 1.0 - (r - z)
    j = _hi(z)
    j += n << 20
    if (j >> 20) <= 0:
        z = math.ldexp(z, n)
    else:
        z = _with_hi(z, j)
    return s * z


# -- trigonometry

_S1 = -1.66666666666666324348e-01
_S2 = 8.33333333332248946124e-03
_S3 = -1.98412698298579493134e-04
_S4 = 2.75573137070700676789e-06
_S5 = -2.50507602534068634195e-08
_S6 = 1.58969099521155010221e-10
_C1 = 4.16666666666666019037e-02
_C2 = -1.38888888888741095749e-03
_C3 = 2.48015872894767294178e-05
_C4 = -2.75573143513906633035e-07
_C5 = 2.08757232129817482790e-09
_C6 = -1.13596475577881948265e-11
_T = (3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05)
_PIO4 = 7.85398163397448278999e-01
_PIO4LO = 3.06161699786838301793e-17


def _k_sin(x: float, y: float, iy: int) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and _c_int(x) == 0:
        return x
    z = x * x
    v = z * x
    r = _S2 + z * (_S3 + z * (_S4 + z * (_S5 + z * _S6)))
    if iy == 0:
        return x + v * (_S1 + z * r)
    return x - ((z * (0.5 * y - v * r) - y) - v * _S1)


def _k_cos(x: float, y: float) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and _c_int(x) == 0:
        return 1.0
    z = x * x
    r = z * (_C1 + z * (_C2 + z * (_C3 + z * (_C4 + z * (_C5 + z * _C6)))))
    if ix < 0x3FD33333:
        return 1.0 - (0.5 * z - (z * r - x * y))
    if ix > 0x3FE90000:
        qx = 0.28125
    else:
        qx = _from_words(ix - 0x00200000, 0)
    hz = 0.5 * z - qx
    a = 1.0 - qx
    return a - (hz - (z * r - x * y))


def _k_tan(x: float, y: float, iy: int) -> float:
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    if ix < 0x3E300000 and _c_int(x) == 0:
        if ((ix | lx) | (iy + 1)) == 0:
            return INF
        if iy == 1:
            return x
        w = x + y
        z = _with_lo(w, 0)
        v = y - (z - x)
        a = -1.0 / w
        t = _with_lo(a, 0)
        s = 1.0 + t * z
        return t + a * (s + t * v)
    if ix >= 0x3FE59428:
        if hx < 0:
            x = -x
            y = -y
        z = _PIO4 - x
        w = _PIO4LO - y
        x = z + w
        y = 0.0
    z = x * x
    w = z * z
    T = _T
    r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))))
    v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))))
    s = z * x
    r = y + z * (s * (r + v) + y)
    r += T[0] * s
    w = x + r
    if ix >= 0x3FE59428:
        v = float(iy)
        return float(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)))
    if iy == 1:
        return w
    z = _with_lo(w, 0)
    v = r - (z - x)
    a = -1.0 / w
    t = _with_lo(a, 0)
    s = 1.0 + t * z
    return t + a * (s + t * v)


_INVPIO2 = 6.36619772367581382433e-01
_PIO2_1 = 1.57079632673412561417e+00
_PIO2_1T = 6.07710050650619224932e-11
_PIO2_2 = 6.07710050630396597660e-11
_PIO2_2T = 2.02226624879595063154e-21
_PIO2_3 = 2.02226624871116645580e-21
_PIO2_3T = 8.47842766036889956997e-32
# pi/2 to 1300 bits (as an integer scaled by 2**1300) for the reduction of huge arguments
_PIO2_BITS = 1300


def _pio2_scaled() -> int:
    # Machin's formula with integers: pi = 16 atan(1/5) - 4 atan(1/239)
    prec = _PIO2_BITS + 20
    one = 1 << prec

    def arctan_inv(n: int) -> int:
        total = term = one // n
        n2 = n * n
        k = 1
        sign = -1
        while term:
            term //= n2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 16 * arctan_inv(5) - 4 * arctan_inv(239)
    return pi >> 21  # pi/2 scaled by 2**_PIO2_BITS


_PIO2_INT = _pio2_scaled()
def _npio2_hw_table():
    out = []
    for n in range(1, 33):
        # the double nearest n*pi/2, via exact integer arithmetic
        num = n * _PIO2_INT
        v = num / (1 << _PIO2_BITS)  # Python rounds int/int true division correctly
        out.append(_hi(v))
    return tuple(out)


_NPIO2_HW = _npio2_hw_table()


def _rem_pio2_large(x: float):
    """(n, y0, y1) for huge |x|: an exact reduction with 1300 bits of pi/2 (k_rem_pio2's result)."""
    m, e = math.frexp(abs(x))
    mant = int(m * (1 << 53))
    num = mant << (e - 53 + _PIO2_BITS)  # |x| scaled by 2**_PIO2_BITS
    n, rem = divmod(num, _PIO2_INT)
    if 2 * rem >= _PIO2_INT:
        n += 1
        rem -= _PIO2_INT
    den = 1 << _PIO2_BITS
    y0 = rem / den  # correctly rounded
    a, b = y0.as_integer_ratio()
    y1 = (rem * b - a * den) / (den * b)
    if x < 0:
        return -(n & 7), -y0, -y1
    return n & 7, y0, y1


def _rem_pio2(x: float):
    """__ieee754_rem_pio2: (n, y0, y1) with x = n*pi/2 + y0 + y1."""
    hx = _hi(x)
    ix = hx & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return 0, x, 0.0
    if ix < 0x4002D97C:
        if hx > 0:
            z = x - _PIO2_1
            if ix != 0x3FF921FB:
                y0 = z - _PIO2_1T
                return 1, y0, (z - y0) - _PIO2_1T
            z -= _PIO2_2
            y0 = z - _PIO2_2T
            return 1, y0, (z - y0) - _PIO2_2T
        z = x + _PIO2_1
        if ix != 0x3FF921FB:
            y0 = z + _PIO2_1T
            return -1, y0, (z - y0) + _PIO2_1T
        z += _PIO2_2
        y0 = z + _PIO2_2T
        return -1, y0, (z - y0) + _PIO2_2T
    if ix <= 0x413921FB:
        t = abs(x)
        n = _c_int(t * _INVPIO2 + 0.5)
        fn = float(n)
        r = t - fn * _PIO2_1
        w = fn * _PIO2_1T
        if n < 32 and ix != _NPIO2_HW[n - 1]:
            y0 = r - w
        else:
            j = ix >> 20
            y0 = r - w
            i = j - ((_hi(y0) >> 20) & 0x7FF)
            if i > 16:
                t = r
                w = fn * _PIO2_2
                r = t - w
                w = fn * _PIO2_2T - ((t - r) - w)
                y0 = r - w
                i = j - ((_hi(y0) >> 20) & 0x7FF)
                if i > 49:
                    t = r
                    w = fn * _PIO2_3
                    r = t - w
                    w = fn * _PIO2_3T - ((t - r) - w)
                    y0 = r - w
        y1 = (r - y0) - w
        if hx < 0:
            return -n, -y0, -y1
        return n, y0, y1
    if ix >= 0x7FF00000:
        return 0, NAN, NAN
    return _rem_pio2_large(x)


def fd_sin(x: float) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return _k_sin(x, 0.0, 0)
    if ix >= 0x7FF00000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    n &= 3
    if n == 0:
        return _k_sin(y0, y1, 1)
    if n == 1:
        return _k_cos(y0, y1)
    if n == 2:
        return -_k_sin(y0, y1, 1)
    return -_k_cos(y0, y1)


def fd_cos(x: float) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return _k_cos(x, 0.0)
    if ix >= 0x7FF00000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    n &= 3
    if n == 0:
        return _k_cos(y0, y1)
    if n == 1:
        return -_k_sin(y0, y1, 1)
    if n == 2:
        return -_k_cos(y0, y1)
    return _k_sin(y0, y1, 1)


def fd_tan(x: float) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return _k_tan(x, 0.0, 1)
    if ix >= 0x7FF00000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    return _k_tan(y0, y1, 1 - ((n & 1) << 1))


_ATANHI = (4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
           1.57079632679489655800e+00)
_ATANLO = (2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
           6.12323399573676603587e-17)
_AT = (3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
       -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
       6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
       -3.65315727442169155270e-02, 1.62858201153657823623e-02)


def fd_atan(x: float) -> float:
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    if ix >= 0x44100000:
        if ix > 0x7FF00000 or (ix == 0x7FF00000 and lx != 0):
            return x + x
        if hx > 0:
            return _ATANHI[3] + _ATANLO[3]
        return -_ATANHI[3] - _ATANLO[3]
    if ix < 0x3FDC0000:
        if ix < 0x3E400000:
            return x
        ident = -1
    else:
        x = abs(x)
        if ix < 0x3FF30000:
            if ix < 0x3FE60000:
                ident = 0
                x = (2.0 * x - 1.0) / (2.0 + x)
            else:
                ident = 1
                x = (x - 1.0) / (x + 1.0)
        elif ix < 0x40038000:
            ident = 2
            x = (x - 1.5) / (1.0 + 1.5 * x)
        else:
            ident = 3
            x = -1.0 / x
    z = x * x
    w = z * z
    aT = _AT
    s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))))
    s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))))
    if ident < 0:
        return x - x * (s1 + s2)
    z = _ATANHI[ident] - ((x * (s1 + s2) - _ATANLO[ident]) - x)
    return -z if hx < 0 else z


_PI_O_4 = 7.8539816339744827900E-01
_PI_O_2 = 1.5707963267948965580E+00
_PI = 3.1415926535897931160E+00
_PI_LO = 1.2246467991473531772E-16


def fd_atan2(y: float, x: float) -> float:
    if x != x or y != y:
        return NAN
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    hy, ly = _words(y)
    iy = hy & 0x7FFFFFFF
    if ((hx - 0x3FF00000) | lx) == 0:
        return fd_atan(y)
    m = (1 if hy < 0 else 0) | (2 if hx < 0 else 0)
    if (iy | ly) == 0:
        if m in (0, 1):
            return y
        return _PI if m == 2 else -_PI
    if (ix | lx) == 0:
        return -_PI_O_2 if hy < 0 else _PI_O_2
    if ix == 0x7FF00000:
        if iy == 0x7FF00000:
            return (_PI_O_4, -_PI_O_4, 3.0 * _PI_O_4, -3.0 * _PI_O_4)[m]
        return (0.0, -0.0, _PI, -_PI)[m]
    if iy == 0x7FF00000:
        return -_PI_O_2 if hy < 0 else _PI_O_2
    k = (iy - ix) >> 20
    if k > 60:
        z = _PI_O_2 + 0.5 * _PI_LO
        m &= 1
    elif hx < 0 and k < -60:
        z = 0.0
    else:
        z = fd_atan(abs(y / x))
    if m == 0:
        return z
    if m == 1:
        return -z
    if m == 2:
        return _PI - (z - _PI_LO)
    return (z - _PI_LO) - _PI


_B1 = 715094163
_B2 = 696219795
_CB_P0 = 1.87595182427177009643
_CB_P1 = -1.88497979543377169875
_CB_P2 = 1.621429720105354466140
_CB_P3 = -0.758397934778766047437
_CB_P4 = 0.145996192886612446982


def fd_cbrt(x: float) -> float:
    hx, low = _words(x)
    sign = hx & 0x80000000
    hx = (hx & 0xFFFFFFFF) ^ sign
    if hx >= 0x7FF00000:
        return x + x
    if hx < 0x00100000:
        if (hx | low) == 0:
            return x
        t = _from_words(0x43500000, 0) * x
        high = _hi(t) & 0xFFFFFFFF
        t = _from_words(sign | ((high & 0x7FFFFFFF) // 3 + _B2), 0)
    else:
        t = _from_words(sign | (hx // 3 + _B1), 0)
    r = (t * t) * (t / x)
    t = t * ((_CB_P0 + r * (_CB_P1 + r * _CB_P2)) + ((r * r) * r) * (_CB_P3 + r * _CB_P4))
    bits = _unpack_q(_pack_d(t))[0]
    bits = (bits + 0x80000000) & 0xFFFFFFFFC0000000
    t = _unpack_d(_pack_q(bits))[0]
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    return t + t * r



# -- exponentials, logarithms and hyperbolics

_Q1 = -3.33333333333331316428e-02
_Q2 = 1.58730158725481460165e-03
_Q3 = -7.93650757867487942473e-05
_Q4 = 4.00821782732936239552e-06
_Q5 = -2.01099218183624371326e-07


def fd_expm1(x: float) -> float:
    hx, lx = _words(x)
    xsb = hx < 0
    hx &= 0x7FFFFFFF
    if hx >= 0x4043687A:
        if hx >= 0x40862E42:
            if hx >= 0x7FF00000:
                if ((hx & 0xFFFFF) | lx) != 0:
                    return x + x
                return -1.0 if xsb else x
            if x > _O_THRESHOLD:
                return INF
        if xsb:
            return -1.0
    c = 0.0
    if hx > 0x3FD62E42:
        if hx < 0x3FF0A2B2:
            if not xsb:
                hi = x - _LN2_HI
                lo = _LN2_LO
                k = 1
            else:
                hi = x + _LN2_HI
                lo = -_LN2_LO
                k = -1
        else:
            k = _c_int(_INVLN2 * x + (-0.5 if xsb else 0.5))
            t = float(k)
            hi = x - t * _LN2_HI
            lo = t * _LN2_LO
        x = hi - lo
        c = (hi - x) - lo
    elif hx < 0x3C900000:
        return x
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1.0 + hxs * (_Q1 + hxs * (_Q2 + hxs * (_Q3 + hxs * (_Q4 + hxs * _Q5))))
    t = 3.0 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    twopk = _from_words(0x3FF00000 + (k << 20), 0) if k < 1024 else INF
    e = x * (e - c) - c
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        if k == 1024:
            y = y * 2.0 * _TWO1023
        else:
            y = y * twopk
        return y - 1.0
    if k < 20:
        t = _from_words(0x3FF00000 - (0x200000 >> k), 0)
        y = t - (e - x)
        return y * twopk
    t = _from_words((0x3FF - k) << 20, 0)
    y = x - (e + t)
    y += 1.0
    return y * twopk


def fd_log1p(x: float) -> float:
    hx = _hi(x)
    ax = hx & 0x7FFFFFFF
    k = 1
    f = 0.0
    hu = 0
    c = 0.0
    if hx < 0x3FDA827A:
        if ax >= 0x3FF00000:
            if x == -1.0:
                return -INF
            return NAN
        if ax < 0x3E200000:
            if ax < 0x3C900000:
                return x
            return x - x * x * 0.5
        if hx > 0 or hx <= (0xBFD2BEC4 - 0x100000000):
            k = 0
            f = x
            hu = 1
    if hx >= 0x7FF00000:
        return x + x
    if k != 0:
        if hx < 0x43400000:
            u = 1.0 + x
            hu = _hi(u)
            k = (hu >> 20) - 1023
            c = 1.0 - (u - x) if k > 0 else x - (u - 1.0)
            c /= u
        else:
            u = x
            hu = _hi(u)
            k = (hu >> 20) - 1023
            c = 0.0
        hu &= 0x000FFFFF
        if hu < 0x6A09E:
            u = _with_hi(u, hu | 0x3FF00000)
        else:
            k += 1
            u = _with_hi(u, hu | 0x3FE00000)
            hu = (0x00100000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if hu == 0:
        if f == 0.0:
            if k == 0:
                return 0.0
            c += k * _LN2_LO
            return k * _LN2_HI + c
        R = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - R
        return k * _LN2_HI - ((R - (k * _LN2_LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    R = z * (_LG1 + z * (_LG2 + z * (_LG3 + z * (_LG4 + z * (_LG5 + z * (_LG6 + z * _LG7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + R))
    return k * _LN2_HI - ((hfsq - (s * (hfsq + R) + (k * _LN2_LO + c))) - f)


def _k_log1p(f: float) -> float:
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    t1 = w * (_LG2 + w * (_LG4 + w * _LG6))
    t2 = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7)))
    R = t2 + t1
    hfsq = 0.5 * f * f
    return s * (hfsq + R)


def _log_prologue(x: float):
    """Shared start of log2/log10: None for the special cases (with the result), else (k, x)."""
    hx, lx = _words(x)
    k = 0
    if hx < 0x00100000:
        if ((hx & 0x7FFFFFFF) | lx) == 0:
            return -INF, None
        if hx < 0:
            return NAN, None
        k -= 54
        x *= _TWO54
        hx = _hi(x)
    if hx >= 0x7FF00000:
        return x + x, None
    return k, (hx, x)


_IVLN2HI = 1.44269504072144627571e+00
_IVLN2LO = 1.67517131648865118353e-10


def fd_log2(x: float) -> float:
    k, st = _log_prologue(x)
    if st is None:
        return k
    hx, x = st
    if hx == 0x3FF00000 and _words(x)[1] == 0:
        return 0.0
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    x = _with_hi(x, hx | (i ^ 0x3FF00000))
    k += i >> 20
    y = float(k)
    f = x - 1.0
    hfsq = 0.5 * f * f
    r = _k_log1p(f)
    hi = _with_lo(f - hfsq, 0)
    lo = (f - hi) - hfsq + r
    val_hi = hi * _IVLN2HI
    val_lo = (lo + hi) * _IVLN2LO + lo * _IVLN2HI
    w = y + val_hi
    val_lo += (y - w) + val_hi
    val_hi = w
    return val_lo + val_hi


_IVLN10 = 4.34294481903251816668e-01
_LOG10_2HI = 3.01029995663611771306e-01
_LOG10_2LO = 3.69423907715893078616e-13


def fd_log10(x: float) -> float:
    k, st = _log_prologue(x)
    if st is None:
        return k
    hx, x = st
    k += (hx >> 20) - 1023
    i = 1 if k < 0 else 0
    hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20)
    y = float(k + i)
    x = _with_hi(x, hx)
    z = y * _LOG10_2LO + _IVLN10 * fd_log(x)
    return z + y * _LOG10_2HI


def fd_sinh(x: float) -> float:
    h = -0.5 if x < 0 else 0.5
    ax = abs(x)
    if ax < 22:
        if ax < 3.725290298461914e-9:
            return x
        t = fd_expm1(ax)
        if ax < 1:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if ax < 709.7822265625:
        return h * fd_exp(ax)
    if ax <= 710.4758600739439:
        w = fd_exp(0.5 * ax)
        t = h * w
        return t * w
    return x * INF if x == x else x


def fd_cosh(x: float) -> float:
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3FD62E43:
        t = fd_expm1(abs(x))
        w = 1.0 + t
        if ix < 0x3C800000:
            return w
        return 1.0 + (t * t) / (w + w)
    if ix < 0x40360000:
        t = fd_exp(abs(x))
        return 0.5 * t + 0.5 / t
    if ix < 0x40862E42:
        return 0.5 * fd_exp(abs(x))
    if abs(x) <= 710.4758600739439:
        w = fd_exp(0.5 * abs(x))
        t = 0.5 * w
        return t * w
    if ix >= 0x7FF00000:
        return x * x
    return INF


def fd_tanh(x: float) -> float:
    jx = _hi(x)
    ix = jx & 0x7FFFFFFF
    if ix >= 0x7FF00000:
        if x != x:
            return NAN
        return 1.0 if jx >= 0 else -1.0
    if ix < 0x40360000:
        if ix < 0x3E300000:
            return x
        if ix >= 0x3FF00000:
            t = fd_expm1(2.0 * abs(x))
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t = fd_expm1(-2.0 * abs(x))
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return z if jx >= 0 else -z


_LN2 = 6.93147180559945286227e-01


def fd_asinh(x: float) -> float:
    hx = _hi(x)
    ix = hx & 0x7FFFFFFF
    if ix >= 0x7FF00000:
        return x + x
    if ix < 0x3E300000:
        return x
    if ix > 0x41B00000:
        w = fd_log(abs(x)) + _LN2
    elif ix > 0x40000000:
        t = abs(x)
        w = fd_log(2.0 * t + 1.0 / (math.sqrt(x * x + 1.0) + t))
    else:
        t = x * x
        w = fd_log1p(abs(x) + t / (1.0 + math.sqrt(1.0 + t)))
    return w if hx > 0 else -w


def fd_acosh(x: float) -> float:
    hx, lx = _words(x)
    if hx < 0x3FF00000:
        return NAN
    if hx >= 0x41B00000:
        if hx >= 0x7FF00000:
            return x + x
        return fd_log(x) + _LN2
    if ((hx - 0x3FF00000) | lx) == 0:
        return 0.0
    if hx > 0x40000000:
        t = x * x
        return fd_log(2.0 * x - 1.0 / (x + math.sqrt(t - 1.0)))
    t = x - 1.0
    return fd_log1p(t + math.sqrt(2.0 * t + t * t))


def fd_atanh(x: float) -> float:
    if x != x:
        return NAN
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    ax = abs(x)
    if ax > 1.0:
        return NAN
    if ax == 1.0:
        return math.copysign(INF, x)
    if ix < 0x3E300000:
        return x
    if ix < 0x3FE00000:
        t = ax + ax
        t = 0.5 * fd_log1p(t + t * ax / (1.0 - ax))
    else:
        t = 0.5 * fd_log1p((ax + ax) / (1.0 - ax))
    return t if hx >= 0 else -t


_PIO2_HI = 1.57079632679489655800e+00
_PIO2_LO = 6.12323399573676603587e-17
_PIO4_HI = 7.85398163397448278999e-01
_PS0 = 1.66666666666666657415e-01
_PS1 = -3.25565818622400915405e-01
_PS2 = 2.01212532134862925881e-01
_PS3 = -4.00555345006794114027e-02
_PS4 = 7.91534994289814532176e-04
_PS5 = 3.47933107596021167570e-05
_QS1 = -2.40339491173441421878e+00
_QS2 = 2.02094576023350569471e+00
_QS3 = -6.88283971605453293030e-01
_QS4 = 7.70381505559019352791e-02


def _asin_pq(t: float):
    p = t * (_PS0 + t * (_PS1 + t * (_PS2 + t * (_PS3 + t * (_PS4 + t * _PS5)))))
    q = 1.0 + t * (_QS1 + t * (_QS2 + t * (_QS3 + t * _QS4)))
    return p, q


def fd_asin(x: float) -> float:
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    if ix >= 0x3FF00000:
        if ((ix - 0x3FF00000) | lx) == 0:
            return x * _PIO2_HI + x * _PIO2_LO
        return NAN
    if ix < 0x3FE00000:
        if ix < 0x3E400000:
            return x
        t = x * x
        p, q = _asin_pq(t)
        return x + x * (p / q)
    w = 1.0 - abs(x)
    t = w * 0.5
    p, q = _asin_pq(t)
    s = math.sqrt(t)
    if ix >= 0x3FEF3333:
        w = p / q
        t = _PIO2_HI - (2.0 * (s + s * w) - _PIO2_LO)
    else:
        w = _with_lo(s, 0)
        c = (t - w * w) / (s + w)
        r = p / q
        p = 2.0 * s * r - (_PIO2_LO - 2.0 * c)
        q = _PIO4_HI - 2.0 * w
        t = _PIO4_HI - (p - q)
    return t if hx > 0 else -t


def fd_acos(x: float) -> float:
    hx, lx = _words(x)
    ix = hx & 0x7FFFFFFF
    if ix >= 0x3FF00000:
        if ((ix - 0x3FF00000) | lx) == 0:
            if hx > 0:
                return 0.0
            return _PI + 2.0 * _PIO2_LO
        return NAN
    if ix < 0x3FE00000:
        if ix <= 0x3C600000:
            return _PIO2_HI + _PIO2_LO
        z = x * x
        p, q = _asin_pq(z)
        r = p / q
        return _PIO2_HI - (x - (_PIO2_LO - x * r))
    if hx < 0:
        z = (1.0 + x) * 0.5
        p, q = _asin_pq(z)
        s = math.sqrt(z)
        r = p / q
        w = r * s - _PIO2_LO
        return _PI - 2.0 * (s + w)
    z = (1.0 - x) * 0.5
    s = math.sqrt(z)
    df = _with_lo(s, 0)
    c = (z - df * df) / (s + df)
    p, q = _asin_pq(z)
    r = p / q
    w = r * s + c
    return 2.0 * (df + w)


class libm:
    """The elementary functions as V8 computes them."""

    acos = staticmethod(fd_acos)
    acosh = staticmethod(fd_acosh)
    asin = staticmethod(fd_asin)
    asinh = staticmethod(fd_asinh)
    atan = staticmethod(fd_atan)
    atan2 = staticmethod(fd_atan2)
    atanh = staticmethod(fd_atanh)
    cbrt = staticmethod(fd_cbrt)
    cos = staticmethod(fd_cos)
    cosh = staticmethod(fd_cosh)
    exp = staticmethod(fd_exp)
    expm1 = staticmethod(fd_expm1)
    log = staticmethod(fd_log)
    log1p = staticmethod(fd_log1p)
    log2 = staticmethod(fd_log2)
    log10 = staticmethod(fd_log10)
    pow = staticmethod(fd_pow)
    sin = staticmethod(fd_sin)
    sinh = staticmethod(fd_sinh)
    tan = staticmethod(fd_tan)
    tanh = staticmethod(fd_tanh)


def js_pow(base: float, exponent: float) -> float:
    """Number::exponentiate."""
    if exponent != exponent:
        return NAN
    if exponent == 0:
        return 1.0
    if base != base:
        return NAN
    ab = abs(base)
    if exponent in (INF, -INF):
        if ab == 1:
            return NAN
        if (ab > 1) == (exponent > 0):
            return INF
        return 0.0
    return fd_pow(base, exponent)


def js_round(x: float) -> float:
    if x != x or x in (INF, -INF) or x == 0:
        return x
    if -0.5 <= x < 0:
        return -0.0
    f = math.floor(x)
    r = float(f + 1) if x - f >= 0.5 else float(f)
    return r


def js_floor(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    return float(math.floor(x))


def js_ceil(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    r = float(math.ceil(x))
    return -0.0 if r == 0 else r


def js_trunc(x: float) -> float:
    if x != x or x in (INF, -INF) or x == int(x):
        return x
    r = float(math.trunc(x))
    return math.copysign(0.0, x) if r == 0 else r


def js_sign(x: float) -> float:
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def js_max(values) -> float:
    result = -INF
    for v in values:
        if v != v:
            result = NAN
        elif result == result:
            if v > result or (v == 0 and result == 0 and math.copysign(1, result) < 0):
                result = v
    return result


def js_min(values) -> float:
    result = INF
    for v in values:
        if v != v:
            result = NAN
        elif result == result:
            if v < result or (v == 0 and result == 0 and math.copysign(1, v) < 0):
                result = v
    return result


def js_hypot(values) -> float:
    """V8's Math.hypot: scaled, Kahan-compensated sum of squares."""
    absolute = []
    max_v = 0.0
    one_nan = False
    for v in values:
        a = abs(v)
        if a != a:
            one_nan = True
        elif a > max_v:
            max_v = a
        absolute.append(a)
    if max_v == INF:
        return INF
    if one_nan:
        return NAN
    if max_v == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for a in absolute:
        n = a / max_v
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * max_v


def js_fround(x: float) -> float:
    if x != x:
        return NAN
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        # beyond float32 range: round-to-nearest gives infinity (or the max float near the edge)
        return INF if x > 0 else -INF


def js_clz32(x) -> float:
    n = to_uint32(x)
    return float(32 - n.bit_length())


def js_imul(a, b) -> float:
    r = (to_uint32(a) * to_uint32(b)) & 0xFFFFFFFF
    return float(r - 0x100000000 if r & 0x80000000 else r)


class XorShift128Plus:
    """V8's Math.random generator (xorshift128+), deterministically seeded."""

    __slots__ = ("s0", "s1")

    def __init__(self, seed=RANDOM_SEED):
        self.s0, self.s1 = seed

    def next_double(self) -> float:
        s1 = self.s0
        s0 = self.s1
        self.s0 = s0
        s1 ^= (s1 << 23) & MASK64
        s1 ^= s1 >> 17
        s1 ^= s0
        s1 ^= s0 >> 26
        self.s1 = s1
        bits = (self.s0 >> 12) | 0x3FF0000000000000
        return struct.unpack("<d", struct.pack("<Q", bits))[0] - 1.0


def install(realm) -> None:
    M = realm.new_object()
    realm.intrinsics["Math"] = M
    rng = XorShift128Plus()
    realm.intrinsics["%MathRandom%"] = rng  # type: ignore[assignment]

    def one(name, f):
        realm.method(M, name, lambda this, args: f(to_number(arg(args, 0))), 1)

    one("abs", abs)
    one("acos", libm.acos)
    one("acosh", libm.acosh)
    one("asin", libm.asin)
    one("asinh", libm.asinh)
    one("atan", libm.atan)
    one("atanh", libm.atanh)
    realm.method(M, "atan2", lambda this, args: libm.atan2(to_number(arg(args, 0)), to_number(arg(args, 1))), 2)
    one("ceil", js_ceil)
    one("cbrt", libm.cbrt)
    one("expm1", libm.expm1)
    realm.method(M, "clz32", lambda this, args: js_clz32(arg(args, 0)), 1)
    one("cos", libm.cos)
    one("cosh", libm.cosh)
    one("exp", libm.exp)
    one("floor", js_floor)
    one("fround", js_fround)
    realm.method(M, "hypot", lambda this, args: js_hypot([to_number(a) for a in args]), 2)
    realm.method(M, "imul", lambda this, args: js_imul(arg(args, 0), arg(args, 1)), 2)
    one("log", libm.log)
    one("log1p", libm.log1p)
    one("log2", libm.log2)
    one("log10", libm.log10)
    realm.method(M, "max", lambda this, args: js_max([to_number(a) for a in args]), 2)
    realm.method(M, "min", lambda this, args: js_min([to_number(a) for a in args]), 2)
    realm.method(M, "pow", lambda this, args: js_pow(to_number(arg(args, 0)), to_number(arg(args, 1))), 2)
    realm.method(M, "random", lambda this, args: rng.next_double(), 0)
    one("round", js_round)
    one("sign", js_sign)
    one("sin", libm.sin)
    one("sinh", libm.sinh)
    one("sqrt", lambda x: math.sqrt(x) if x >= 0 or x != x else (x if x == 0 else NAN))
    one("tan", libm.tan)
    one("tanh", libm.tanh)
    one("trunc", js_trunc)
    for name, v in (("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)),
                    ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634), ("PI", math.pi),
                    ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2))):
        realm.value(M, name, v, 0)
    realm.to_string_tag(M, "Math")
    realm.define_global("Math", M)
