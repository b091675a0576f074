package shallowlab.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.guide.Guide;
import shallowlab.guide.Guides;
import shallowlab.web.lab.Preset;

/**
 * Every figure a guide's prose marks ({@code <span data-measure="…" data-trial="i">}) equals, to the digits it
 * quotes, the number the same page measures on that trial in its table.
 */
@Tag("engine")
class GuideFiguresTest extends AppTest {
    static final Pattern FIGURE = Pattern.compile("<span data-measure=\"([a-z-]+)\" data-trial=\"(\\d+)\">([^<]+)</span>");

    @Test
    void everyMarkedFigureIsTheMeasuredNumber() {
        int checked = 0;
        for (Guide g : Guides.ALL) {
            String html = app.get(g.href()).body();
            Matcher m = FIGURE.matcher(html);
            while (m.find()) {
                String measured = cell(html, m.group(1), Integer.parseInt(m.group(2)));
                assertEquals(m.group(3), rounded(measured, m.group(3)), g.slug() + " " + m.group(0));
                checked++;
            }
        }
        assertTrue(checked >= 8, "the guides mark their figures: " + checked);
    }

    @Test
    void theLearningRateGuideLinksTheDivergencePreset() {
        String html = GuideControllerTest.unescape(app.get("/learn/learning-rate").body());
        String divergence = Preset.ALL.stream().filter(p -> p.name().equals("Divergence")).findFirst().orElseThrow().href();
        assertTrue(html.contains("id=\"divergence-preset\" href=\"" + divergence + "\""));
    }

    /** The sigmoid guide's 10,000-step figures are the Sigmoid vs tanh preset's (PresetOutcomesTest asserts them). */
    @Test
    void theSigmoidGuideLinksTheSigmoidVsTanhPresetWhoseFiguresItQuotes() {
        String html = GuideControllerTest.unescape(app.get("/learn/sigmoid-vs-tanh").body());
        String preset = Preset.ALL.stream().filter(p -> p.name().equals("Sigmoid vs tanh")).findFirst().orElseThrow().href();
        assertTrue(html.contains("id=\"sigmoid-tanh-preset\" href=\"" + preset + "\""), "links the preset");
        assertTrue(html.replaceAll("\\s+", " ").contains("sigmoid's cost ends at 0.27 against tanh's 0.22, still behind,"
                + " and its accuracy, 89.75 % against 90.50 %, is close"), "quotes the figures PresetOutcomesTest checks");
    }

    /** The table's value for this measure and trial. */
    static String cell(String html, String measure, int trial) {
        List<String> row = GuideControllerTest.matches(html, "(?s)data-measure=\"" + measure + "\">(.*?)</tr>");
        assertFalse(row.isEmpty(), "the page measures " + measure);
        return GuideControllerTest.matches(row.get(0), "<td>([^<]+)</td>").get(trial).replace('\u00a0', ' ');   // "50 %" kept on one line
    }

    /** {@code measured} written with as many decimals as {@code quoted} ("0.218" from "0.217650"; "69.50 %" as is). */
    static String rounded(String measured, String quoted) {
        String suffix = quoted.replaceAll("^[0-9.]+", "");
        String number = quoted.substring(0, quoted.length() - suffix.length());
        int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
        String value = measured.replace(suffix, "").strip();
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + suffix;
    }
}
