package shallowlab.web;

import io.javalin.http.Context;
import shallowlab.experiment.Account;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunService;

/** The run service as seen from a request: fresh runs are paid from the asking browser's and address's budgets. */
public final class RequestRuns {
    private final RunService runs;
    private final Clients clients;

    public RequestRuns(RunService runs, Clients clients) {
        this.runs = runs;
        this.clients = clients;
    }

    /** The run of {@code e}; throws {@link shallowlab.experiment.RunRefused} when the server won't run it now. */
    public Run run(Context ctx, Experiment e) {
        return runs.run(e, account(ctx));
    }

    public RunService service() { return runs; }

    /** Who pays for what this request asks: its browser (the cookie it sent back, if any) inside its address. */
    public Account account(Context ctx) { return runs.budgets().of(clients.address(ctx), clients.browser(ctx)); }

    /** Who is asking, by address and browser. */
    public Clients clients() { return clients; }
}
