package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/** An experiment on uploaded data: its link, its inactive keys, and the work it is charged for. */
class CustomDataExperimentTest {
    static final String ID = "0123456789abcdef";

    static Experiment parse(String query) { return Experiment.fromQuery(Queries.parse(query)).experiment(); }

    @Test
    void pointsAndNoiseTakeTheirDefaultsAndLeaveTheLink() {
        Experiment e = parse("dataset=custom:" + ID + "&points=100&noise=0.7&testFraction=0.2&dataSeed=9");
        assertEquals(DataSource.custom(ID), e.dataset());
        assertEquals(400, e.points());
        assertEquals(0.2, e.noise());
        assertEquals(parse("dataset=custom:" + ID + "&testFraction=0.2&dataSeed=9"), e);
        assertTrue(e.toQuery().startsWith("dataset=custom:" + ID + "&testFraction=0.2&dataSeed=9&"), e.toQuery());
        assertEquals(e, Experiment.fromQuery(Queries.parse(e.toQuery())).experiment());
    }

    @Test
    void theWorkCapCountsTheUploadedPoints() {
        Dataset big = DatasetKind.GAUSSIANS.generate(2000, 0.1, 1);
        var runner = new ExperimentRunner(id -> id.equals(ID) ? Optional.of(big) : Optional.empty());
        Experiment custom = parse("dataset=custom:" + ID + "&iterations=100");
        long cap = custom.work(1000);
        var service = new RunService(runner, new RunLimits(cap, 10, 1, 1, 1, 60, 10), 1);
        assertTrue(service.check(Experiment.DEFAULTS.with("iterations", "100").experiment()).isEmpty(), "400 points fit");
        assertEquals(List.of("work"), List.copyOf(service.check(custom).keySet()), "2000 points do not");
        Map<String, String> unknown = service.check(parse("dataset=custom:fedcba9876543210"));
        assertTrue(unknown.get("dataset").startsWith("no uploaded dataset has the id fedcba9876543210"), unknown.toString());
    }

    @Test
    void aRunnerWithoutUploadsKnowsNoCustomId() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(RunRefused.class,
                () -> new ExperimentRunner().run(parse("dataset=custom:" + ID + "&iterations=1")));
        assertEquals(400, refused.status());
        assertFalse(refused.errors().get("dataset").isEmpty());
    }
}
