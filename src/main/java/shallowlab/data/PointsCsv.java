package shallowlab.data;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Points as CSV. Reads the header {@code x1,x2,label}, or the lab's own export {@code set,x1,x2,label} (every
 * row, train and test, is a point, in file order: the set is checked and counted, never used); lines end in LF or CRLF, cells may have spaces around them. Labels are 0 or
 * 1, at least {@value #MIN_PER_CLASS} points of each; coordinates are finite decimals with |x| ≤ {@value #MAX_ABS}; at most {@value #MAX_POINTS}
 * points. Writes {@code x1,x2,label} with numbers that read back exactly.
 */
public final class PointsCsv {
    public static final int MAX_POINTS = 2000;
    public static final double MAX_ABS = 1e6;
    /** Points of each label an upload needs at least. */
    public static final int MIN_PER_CLASS = 2;
    static final List<String> PLAIN = List.of("x1", "x2", "label");
    static final List<String> EXPORT = List.of("set", "x1", "x2", "label");
    /** A decimal number, as people and Double.toString write them; no NaN, Infinity, hex or type suffix. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PointsCsv() {}

    /** A file that can't be read as points: {@code getMessage()} is "line N: what is wrong" (or the whole file's fault). */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(int line, String problem) { super(line > 0 ? "line " + line + ": " + problem : problem); }
    }

    /**
     * What a file held: its points and, when it had a {@code set} column, how many rows it marked train and test
     * ({@code sets} null without one). The marks don't reach the points: two files that differ only there are the
     * same points, with the same id.
     */
    public record Contents(Dataset points, Sets sets) {}

    /** The rows a {@code set} column marked {@code train} and {@code test}. */
    public record Sets(int train, int test) {}

    /** The points of {@code text}; throws {@link Invalid} naming the first bad line. */
    public static Dataset read(String text) { return contents(text).points(); }

    /** The points of {@code text} and its set column's counts; throws {@link Invalid} naming the first bad line. */
    public static Contents contents(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) last--;
        if (last == 0) throw new Invalid(0, "the file is empty: its first line must be the header x1,x2,label");
        List<String> header = cells(lines[0]).stream().map(String::toLowerCase).toList();
        if (!header.equals(PLAIN) && !header.equals(EXPORT)) {
            throw new Invalid(1, "the header must be x1,x2,label (or set,x1,x2,label), got '" + lines[0].strip() + "'");
        }
        if (last - 1 > MAX_POINTS) throw new Invalid(MAX_POINTS + 2, "more than " + MAX_POINTS + " points, the limit");
        if (last == 1) throw new Invalid(2, "no points after the header");
        int m = last - 1;
        double[] x1 = new double[m], x2 = new double[m];
        int[] label = new int[m];
        int tests = 0;
        for (int i = 0; i < m; i++) if (row(lines[i + 1], i + 2, header, i, x1, x2, label)) tests++;
        requireBothClasses(label);
        return new Contents(new Dataset(x1, x2, label), header.equals(EXPORT) ? new Sets(m - tests, tests) : null);
    }

    /** {@code x1,x2,label} with CRLF line ends; each number is Double.toString's, which reads back to the same bits. */
    public static String write(Dataset d) {
        StringBuilder csv = new StringBuilder("x1,x2,label\r\n");
        for (int i = 0; i < d.size(); i++) {
            csv.append(d.x1()[i]).append(',').append(d.x2()[i]).append(',').append(d.label()[i]).append("\r\n");
        }
        return csv.toString();
    }

    /** Reads row i into x1, x2 and label; says whether its set (if the file has one) is {@code test}. */
    private static boolean row(String text, int line, List<String> header, int i, double[] x1, double[] x2, int[] label) {
        List<String> cells = cells(text);
        if (cells.size() != header.size()) {
            throw new Invalid(line, "expected " + header.size() + " values (" + String.join(",", header) + "), got "
                    + cells.size());
        }
        int first = header.size() - 3;
        if (first == 1 && !cells.get(0).equals("train") && !cells.get(0).equals("test")) {
            throw new Invalid(line, "set must be train or test, got '" + cells.get(0) + "'");
        }
        x1[i] = coordinate(cells.get(first), "x1", line);
        x2[i] = coordinate(cells.get(first + 1), "x2", line);
        String y = cells.get(first + 2);
        if (!y.equals("0") && !y.equals("1")) throw new Invalid(line, "label must be 0 or 1, got '" + y + "'");
        label[i] = y.charAt(0) - '0';
        return first == 1 && cells.get(0).equals("test");
    }

    private static double coordinate(String cell, String name, int line) {
        if (!DECIMAL.matcher(cell).matches()) throw new Invalid(line, name + " is not a number: '" + cell + "'");
        double x = Double.parseDouble(cell);
        if (!(Math.abs(x) <= MAX_ABS)) {
            throw new Invalid(line, name + " must be a number from -1000000 to 1000000, got " + cell);
        }
        return x;
    }

    /**
     * At least {@value #MIN_PER_CLASS} points of each label: a test share (up to half of each class, rounded) then
     * always leaves each class a training point.
     */
    private static void requireBothClasses(int[] label) {
        int ones = 0;
        for (int y : label) ones += y;
        int zeros = label.length - ones;
        if (ones == 0 || zeros == 0) {
            String which = label.length == 1 ? "the only point has" : "all " + label.length + " points have";
            throw new Invalid(0, which + " label " + label[0] + ": both classes, 0 and 1, must be present, at least "
                    + MIN_PER_CLASS + " points of each");
        }
        if (Math.min(ones, zeros) < MIN_PER_CLASS) {
            throw new Invalid(0, "only " + Math.min(ones, zeros) + " point has label " + (ones < zeros ? 1 : 0)
                    + ": at least " + MIN_PER_CLASS + " points of each class are needed, so that a test share leaves"
                    + " each class a training point");
        }
    }

    private static List<String> cells(String line) {
        return java.util.Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }
}
