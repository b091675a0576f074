package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

class GuideTest {
    @Test
    void elevenGuidesWithUniqueSlugsAndATemplateEach() {
        List<String> slugs = Guides.ALL.stream().map(Guide::slug).toList();
        assertEquals(11, slugs.size());
        assertEquals(11, slugs.stream().distinct().count());
        for (Guide g : Guides.ALL) {
            assertTrue(Files.exists(Path.of("templates", g.template() + ".html")), g.template());
            assertTrue(g.trials().size() <= 3, g.slug() + ": at most three buttons");
        }
    }

    @Test
    void compareLinkVariesTheOneParameterTheTrialsDifferIn() {
        Guide g = Guides.bySlug("sigmoid-vs-tanh").orElseThrow();
        Experiment first = g.trials().get(0).experiment();
        assertEquals("/compare?" + first.toQuery() + "&vary=activation:sigmoid,tanh", g.compareHref());
        assertEquals(Sweep.parse(first, "activation:sigmoid,tanh").sweep().link(), g.compareHref(),
                "the same link as the compare page's own for this comparison");
    }

    @Test
    void noCompareLinkWhenTrialsDifferInSeveralParametersOrThereIsOnlyOne() {
        assertNull(Guides.bySlug("why-non-linear").orElseThrow().compareHref());   // activation and hidden
        assertNull(new Guide("one", "One", "guides/one", "o", List.of(new Trial("a", Experiment.DEFAULTS)), List.of(),
                false).compareHref());
    }

    @Test
    void layerListsAreSeparatedByBarsInAComparison() {
        Experiment base = Experiment.DEFAULTS;
        Guide g = new Guide("t", "T", "guides/t", "o", List.of(new Trial("a", base.with("hidden", "4,4").orElseThrow()),
                new Trial("b", base.with("hidden", "8").orElseThrow())), List.of(), false);
        assertTrue(g.compareHref().endsWith("&vary=hidden:4,4%7C8"), g.compareHref());
    }

    @Test
    void everyActivationAndInitOfTheFormHasAGuide() {
        for (Activation a : Activation.values()) assertTrue(Guides.LEARN_MORE.containsKey(a.key()), a.key());
        for (Initializer i : Initializer.values()) assertTrue(Guides.LEARN_MORE.containsKey(i.key()), i.key());
        assertTrue(Guides.ALL.containsAll(Guides.LEARN_MORE.values().stream().collect(Collectors.toSet())));
    }
}
