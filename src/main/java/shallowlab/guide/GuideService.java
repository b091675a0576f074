package shallowlab.guide;

import java.util.ArrayList;
import java.util.List;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunService;

/** Runs a guide's trials (through the shared run cache, so a button then opens a run already done) and measures them. */
public final class GuideService {
    private final RunService runs;

    public GuideService(RunService runs) { this.runs = runs; }

    /** One row of a guide's table: a measure and its value for each trial, in trial order. */
    public record Row(String label, String key, List<String> values) {}

    /** What a guide page shows besides its text: the measured table and, if the guide has them, the plots. */
    public record View(Guide guide, List<Row> rows, List<DerivativePlot> plots) {}

    /** The guide's view; its trials count against {@code client}'s rate like any run. */
    public View view(Guide guide, String client) {
        List<Run> done = guide.trials().stream().map(t -> runs.run(t.experiment(), client)).toList();
        List<Row> rows = new ArrayList<>();
        for (Measure m : guide.measures()) rows.add(new Row(m.label(), m.key(), done.stream().map(m::of).toList()));
        List<DerivativePlot> plots = new ArrayList<>();
        if (guide.plotsDerivatives()) {
            for (int i = 0; i < done.size(); i++) plots.add(DerivativePlot.of(guide.trials().get(i).label(), done.get(i)));
        }
        return new View(guide, rows, plots);
    }
}
