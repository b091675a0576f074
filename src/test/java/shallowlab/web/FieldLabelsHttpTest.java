package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;

/**
 * Over real HTTP: the pages name a parameter as the form labels it ("Learning rate α"), in the error summary above
 * the form and on a comparison of it; its key ({@code learningRate}) stays in links, option values and the API.
 */
class FieldLabelsHttpTest extends AppTest {

    /** The text of the form's {@code <label for="key">}: the one name a person reads for the field. */
    static String formLabel(String html, String key) {
        List<String> labels = Html.matches(html, "<label for=\"" + key + "\">([^<]*)</label>");
        assertEquals(1, labels.size(), "one label for " + key);
        return Html.unescape(labels.get(0));
    }

    /** The page's text between the tags (attributes, scripts and page data left out), whitespace collapsed. */
    static String visibleText(String html) {
        return Html.unescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " "));
    }

    /** The summary above the form: the field names of its entries, by the anchor each links to. */
    static List<String> summaryNames(String html, String key) {
        return Html.matches(html, "<a href=\"#" + key + "\"><span class=\"field-name\">([^<]*)</span>")
                .stream().map(Html::unescape).toList();
    }

    @Test
    void theLabsErrorSummaryNamesEachFieldByTheLabelTheFormShows() {
        var r = app.get("/?learningRate=abc&testFraction=2&dataSeed=x");
        assertEquals(400, r.status());
        String html = r.body();
        for (String key : List.of("learningRate", "testFraction", "dataSeed")) {
            assertEquals(List.of(formLabel(html, key)), summaryNames(html, key), key);
        }
        assertEquals("Learning rate α", formLabel(html, "learningRate"));
        assertEquals("Test share", formLabel(html, "testFraction"));
        assertEquals("Data seed", formLabel(html, "dataSeed"));
        String summary = visibleText(Html.matches(html, "(?s)<div class=\"form-error\"[^>]*>(.*?)</div>").get(0));
        assertTrue(summary.contains("Learning rate α must be a number greater than 0 and at most 10"), summary);
        for (String key : List.of("learningRate", "testFraction", "dataSeed")) {
            assertFalse(summary.contains(key), key + " in the summary: " + summary);
        }
    }

    @Test
    void theCompareFormsSummaryNamesItsFieldsByTheirLabelsToo() {
        String html = app.get("/compare?learningRate=abc&vary=hidden:1").body();
        assertEquals(List.of("Learning rate α"), summaryNames(html, "learningRate"));
        assertEquals(List.of("Compare across"), summaryNames(html, "vary"), "the vary fields' legend");
    }

    @Test
    void aComparisonNamesItsParameterByItsLabelAndKeepsTheKeyInItsLinks() {
        var r = app.get("/compare?iterations=40&vary=learningRate:0.5,1");
        assertEquals(200, r.status(), r.body());
        String html = r.body();
        String label = formLabel(html, "learningRate");
        String text = visibleText(html);
        String headline = Html.unescape(Html.matches(html, "<h1 class=\"headline\" id=\"headline\">([^<]*)</h1>").get(0));
        assertTrue(headline.startsWith(label + " = 0.5, 1 · flower"), headline);
        assertEquals(List.of(label), Html.matches(html, "<th scope=\"col\">([^<]*)</th>").subList(0, 1), "the table's head");
        assertEquals(List.of(label + " = 0.5", label + " = 1"),
                Html.matches(html, "<figcaption><span class=\"swatch\"></span><span>([^<]*)</span>").stream()
                        .map(Html::unescape).toList(), "the boundaries' captions");
        assertTrue(html.contains("<option value=\"learningRate\" selected=\"selected\">Learning rate α</option>"),
                "the select shows the label and sends the key");
        assertFalse(text.contains("learningRate"), "no code name where a person reads");
        assertTrue(html.contains("\"label\":\"Learning rate α\""), "the page data gives the charts the label");
        assertTrue(Html.matches(html, "<a href=\"([^\"]*)\" title=\"Open this run in the lab\"").stream()
                .allMatch(href -> href.contains("learningRate=")), "the rows' links keep the key");
    }
}
