package shallowlab.web;

import io.javalin.http.Context;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunService;

/** The run service as seen from a request: runs are counted against the asking client's address. */
public final class RequestRuns {
    private final RunService runs;
    private final boolean trustProxy;

    public RequestRuns(RunService runs, boolean trustProxy) {
        this.runs = runs;
        this.trustProxy = trustProxy;
    }

    /** The run of {@code e}; throws {@link shallowlab.experiment.RunRefused} when the server won't run it now. */
    public Run run(Context ctx, Experiment e) {
        return runs.run(e, client(ctx));
    }

    public RunService service() { return runs; }

    /** Who is asking, for the per-client rate. */
    public String client(Context ctx) { return Clients.address(ctx, trustProxy); }
}
