/* x87 comparisons: the ordering of two 80-bit values with the invalid-
 * operation rules of FCOM (any NaN) and FUCOM (signaling NaNs only). */
#include "fpu_float80.h"

enum f80_order f80_compare(struct f80_ctx *x, fpu_reg a, fpu_reg b, int quiet) {
    enum f80_class ka = f80_classify(a), kb = f80_classify(b);
    if (ka == FC_UNSUPPORTED || kb == FC_UNSUPPORTED) {
        x->flags |= FSW_IE;
        return FO_UNORDERED;
    }
    if (f80_is_nan(ka) || f80_is_nan(kb)) {
        if (!quiet || ka == FC_SNAN || kb == FC_SNAN)
            x->flags |= FSW_IE;
        return FO_UNORDERED;
    }
    if (ka == FC_DENORMAL || kb == FC_DENORMAL || x->denormal_in)
        x->flags |= FSW_DE;
    if (ka == FC_ZERO && kb == FC_ZERO)
        return FO_EQUAL;
    int sa = f80_sign(a), sb = f80_sign(b);
    if (ka == FC_ZERO)
        return sb ? FO_GREATER : FO_LESS;
    if (kb == FC_ZERO)
        return sa ? FO_LESS : FO_GREATER;
    if (sa != sb)
        return sa ? FO_LESS : FO_GREATER;
    int cmp; /* magnitude order */
    if (ka == FC_INF || kb == FC_INF) {
        cmp = (ka == FC_INF) - (kb == FC_INF);
    } else {
        struct f80_unpacked ua = f80_unpack(a), ub = f80_unpack(b);
        if (ua.exp != ub.exp)
            cmp = ua.exp < ub.exp ? -1 : 1;
        else
            cmp = ua.mant < ub.mant ? -1 : ua.mant > ub.mant;
    }
    if (cmp == 0)
        return FO_EQUAL;
    return (cmp < 0) != sa ? FO_LESS : FO_GREATER;
}
