package shallowlab.experiment;

import shallowlab.data.Dataset;
import shallowlab.data.Split;
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

    /** The points of a run, one row each: {@code set,x1,x2,label} with set {@code train} or {@code test}. */
    public static String dataset(Split split) {
        StringBuilder csv = new StringBuilder("set,x1,x2,label\r\n");
        rows(csv, "train", split.train());
        rows(csv, "test", split.test());
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String set, Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            csv.append(set).append(',').append(d.x1()[i]).append(',').append(d.x2()[i]).append(',')
                    .append(d.label()[i]).append("\r\n");
        }
    }

    /** A file name that says what was run, e.g. {@code shallow-lab-flower-tanh-4x3-series.csv}. */
    public static String filename(Experiment e, String what, String extension) {
        return filename(e, null, what, extension);
    }

    /**
     * The same, naming uploaded points by their file's name and their id's first six digits when they have a name
     * ({@code dataName}, null for none), e.g. {@code shallow-lab-week-3-moons-4dc2cc-tanh-4-series.csv} for
     * "Week 3 moons.csv": a teacher's downloads from several files stay told apart. Otherwise the data's key.
     */
    public static String filename(Experiment e, String dataName, String what, String extension) {
        String hidden = String.join("x", e.hidden().stream().map(String::valueOf).toList());
        return "shallow-lab-" + dataPart(e.dataset(), dataName) + "-" + e.activation().key() + "-" + hidden + "-" + what
                + "." + extension;
    }

    /**
     * How a file name names the data: a generator's key; uploaded points by their file's name (its extension dropped,
     * lower-case ASCII letters and digits, other runs of characters as one '-', at most 40) and their id's first six
     * digits, or by {@code custom-<id>} when they have no name (or none of its letters survive).
     */
    public static String dataPart(DataSource data, String dataName) {
        String key = data.key().replace(':', '-');
        if (dataName == null || !data.isCustom()) return key;
        String stem = dataName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").toLowerCase(java.util.Locale.ROOT);
        String slug = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) slug = slug.substring(0, 40).replaceAll("-$", "");
        return slug.isEmpty() ? key : slug + "-" + data.customId().substring(0, 6);
    }
}
