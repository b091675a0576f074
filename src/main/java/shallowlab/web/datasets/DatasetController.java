package shallowlab.web.datasets;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetId;
import shallowlab.data.PointsCsv;
import shallowlab.experiment.DataSource;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.RateLimiter;
import shallowlab.experiment.RunCsv;
import shallowlab.store.DatasetStore;
import shallowlab.store.StoreFullException;
import shallowlab.web.Controller;
import shallowlab.web.HttpProblem;
import shallowlab.web.RequestRuns;
import shallowlab.web.RouteKeys;
import shallowlab.web.SameOrigin;
import shallowlab.web.lab.ApiController;

/**
 * {@code POST /api/datasets} (a CSV of points, see {@link PointsCsv}) stores the points under their content id and
 * answers 201 with the link of the default experiment on them; {@code GET /api/datasets/{id}.csv} gives them back.
 * Uploads of new points are rate-limited per browser (its cookie; browsers without one share their address's) inside
 * a larger limit per address, as runs are ({@link shallowlab.experiment.Budgets}); points already stored cost nothing,
 * a refused file only the address's share. Bodies are capped at {@value UploadLimits#MAX_BYTES} bytes (this route
 * only) and the store's datasets in number. The optional query key {@code name} (the file's name) is kept beside
 * the points.
 */
public final class DatasetController implements Controller {
    public static final String PATH = "/api/datasets";
    private final DatasetStore store;
    private final RequestRuns clients;
    private final RateLimiter browsers, addresses;

    /**
     * The answer to an upload, fields in this order; {@code notes} says what of the file was read but not used (empty
     * when nothing was), for the page to show; {@code name} is the name the points are stored under (null: none),
     * the first one given for them, which may not be this upload's.
     */
    public record Uploaded(String id, String dataset, int points, String link, List<String> notes, String name) {}

    public DatasetController(DatasetStore store, RequestRuns clients, UploadLimits limits) {
        this.store = store;
        this.clients = clients;
        this.browsers = new RateLimiter(limits.perMinute(), limits.burst(), System::nanoTime,
                "too many uploads from this browser; wait %d s (points already uploaded are not counted)");
        this.addresses = new RateLimiter(limits.perMinute() * UploadLimits.PER_ADDRESS,
                limits.burst() * UploadLimits.PER_ADDRESS, System::nanoTime,
                "too many uploads from your network's address; wait %d s (points already uploaded are not counted)");
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post(PATH, this::upload);
        routes.get(PATH + "/{file}", this::download);
    }

    void upload(Context ctx) {
        SameOrigin.require(ctx, "uploads");
        requireCsv(ctx);
        RouteKeys.require(ctx, List.of("name"));
        String name = name(ctx.queryParam("name"));
        String address = clients.clients().address(ctx), browser = clients.clients().browser(ctx);
        String browserKey = browser == null ? "no-cookie@" + address : browser;
        // The address pays before the body is read (reading and parsing are the work a flood would cost); the browser
        // pays only for new points stored. Points stored already cost nothing (uploading them again changes nothing),
        // and a refused file costs only the address's share, ten times a browser's: a learner mending a file is
        // not locked out, and a browser past its rate can still open points it uploaded before.
        addresses.take(address, 1);
        PointsCsv.Contents file;
        try {
            file = PointsCsv.contents(body(ctx));
        } catch (PointsCsv.Invalid invalid) {
            throw new HttpProblem(400, Map.of("csv", invalid.getMessage()));
        }
        Dataset points = file.points();
        boolean storedBefore = store.find(DatasetId.of(points)).isPresent();
        if (storedBefore) {
            addresses.refund(address, 1);
        } else {
            try {
                browsers.take(browserKey, 1);
            } catch (RuntimeException refused) {
                addresses.refund(address, 1);
                throw refused;
            }
        }
        String id;
        try {
            id = store.save(points, name);
        } catch (StoreFullException full) {
            browsers.refund(browserKey, 1);
            addresses.refund(address, 1);
            throw new HttpProblem(507, Map.of("store", full.getMessage()));
        }
        String kept = store.name(id).orElse(null);
        DataSource source = DataSource.custom(id);
        String link = Experiment.DEFAULTS.with("dataset", source.key()).experiment().link();
        ctx.status(HttpStatus.CREATED).header("Location", PATH + "/" + id + ".csv")
                .json(new Uploaded(id, source.key(), points.size(), link, notes(file, storedBefore ? name : null, kept), kept));
    }

