package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.Html;

/** Over real HTTP: what the charts' words stand for, said beside them. The gradient charts say what ‖dW‖ is. */
class ChartHelpHttpTest extends AppTest {

    /** The text of the element with this id, tags removed, entities undone, whitespace collapsed. */
    static String textOf(String html, String id) {
        List<String> found = Html.matches(html, "(?s)id=\"" + id + "\"[^>]*>(.*?)</p>");
        assertEquals(1, found.size(), "one #" + id);
        return Html.unescape(found.get(0).replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ").strip();
    }

    @Test
    void theGradientChartsSayInWordsWhatTheNormIs() {
        for (String path : List.of("/?iterations=40", "/compare?iterations=40&vary=hidden:1,2")) {
            String html = app.get(path).body();
            String help = textOf(html, "gradient-what");
            for (String words : List.of("one number per layer", "square every entry", "weight gradient dW",
                    "add them up and take the square root", "Frobenius norm")) {
                assertTrue(help.contains(words), path + ": \"" + words + "\" in " + help);
            }
            int chart = html.indexOf("id=\"gradient-chart\""), card = html.lastIndexOf("<figure", chart);
            assertTrue(card < html.indexOf("id=\"gradient-what\"") && html.indexOf("id=\"gradient-what\"") < html.indexOf("</figure>", chart),
                    path + ": in the gradient chart's card");
        }
    }
}
