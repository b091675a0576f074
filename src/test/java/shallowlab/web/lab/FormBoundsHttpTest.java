package shallowlab.web.lab;

import static org.junit.jupiter.api.Assertions.*;
import static shallowlab.web.lab.LabPageHttpTest.attribute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shallowlab.AppTest;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Param;

/** The lab page's inputs, over real HTTP, allow what the server's rules allow: same bounds, same options. */
class FormBoundsHttpTest extends AppTest {
    /** A step far below any allowed value's spacing, to probe just inside and outside a decimal bound. */
    private static final BigDecimal TINY = new BigDecimal("1e-9");

    @Test
    void everyNumberInputsMinAndMaxAreItsParamsBounds() {
        String html = page();
        Matcher numbers = Pattern.compile("<input id=\"(\\w+)\"[^>]*type=\"number\"").matcher(html);
        List<String> seen = new ArrayList<>();
        while (numbers.find()) {
            Param p = Param.fromKey(numbers.group(1));
            assertNotNull(p, numbers.group(1));
            seen.add(p.key());
            BigDecimal min = new BigDecimal(attribute(html, p.key(), "min"));
            BigDecimal max = new BigDecimal(attribute(html, p.key(), "max"));
            String stepText = attribute(html, p.key(), "step");
            BigDecimal step = stepText.equals("any") ? TINY : new BigDecimal(stepText);
            assertTrue(allows(p, max), p.key() + " max " + max + " is allowed");
            assertFalse(allows(p, max.add(step)), p.key() + " above max is refused");
            assertFalse(allows(p, min.subtract(step)), p.key() + " below min is refused");
            assertTrue(allows(p, min) || allows(p, min.add(step)), p.key() + " min " + min + " is the lower bound");
        }
        List<String> expected = new ArrayList<>();
        for (Param p : Param.values()) if ("number".equals(p.input().get("type"))) expected.add(p.key());
        assertEquals(expected, seen);
        assertTrue(seen.size() >= 9, "found " + seen);
    }

    @Test
    void theHiddenLayersPatternAndTheSelectOptionsAreTheParams() {
        String html = page();
        assertEquals("\\d+(,\\d+){0,5}", attribute(html, "hidden", "pattern"));
        assertFalse(Experiment.DEFAULTS.with("hidden", "1,1,1,1,1,1,1").isValid(), "a seventh layer is refused");
        for (Param p : Param.values()) {
            if (p.options().isEmpty()) continue;
            Matcher select = Pattern.compile("<select id=\"" + p.key() + "\".*?</select>", Pattern.DOTALL).matcher(html);
            assertTrue(select.find(), p.key());
            List<String> offered = new ArrayList<>();
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group());
            while (option.find()) offered.add(option.group(1));
            assertEquals(p.options(), offered, p.key());
        }
    }

    private static String page() {
        var r = app.get("/?iterations=20");
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private static boolean allows(Param p, BigDecimal value) {
        return Experiment.DEFAULTS.with(p.key(), value.toPlainString()).isValid();
    }
}
