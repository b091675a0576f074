package shallowlab.guide;

import java.util.ArrayList;
import java.util.List;
import shallowlab.experiment.Account;
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

    /**
     * The guide's view. Its trials cost no one's budget: they are a fixed, small set, trained once at start-up
     * (App's warm-up asks for every guide page) or by the first reader, and cached for everyone after.
     */
    public View view(Guide guide) {
        List<Run> done = guide.trials().stream().map(t -> runs.run(t.experiment(), Account.FREE)).toList();
        List<Row> rows = new ArrayList<>();
        for (Measure m : guide.measures()) rows.add(new Row(m.label(), m.key(), done.stream().map(m::of).toList()));
        List<DerivativePlot> plots = new ArrayList<>();
        if (guide.plotsDerivatives()) {
            for (int i = 0; i < done.size(); i++) plots.add(DerivativePlot.of(guide.trials().get(i).label(), done.get(i)));
        }
        return new View(guide, rows, plots);
    }
}
