package shallowlab.web.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.data.Dataset;
import shallowlab.experiment.ExperimentRunner;

/**
 * An upload with one point of a class (stored before uploads needed two of each): a test share of 0.5 holds that
 * point out, leaving the network one class, or nothing, to learn. The API answers 400 naming testFraction, the lab
 * page says it at the field; a smaller share runs.
 */
class OneOfAClassHttpTest {
    static final String ONE_EACH = "aaaaaaaaaaaaaaaa", ONE_OF_LABEL_1 = "bbbbbbbbbbbbbbbb";
    static RunningApp app;

    @BeforeAll
    static void start() {
        Dataset oneEach = new Dataset(new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 1});
        Dataset oneOfLabel1 = new Dataset(new double[] {0, 1, 2, 3}, new double[] {0, 1, 0, 1}, new int[] {0, 0, 0, 1});
        app = new RunningApp(Settings.defaults(), new ExperimentRunner(id -> Optional.ofNullable(
                id.equals(ONE_EACH) ? oneEach : id.equals(ONE_OF_LABEL_1) ? oneOfLabel1 : null)));
    }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void theApiNamesTestFractionInsteadOfFailing() {
        for (String id : new String[] {ONE_EACH, ONE_OF_LABEL_1}) {
            var r = app.get("/api/experiment?dataset=custom:" + id + "&testFraction=0.5&iterations=10");
            assertEquals(400, r.status(), r.body());
            String label = id.equals(ONE_EACH) ? "0" : "1";   // the first class held out whole
            assertTrue(r.body().contains("\"testFraction\":\"holding out 0.5 of each class leaves no training point of"
                    + " label " + label + ", which this dataset has only once: choose a test share below 0.5\""), r.body());
        }
        assertEquals(200, app.get("/api/experiment?dataset=custom:" + ONE_OF_LABEL_1 + "&testFraction=0.4&iterations=10")
                .status(), "0.4 of one point rounds to none held out");
    }

    @Test
    void theLabPageSaysItAtTheField() {
        var r = app.get("/?dataset=custom:" + ONE_EACH + "&testFraction=0.5&iterations=10");
        assertEquals(400, r.status());
        String html = r.body();
        int field = html.indexOf("id=\"testFraction-error\"");
        assertTrue(field > 0, "the message is at the testFraction field: " + html);
        assertTrue(html.substring(field, html.indexOf("</small>", field)).contains("leaves no training point of label 0"),
                html);
    }
}
