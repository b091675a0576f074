package shallowlab.experiment;

import shallowlab.nn.TrainingResult;

/**
 * The recorded series of a run as CSV, one row per record r:
 * {@code iteration,cost,trainAccuracy,testAccuracy,gradNormW1,...,gradNormW{L}}, where gradNormW{l} = ‖dW[l]‖_F
 * (layer L is the output). The testAccuracy cell is empty without a test set. Numbers read back exactly.
 */
public final class RunCsv {
    private RunCsv() {}

    /** The CSV text, lines ending in CRLF (RFC 4180). */
    public static String of(TrainingResult r) {
        int layers = r.gradientNorms().length;
        StringBuilder csv = new StringBuilder("iteration,cost,trainAccuracy,testAccuracy");
        for (int l = 1; l <= layers; l++) csv.append(",gradNormW").append(l);
        csv.append("\r\n");
        for (int i = 0; i < r.iterations().length; i++) {
            csv.append(r.iterations()[i]).append(',').append(r.cost()[i]).append(',').append(r.trainAccuracy()[i])
                    .append(',');
            if (r.testAccuracy() != null) csv.append(r.testAccuracy()[i]);
            for (double[] norms : r.gradientNorms()) csv.append(',').append(norms[i]);
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** A file name that says what was run, e.g. {@code shallow-lab-flower-tanh-4x3.csv}. */
    public static String filename(Experiment e) {
        String hidden = String.join("x", e.hidden().stream().map(String::valueOf).toList());
        return "shallow-lab-" + e.dataset().key() + "-" + e.activation().key() + "-" + hidden + ".csv";
    }
}
