package shallowlab.experiment;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Strict number syntax for query values, and the canonical text of a number. */
final class Numbers {
    /** Decimal notation only: no hex, no NaN or Infinity, no type suffixes such as "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

    private Numbers() {}

    /** The finite number {@code text} denotes, or null when it is not a finite decimal number. */
    static Double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) return null;
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? d : null;
    }

    /** The integer {@code text} denotes (digits only, at most 18 of them), or null. */
    static Long whole(String text) {
        return WHOLE.matcher(text).matches() ? Long.parseLong(text) : null;
    }

    /**
     * The shortest text that reads back as {@code d}, in plain notation and without a trailing ".0":
     * 0.2 → "0.2", 1.0E-4 → "0.0001", 400.0 → "400", -0.0 → "0".
     */
    static String format(double d) {
        if (d == 0) return "0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /**
     * Each finite value to {@code digits} significant digits: rint(v·10^s)/10^s with s = digits − 1 − ⌊log10|v|⌋,
     * which is the double nearest that decimal up to the rounding of v·10^s (within a unit of the last digit kept);
     * others as they are. A few nanoseconds a value, where BigDecimal's exact expansion took a microsecond.
     */
    static double[] significant(double[] v, int digits) {
        if (v == null) return null;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i];
            if (!Double.isFinite(d) || d == 0) {
                out[i] = d;
                continue;
            }
            int shift = digits - 1 - (int) Math.floor(Math.log10(Math.abs(d)));
            if (shift > 300 || shift < -300) {
                out[i] = d;   // 10^shift would overflow: such values are too rare to matter
                continue;
            }
            double scale = Math.pow(10, Math.abs(shift));
            out[i] = shift >= 0 ? Math.rint(d * scale) / scale : Math.rint(d / scale) * scale;
        }
        return out;
    }

    /** Each value to {@code places} decimals: round(v·10^places)/10^places, the double nearest that decimal. */
    static double[] decimals(double[] v, int places) {
        if (v == null) return null;
        double scale = Math.pow(10, places);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Double.isFinite(v[i]) ? Math.rint(v[i] * scale) / scale : v[i];
        return out;
    }
}
