package shallowlab.web.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shallowlab.nn.Parameters;

/**
 * The final weights and biases as tables for the page without JavaScript: one per layer, W[l] (n_l × n_(l−1)) with
 * b[l] as its last column. Networks of more than {@link #MAX_NUMBERS} numbers get none (the JSON download has them).
 */
record WeightsTable(String caption, List<String> inputs, List<Row> rows) {
    static final int MAX_NUMBERS = 1500;

    /** Unit j's weights w_j1 … w_jn and its bias, to four significant digits. */
    record Row(List<String> weights, String bias) {}

    static List<WeightsTable> of(Parameters p) {
        if (p.count() > MAX_NUMBERS) return List.of();
        List<WeightsTable> tables = new ArrayList<>();
        for (int l = 0; l < p.layers(); l++) {
            double[][] w = p.W()[l];
            boolean output = l == p.layers() - 1;
            List<String> inputs = new ArrayList<>();
            for (int k = 0; k < w[0].length; k++) inputs.add(l == 0 ? "x" + (k + 1) : "a" + (k + 1));
            List<Row> rows = new ArrayList<>();
            for (int j = 0; j < w.length; j++) {
                List<String> cells = new ArrayList<>();
                for (double v : w[j]) cells.add(number(v));
                rows.add(new Row(cells, number(p.b()[l][j])));
            }
            String name = output ? "output" : "hidden layer " + (l + 1);
            tables.add(new WeightsTable("W[" + (l + 1) + "] (" + w.length + " × " + w[0].length + ") and b[" + (l + 1)
                    + "], " + name, inputs, rows));
        }
        return tables;
    }

    private static String number(double v) { return String.format(Locale.ROOT, "%.4g", v); }
}