    /**
     * The optional {@code name} query key: the file's name, shown beside the id to tell uploads apart. Blank is none;
     * over {@value DatasetStore#MAX_NAME} characters or with control characters, 400 naming {@code name}.
     */
    static String name(String given) {
        if (given == null || given.isBlank()) return null;
        if (given.length() > DatasetStore.MAX_NAME) {
            throw new HttpProblem(400, Map.of("name", "is " + given.length() + " characters long; at most "
                    + DatasetStore.MAX_NAME + ": rename the file"));
        }
        if (given.chars().anyMatch(DatasetController::breaksALine)) {
            throw new HttpProblem(400, Map.of("name", "must not contain control characters (tabs, line breaks)"));
        }
        return given;
    }

    /** A control character, or Unicode's line and paragraph separators (U+2028, U+2029), which break a line too. */
    private static boolean breaksALine(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * What the file said that the points don't keep. Decision: a {@code set} column is read (each value must be train
     * or test) but not used, so the lab's own data.csv uploads as its points, and the split stays the test share's
     * ({@code testFraction}, a public key); the marks would otherwise be dropped without a word. Points stored before
     * under another name ({@code renamed}: this upload's name, null when new) keep theirs ({@code kept}), also said.
     */
    static List<String> notes(PointsCsv.Contents file, String renamed, String kept) {
        List<String> notes = new ArrayList<>();
        PointsCsv.Sets sets = file.sets();
        if (sets != null) notes.add(setColumnNote(file, sets));
        if (renamed != null && !renamed.equals(kept)) {
            notes.add("These points were uploaded before " + (kept == null ? "without a name, and keep none" : "as “" + kept
                    + "”, and keep that name") + ": the same points have one id, so one name.");
        }
        return notes;
    }

    private static String setColumnNote(PointsCsv.Contents file, PointsCsv.Sets sets) {
        return "Your file's set column (" + sets.train() + " train, " + sets.test() + " test) was not used: all "
                + file.points().size() + " rows are points, and the Test share (testFraction) splits them. To keep a"
                + " run's own split, take its points with Edit these points (or " + ApiController.POINTS_PATH + ") and keep"
                + " its Test share and Data seed.";
    }

    void download(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : "";
        Dataset points = store.find(id).orElseThrow(() -> new HttpProblem(404,
                Map.of("id", "no uploaded dataset is at " + PATH + "/" + file + " (ids are 16 hex digits, then .csv)")));
        ctx.contentType("text/csv; charset=utf-8");
        String named = RunCsv.dataPart(DataSource.custom(id), store.name(id).orElse(null));
        ctx.header("Content-Disposition", "attachment; filename=\"shallow-lab-" + named + ".csv\"");
        ctx.result(PointsCsv.write(points));
    }

    /** The body as text, read here rather than through the app's 64 KB cap; past {@value UploadLimits#MAX_BYTES}, 413. */
    private static String body(Context ctx) {
        try {
            var in = ctx.req().getInputStream();
            if (ctx.req().getContentLengthLong() > UploadLimits.MAX_BYTES) throw tooLarge(in);
            byte[] bytes = in.readNBytes(UploadLimits.MAX_BYTES + 1);
            if (bytes.length > UploadLimits.MAX_BYTES) throw tooLarge(in);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 413 of a file over the cap, once the rest of a body of a few MB has been read and dropped: a client still
     * sending when the server answered and closed saw the connection reset, not the message (a browser's upload read
     * "the upload failed"). A larger body is answered at once.
     */
    private static HttpProblem tooLarge(InputStream rest) {
        byte[] buffer = new byte[8192];
        long left = UploadLimits.DRAIN_BYTES;
        try {
            for (int n; left > 0 && (n = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) left -= n;
        } catch (IOException gone) {
            // the client stopped sending: the answer goes out all the same
        }
        return tooLarge();
    }

    private static void requireCsv(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
            throw new HttpProblem(415, Map.of("body", "must be CSV text (Content-Type: text/csv)"));
        }
    }

    /** The 413 of a file over the cap: its field and message, the same whether its size was declared or not. */
    public static final Map.Entry<String, String> TOO_LARGE = Map.entry("csv", "the file is over "
            + UploadLimits.MAX_BYTES / 1024 + " KB, the limit, and nothing of it was stored: upload at most "
            + PointsCsv.MAX_POINTS + " points (they take far less)");

    private static HttpProblem tooLarge() {
        return new HttpProblem(413, Map.of(TOO_LARGE.getKey(), TOO_LARGE.getValue()));
    }
}
