package shallowlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsCsvTest {

    @Test
    void readsThePlainHeaderWithLfOrCrlfAndSpacesAroundCells() {
        for (String eol : new String[] {"\n", "\r\n"}) {
            Dataset d = PointsCsv.read("x1,x2,label" + eol + "1.5, -2 ,0" + eol + "3e-2,4,1" + eol + "7,8,1" + eol
                    + " 9 ,10,0" + eol + eol);
            assertArrayEquals(new double[] {1.5, 0.03, 7, 9}, d.x1());
            assertArrayEquals(new double[] {-2, 4, 8, 10}, d.x2());
            assertArrayEquals(new int[] {0, 1, 1, 0}, d.label());
        }
    }

    @Test
    void readsTheLabsOwnExportTrainAndTestRowsInFileOrder() {
        Dataset d = PointsCsv.read("\uFEFFset,x1,x2,label\r\ntrain,1.0,2.0,1\r\ntest,3.0,4.0,0\r\ntrain,5.0,6.0,1\r\n"
                + "train,7.0,8.0,0\r\n");
        assertArrayEquals(new double[] {1, 3, 5, 7}, d.x1());
        assertArrayEquals(new int[] {1, 0, 1, 0}, d.label());
    }

    @Test
    void countsTheSetColumnsMarksWithoutUsingThem() {
        var export = PointsCsv.contents("set,x1,x2,label\ntrain,1,2,1\ntest,3,4,0\ntrain,5,6,1\ntrain,7,8,0\n");
        assertEquals(new PointsCsv.Sets(3, 1), export.sets());
        var plain = PointsCsv.contents("x1,x2,label\n1,2,1\n3,4,0\n5,6,1\n7,8,0\n");
        assertEquals(null, plain.sets());
        assertEquals(DatasetId.of(plain.points()), DatasetId.of(export.points()));
    }

    @Test
    void writtenPointsReadBackToTheSameBits() {
        Dataset d = DatasetKind.SPIRAL.generate(200, 0.3, 7);
        Dataset back = PointsCsv.read(PointsCsv.write(d));
        assertEquals(DatasetId.of(d), DatasetId.of(back));
    }

    /** Each bad file is refused with the line at fault (1 is the header) and what is wrong there. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            x,y,label\\n1,2,0                    | line 1: the header must be x1,x2,label (or set,x1,x2,label), got 'x,y,label'
            x1,x2,label                          | line 2: no points after the header
            x1,x2,label\\n1,2,0\\n1,2            | line 3: expected 3 values (x1,x2,label), got 2
            x1,x2,label\\n1,2,0\\n1,2,1,4        | line 3: expected 3 values (x1,x2,label), got 4
            x1,x2,label\\n1,2,0\\nabc,2,1        | line 3: x1 is not a number: 'abc'
            x1,x2,label\\n1,2,0\\n1,NaN,1        | line 3: x2 is not a number: 'NaN'
            x1,x2,label\\n1,2,0\\n1,Infinity,1   | line 3: x2 is not a number: 'Infinity'
            x1,x2,label\\n1,2,0\\n1,0x1p3,1      | line 3: x2 is not a number: '0x1p3'
            x1,x2,label\\n1,2,0\\n1,,1           | line 3: x2 is not a number: ''
            x1,x2,label\\n1,2,0\\n1e7,2,1        | line 3: x1 must be a number from -1000000 to 1000000, got 1e7
            x1,x2,label\\n1,2,0\\n1,1e999,1      | line 3: x2 must be a number from -1000000 to 1000000, got 1e999
            x1,x2,label\\n1,2,0\\n\\n1,2,1       | line 3: expected 3 values (x1,x2,label), got 1
            x1,x2,label\\n1,2,0\\n1,2,2          | line 3: label must be 0 or 1, got '2'
            x1,x2,label\\n1,2,0\\n1,2,1.0        | line 3: label must be 0 or 1, got '1.0'
            set,x1,x2,label\\ntrain,1,2,0\\ndev,1,2,1 | line 3: set must be train or test, got 'dev'
            x1,x2,label\\n1,2,1\\n3,4,1          | all 2 points have label 1: both classes, 0 and 1, must be present, at least 2 points of each
            x1,x2,label\\n1,2,0                 | the only point has label 0: both classes, 0 and 1, must be present, at least 2 points of each
            x1,x2,label\\n1,2,0\\n3,4,0\\n5,6,1 | only 1 point has label 1: at least 2 points of each class are needed, so that a test share leaves each class a training point
            x1,x2,label\\n1,2,1\\n3,4,0\\n5,6,1 | only 1 point has label 0: at least 2 points of each class are needed, so that a test share leaves each class a training point
            ''                                   | the file is empty: its first line must be the header x1,x2,label
            """)
    void aBadFileNamesItsLineAndTheProblem(String file, String message) {
        var invalid = assertThrows(PointsCsv.Invalid.class, () -> PointsCsv.read(file.replace("\\n", "\n")));
        assertEquals(message, invalid.getMessage());
    }

    @Test
    void twoThousandPointsAreTakenAndOneMoreIsRefusedAtItsLine() {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < PointsCsv.MAX_POINTS; i++) csv.append(i).append(",0,").append(i % 2).append('\n');
        assertEquals(PointsCsv.MAX_POINTS, PointsCsv.read(csv.toString()).size());
        csv.append("1,1,1\n");
        var invalid = assertThrows(PointsCsv.Invalid.class, () -> PointsCsv.read(csv.toString()));
        assertEquals("line 2002: more than 2000 points, the limit", invalid.getMessage());
    }
}
