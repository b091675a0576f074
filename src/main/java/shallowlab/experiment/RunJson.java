package shallowlab.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shallowlab.data.Dataset;
import shallowlab.nn.Parameters;
import shallowlab.nn.Snapshots;
import shallowlab.nn.TrainingResult;

/**
 * A run as the API's JSON, in the field order of docs/ARCHITECTURE.md ("Public contracts"). Series are indexed by record r ({@code iterations[r]}
 * updates done); accuracies are fractions 0..1; {@code testAccuracy} is null without a test set; W[l] is
 * n_l rows × n_(l−1) columns. Non-finite numbers (a diverged run) are written as null. {@code dataPoints} is the count
 * of points the run used, train and test: for uploaded data the upload's own, where config's {@code points} (and
 * {@code noise}) are inactive and keep their defaults; {@code dataName} the name of the file those points were first
 * uploaded under (null for generated data and drawn points).
 */
@JsonPropertyOrder({"config", "link", "dataPoints", "dataName", "iterations", "cost", "costMin", "costMax", "trainAccuracy", "testAccuracy", "gradientNorms",
        "saturation", "deadUnits", "saturatedUnits", "distinctUnits", "diverged", "final", "boundary", "data", "parameters",
        "snapshots", "trainingMillis"})
public record RunJson(Map<String, Object> config, String link, int dataPoints, String dataName, int[] iterations, List<Double> cost, List<Double> costMin, List<Double> costMax,
                      List<Double> trainAccuracy, List<Double> testAccuracy, List<List<Double>> gradientNorms,
                      List<List<Double>> saturation, List<Double> deadUnits, List<Double> saturatedUnits, int distinctUnits, Integer diverged,
                      @JsonProperty("final") Last last, BoundaryJson boundary, Data data, Weights parameters,
                      SnapshotsJson snapshots, double trainingMillis) {

    /** The values at the last record: the numbers a learner compares with the notebook. */
    @JsonPropertyOrder({"cost", "trainAccuracy", "testAccuracy", "iterations"})
    public record Last(Double cost, Double trainAccuracy, Double testAccuracy, int iterations) {}

    @JsonPropertyOrder({"xMin", "xMax", "yMin", "yMax", "size", "values"})
    public record BoundaryJson(double xMin, double xMax, double yMin, double yMax, int size, List<Double> values) {}

    @JsonPropertyOrder({"x1", "x2", "label"})
    public record Points(double[] x1, double[] x2, int[] label) {}

    @JsonPropertyOrder({"train", "test"})
    public record Data(Points train, Points test) {}

    @JsonPropertyOrder({"W", "b"})
    public record Layers(@JsonProperty("W") List<List<List<Double>>> W, @JsonProperty("b") List<List<Double>> b) {}

    @JsonPropertyOrder({"initial", "final"})
    public record Weights(Layers initial, @JsonProperty("final") Layers last) {}

    /** {@code parameters[i]}: the weights and biases after {@code iterations[i]} updates, as in {@link Weights}. */
    @JsonPropertyOrder({"iterations", "parameters"})
    public record SnapshotsJson(int[] iterations, List<Layers> parameters) {}

    /** The JSON view of {@code run}, every number exact: the API's. */
    public static RunJson of(Run run) { return of(run, Precision.EXACT); }

    /**
     * How many digits the plotted values keep. EXACT: all (the API). PICTURE: what a page's pictures need, about half
     * the bytes: series to 9 significant digits (a flat cost's change of 1e-7 still reads right), the boundary's
     * outputs (0…1) and the points' coordinates to 4 decimals (a thousandth of a pixel on these plots). The numbers
     * a page states ({@code final}, config) and the weights and snapshots (the page recomputes units from them) stay exact.
     */
    public enum Precision {
        EXACT, PICTURE;

        List<Double> series(double[] v) { return this == EXACT ? Finite.of(v) : Finite.of(Numbers.significant(v, 9)); }

        List<List<Double>> series(double[][] m) { return m == null ? null : Arrays.stream(m).map(this::series).toList(); }

        double[] decimals(double[] v) { return this == EXACT ? v : Numbers.decimals(v, 4); }
    }

    /** The JSON view of {@code run}, its plotted values to {@code p}'s digits. */
    public static RunJson of(Run run, Precision p) {
        TrainingResult r = run.result();
        Experiment e = run.experiment();
        return new RunJson(config(e), e.link(), run.points(), run.dataName(), r.iterations(), p.series(r.cost()), p.series(r.costMin()),
                p.series(r.costMax()), p.series(r.trainAccuracy()),
                p.series(r.testAccuracy()), p.series(r.gradientNorms()), p.series(r.saturation()), Finite.of(r.deadUnits()),
                Finite.of(r.saturatedUnits()), r.distinctUnits(), r.diverged(), last(r), boundary(run.boundary(), p),
                new Data(points(run.split().train(), p), points(run.split().test(), p)),
                new Weights(layers(r.initial()), layers(r.trained())), snapshots(r.snapshots()), r.trainingMillis());
    }

    /** This JSON without the data points, the weights and the snapshots (null), for views that list many runs. */
    public RunJson withoutDataAndParameters() {
        return withDataAndParameters(null, null, null);
    }

    /** This JSON without the initial and final weights (null): the final ones are the last snapshot's. */
    public RunJson withoutParameters() {
        return withDataAndParameters(data, null, snapshots);
    }

    /** This JSON with these points, weights and snapshots: the one place that copies every component. */
    public RunJson withDataAndParameters(Data points, Weights weights, SnapshotsJson kept) {
        return new RunJson(config, link, dataPoints, dataName, iterations, cost, costMin, costMax, trainAccuracy, testAccuracy, gradientNorms, saturation,
                deadUnits, saturatedUnits, distinctUnits, diverged, last, boundary, points, weights, kept,
                trainingMillis);
    }

    /** Every parameter in table order, typed as in the link: keys for choices, a list for hidden, numbers. */
    public static Map<String, Object> config(Experiment e) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (Param p : Param.values()) config.put(p.key(), p.json(e));
        return config;
    }

    private static Last last(TrainingResult r) {
        int n = r.iterations().length - 1;
        Double test = r.testAccuracy() == null ? null : Finite.of(r.testAccuracy()[n]);
        return new Last(Finite.of(r.cost()[n]), Finite.of(r.trainAccuracy()[n]), test, r.iterations()[n]);
    }

    private static BoundaryJson boundary(Boundary b, Precision p) {
        return new BoundaryJson(b.xMin(), b.xMax(), b.yMin(), b.yMax(), b.size(), Finite.of(p.decimals(b.values())));
    }

    private static SnapshotsJson snapshots(Snapshots s) {
        return new SnapshotsJson(s.iterations(), Arrays.stream(s.parameters()).map(RunJson::layers).toList());
    }

    private static Points points(Dataset d, Precision p) {
        return new Points(p.decimals(d.x1()), p.decimals(d.x2()), d.label());
    }

    private static Layers layers(Parameters p) { return new Layers(Finite.of(p.W()), Finite.of(p.b())); }
}
