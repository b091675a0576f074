package shallowlab.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
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

    /** Each finite value to {@code digits} significant digits (the nearest double to that decimal); others as they are. */
    static double[] significant(double[] v, int digits) {
        if (v == null) return null;
        MathContext context = new MathContext(digits);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++)
            out[i] = Double.isFinite(v[i]) && v[i] != 0 ? new BigDecimal(v[i]).round(context).doubleValue() : v[i];
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
