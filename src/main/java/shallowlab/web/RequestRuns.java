package shallowlab.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
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

    /**
     * Who pays for what this request asks: its browser inside its address. A page asked for without a cookie (a
     * first visit: a class opening the links of a worksheet) pays from the browser id its answer sets, so first
     * visits don't share one budget; every other request without a cookie (API clients, scripts, a POST) pays from
     * the one budget its address's cookieless clients share.
     */
    public Account account(Context ctx) {
        boolean page = ctx.method() == HandlerType.GET && !ctx.path().startsWith("/api/");
        return runs.budgets().of(clients.address(ctx), page ? clients.browserOrNew(ctx) : clients.browser(ctx));
    }

    /** Who is asking, by address and browser. */
    public Clients clients() { return clients; }
}
