package shallowlab.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** NumpySum against np.sum's bits (src/test/resources/numpy/pairwise-sums.txt, written by make_sums.py there). */
class NumpySumTest {

    /** The arrays make_sums.py sums: exact in any IEEE-754 arithmetic (whole numbers, two divisions). */
    static double[] values(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = ((i * 7919L) % 1000 - 500) / 3.0 / (1 + i % 5);
        return v;
    }

    @Test
    void sumsBitForBitAsNumpyDoes() throws IOException {
        String text;
        try (InputStream in = NumpySumTest.class.getResourceAsStream("/numpy/pairwise-sums.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int checked = 0, otherThanInOrder = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split(" ");
            int n = Integer.parseInt(parts[0]);
            double numpy = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
            assertEquals(Double.doubleToRawLongBits(numpy), Double.doubleToRawLongBits(NumpySum.of(values(n))), "n = " + n);
            double inOrder = 0;
            for (double x : values(n)) inOrder += x;
            if (inOrder != numpy) otherThanInOrder++;
            checked++;
        }
        assertEquals(56, checked);
        assertTrue(otherThanInOrder > 10, "the order matters on these arrays (else the test shows nothing): " + otherThanInOrder);
    }

    @Test
    void anEmptyArraySumsToZero() {
        assertEquals(0.0, NumpySum.of(new double[0]));
        assertNotEquals(NumpySum.of(values(400)), 0.0);
    }
}
