package shallowlab.web.lab;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunJson;
import shallowlab.web.Compressed;
import shallowlab.web.PageData;

/**
 * A run's JSON texts, written once and kept: a run is deterministic and writing ~100 KB of numbers is most of the
 * cost of serving a cached run, and the JSON and pages are kept gzipped too. Holds at most {@code megabytes}, dropping
 * the least recently used.
 */
public final class RunTexts {
    private enum Kind { JSON, PAGE_DATA, LAB_PAGE }

    private record Key(Experiment experiment, Kind kind) {}

    private final Cache<Key, String> texts;
    /** The API's JSON and rendered lab pages, each with its gzip (sent as they are). */
    private final Cache<Key, Compressed> bodies;

    public RunTexts(long megabytes) {
        texts = Caffeine.newBuilder().maximumWeight(megabytes * 1024 * 1024 / 2)
                .weigher((Key k, String text) -> 2 * text.length()).build();
        bodies = Caffeine.newBuilder().maximumWeight(megabytes * 1024 * 1024 / 2)
                .weigher((Key k, Compressed body) -> body.weight()).build();
    }

    /** The run as the API's JSON ({@link RunJson}). */
    Compressed json(Run run) {
        return bodies.get(new Key(run.experiment(), Kind.JSON), k -> Compressed.of(PageData.plain(RunJson.of(run))));
    }

    /** The lab page of {@code e} as last rendered, or null. */
    Compressed labPage(Experiment e) { return bodies.getIfPresent(new Key(e, Kind.LAB_PAGE)); }

    /** Keeps the rendered lab page of {@code e} (it depends on nothing but the experiment), and gives it back. */
    Compressed keepLabPage(Experiment e, String html) {
        Compressed page = Compressed.of(html);
        bodies.put(new Key(e, Kind.LAB_PAGE), page);
        return page;
    }

    /**
     * The lab page's data: {@code {"run": ...}} without the weights, its plotted values to a picture's digits
     * ({@link RunJson.Precision#PICTURE}), safe inside a script element.
     */
    String pageData(Run run) {
        return texts.get(new Key(run.experiment(), Kind.PAGE_DATA),
                k -> PageData.toJson(java.util.Map.of("run", RunJson.of(run, RunJson.Precision.PICTURE).withoutParameters())));
    }
}
