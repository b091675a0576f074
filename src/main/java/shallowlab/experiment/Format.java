package shallowlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the pages write a run's numbers: one place, so the lab, compare and the guides show the same text. */
public final class Format {
    private Format() {}

    /** Six decimals, like the notebook's prints; a cost blown up by divergence in scientific notation. */
    public static String cost(double c) {
        return String.format(Locale.ROOT, Math.abs(c) < 1e5 ? "%.6f" : "%.4e", c);
    }

    /** Six decimals, whatever the size: "0.693147". */
    public static String fixed(double v) { return String.format(Locale.ROOT, "%.6f", v); }

    /** One significant decimal in scientific notation: "2.4e-04". */
    public static String scientific(double v) { return String.format(Locale.ROOT, "%.1e", v); }

    /** Three significant digits, without an exponent: "1000", "15.4", "0.0123". */
    public static String plain(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** "89.25 %", "100 %": a fraction 0..1 as a percentage with two decimals, none when they are zeros. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * fraction).replace(".00 %", " %");
    }

    /** "12 ms" below a second, "1.25 s" above. */
    public static String millis(double ms) {
        return ms < 1000 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    /** "25 %" for one hidden layer; "25 % · 0 %" for several, first layer first. */
    public static String perLayer(double[] fractions) {
        List<String> parts = new ArrayList<>();
        for (double f : fractions) parts.add(wholePercent(f));
        return String.join(" · ", parts);
    }

    /** "25 %", to the whole percent; a no-break space, so a line wraps between values, never before a %. */
    public static String wholePercent(double fraction) {
        return String.format(Locale.ROOT, "%.0f\u00a0%%", 100 * fraction);
    }
}
