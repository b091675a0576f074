package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class RunCsvTest {
    @Test
    void oneRowPerRecordWithAGradientNormColumnPerLayer() {
        String csv = RunCsv.of(Runs.result(new double[] {0.4, 0.7, 0.85}, null, 0.3));
        assertEquals("iteration,cost,trainAccuracy,testAccuracy,gradNormW1,gradNormW2\r\n"
                + "0,0.693048,0.5,0.4,0.01,0.1\r\n"
                + "50,0.4,0.8,0.7,0.02,0.2\r\n"
                + "100,0.3,0.9075,0.85,0.03,0.3\r\n", csv);
    }

    @Test
    void testAccuracyCellIsEmptyWithoutATestSet() {
        String[] lines = RunCsv.of(Runs.result(null, null, 0.3)).split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("0,0.693048,0.5,,0.01,0.1", lines[1]);
    }

    @Test
    void filenameSaysWhatWasRun() {
        Experiment e = Experiment.DEFAULTS.with("hidden", "4,3").orElseThrow();
        assertEquals("shallow-lab-flower-tanh-4x3-series.csv", RunCsv.filename(e, "series", "csv"));
        assertEquals("shallow-lab-flower-tanh-4-data.csv", RunCsv.filename(Experiment.DEFAULTS, "data", "csv"));
    }

    /** Uploaded points are named by their file (its extension dropped) and their id's first digits, else by the id. */
    @Test
    void filenameNamesUploadedPointsByTheirFile() {
        String id = "4dc2cc0123456789";
        Experiment e = Experiment.DEFAULTS.with("dataset", "custom:" + id).orElseThrow();
        assertEquals("shallow-lab-week-3-moons-4dc2cc-tanh-4-series.csv", RunCsv.filename(e, "Week 3: Moons!.csv", "series", "csv"));
        assertEquals("shallow-lab-custom-" + id + "-tanh-4-data.csv", RunCsv.filename(e, null, "data", "csv"), "drawn points");
        assertEquals("shallow-lab-custom-" + id + "-tanh-4-data.csv", RunCsv.filename(e, "月.csv", "data", "csv"),
                "no letter of a file name survives: the id alone");
        assertEquals("shallow-lab-" + "a".repeat(40) + "-4dc2cc-tanh-4-data.csv",
                RunCsv.filename(e, "a".repeat(60) + ".csv", "data", "csv"), "a long name is cut");
        assertEquals("shallow-lab-flower-tanh-4-data.csv", RunCsv.filename(Experiment.DEFAULTS, "x.csv", "data", "csv"),
                "generated data has no file");
    }
}
