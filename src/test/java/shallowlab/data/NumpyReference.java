package shallowlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The values in src/test/resources/numpy/*.hex (written by make_reference.py there): per value numpy's bits and
 * the bits of the same computation with correctly rounded log, sin and cos, equal except where glibc is off.
 */
record NumpyReference(long[] numpy, long[] correct) {
    int size() { return numpy.length; }

    /** Number of values where numpy's libm rounding gives other bits than correct rounding. */
    int libmDifferences() {
        int n = 0;
        for (int i = 0; i < numpy.length; i++) if (numpy[i] != correct[i]) n++;
        return n;
    }

    /** Values of the file, in order: tokens "hex" or "numpyHex/correctHex", whitespace-separated. */
    static NumpyReference load(String name) {
        List<String> tokens = new ArrayList<>();
        try (InputStream in = NumpyReference.class.getResourceAsStream("/numpy/" + name)) {
            if (in == null) throw new IllegalStateException("no resource numpy/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                for (String t : line.trim().split("\\s+")) tokens.add(t);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long[] numpy = new long[tokens.size()], correct = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String[] parts = tokens.get(i).split("/");
            numpy[i] = Long.parseUnsignedLong(parts[0], 16);
            correct[i] = Long.parseUnsignedLong(parts[parts.length - 1], 16);
        }
        return new NumpyReference(numpy, correct);
    }

    /** The flower file's values as X (2 × m) row by row: x1 of every point, then x2 — the lines hold x1 x2. */
    static NumpyReference flower(String name) {
        NumpyReference pairs = load(name);
        int m = pairs.size() / 2;
        long[] numpy = new long[2 * m], correct = new long[2 * m];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < 2; c++) {
                numpy[c * m + i] = pairs.numpy[2 * i + c];
                correct[c * m + i] = pairs.correct[2 * i + c];
            }
        }
        return new NumpyReference(numpy, correct);
    }
}
