package shallowlab.web.lab;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Run;
import shallowlab.experiment.RunJson;
import shallowlab.web.PageData;

/**
 * A run's JSON texts, written once and kept: a run is deterministic and writing ~100 KB of numbers is most of the
 * cost of serving a cached run. Holds at most {@code megabytes} of text, dropping the least recently used.
 */
public final class RunTexts {
    private enum Kind { JSON, PAGE_DATA, LAB_PAGE }

    private record Key(Experiment experiment, Kind kind) {}

    private final Cache<Key, String> texts;

    public RunTexts(long megabytes) {
        texts = Caffeine.newBuilder().maximumWeight(megabytes * 1024 * 1024)
                .weigher((Key k, String text) -> 2 * text.length()).build();
    }

    /** The run as the API's JSON ({@link RunJson}). */
    String json(Run run) {
        return texts.get(new Key(run.experiment(), Kind.JSON), k -> PageData.toJson(RunJson.of(run)));
    }

    /** The lab page of {@code e} as last rendered, or null. */
    String labPage(Experiment e) { return texts.getIfPresent(new Key(e, Kind.LAB_PAGE)); }

    /** Keeps the rendered lab page of {@code e}: it depends on nothing but the experiment. */
    void keepLabPage(Experiment e, String html) { texts.put(new Key(e, Kind.LAB_PAGE), html); }

    /**
     * The lab page's data: {@code {"run": ...}} without the weights, its plotted values to a picture's digits
     * ({@link RunJson.Precision#PICTURE}), safe inside a script element.
     */
    String pageData(Run run) {
        return texts.get(new Key(run.experiment(), Kind.PAGE_DATA),
                k -> PageData.toJson(java.util.Map.of("run", RunJson.of(run, RunJson.Precision.PICTURE).withoutParameters())));
    }
}
