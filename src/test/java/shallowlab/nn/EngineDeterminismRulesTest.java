package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine (nn, data) gives the same bits on every JVM and JIT tier, so it calls no library function whose
 * result may differ between them: none of Math's or StrictMath's transcendental functions or random (sqrt, fma,
 * abs, min, max are exact), none of the Vector API's lanewise transcendental operators, and no reduceLanes
 * (its order of addition is unspecified). Sources are read as text with comments and literals blanked.
 */
class EngineDeterminismRulesTest {
    private static final String FUNCTIONS = "exp|log|log10|log1p|expm1|tanh|sinh|cosh|pow|sin|cos|tan|asin|acos"
            + "|atan|atan2|cbrt|hypot|random";
    private static final String OPERATORS = "EXP|LOG|LOG10|LOG1P|EXPM1|TANH|SINH|COSH|POW|SIN|COS|TAN|ASIN|ACOS"
            + "|ATAN|ATAN2|CBRT|HYPOT";
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(?:Strict)?Math\\s*\\.\\s*(?:" + FUNCTIONS + ")\\s*\\("
            + "|\\bimport\\s+static\\s+java\\.lang\\.(?:Strict)?Math\\s*\\.\\s*(?:\\*|(?:" + FUNCTIONS + ")\\s*;)"
            + "|\\bVectorOperators\\s*\\.\\s*(?:" + OPERATORS + ")\\b"
            + "|\\bimport\\s+static\\s+jdk\\.incubator\\.vector\\.VectorOperators\\s*\\.\\s*(?:\\*|(?:" + OPERATORS + ")\\s*;)"
            + "|\\.\\s*reduceLanes\\s*\\(");
    /**
     * StrictMath's sin and cos are fdlibm's by specification, the same bits on every JVM and tier; the circles,
     * moons and spiral generators use them, and the data behind existing links depend on those bits.
     */
    private static final Set<String> ALLOWED = Set.of("Shapes.java: StrictMath.sin(", "Shapes.java: StrictMath.cos(");

    @Test
    void engineSourcesCallOnlyDeterministicMath() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = sources();
        assertTrue(files.size() >= 10, "found " + files.size() + " sources");
        for (Path f : files) {
            for (String call : forbiddenCalls(Files.readString(f))) {
                String at = f.getFileName() + ": " + call;
                if (!ALLOWED.contains(at)) found.add(f + ": " + call);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsCallsAndSkipsCommentsAndStrings() {
        String source = """
                import static java.lang.Math.exp;
                class X { // Math.exp(1) in a comment
                    /* StrictMath.tanh(z) */ String s = "Math.pow(2, 3)";
                    double a = Math.sqrt(2) + Math. log1p (x) + StrictMath.sin(x) + Math.max(1, 2);
                    double b = v.lanewise(VectorOperators.EXP).reduceLanes(VectorOperators.ADD);
                }""";
        assertEquals(List.of("import static java.lang.Math.exp;", "Math. log1p (", "StrictMath.sin(",
                "VectorOperators.EXP", ".reduceLanes("), forbiddenCalls(source));
    }

    /** The forbidden calls in {@code source}, in order, as written. */
    static List<String> forbiddenCalls(String source) {
        List<String> calls = new ArrayList<>();
        Matcher m = FORBIDDEN.matcher(blankCommentsAndLiterals(source));
        while (m.find()) calls.add(m.group());
        return calls;
    }

    /** {@code source} with every comment, string and char literal replaced by spaces (line breaks kept). */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0, n = source.length();
        while (i < n) {
            int end = i + 1;
            if (source.startsWith("//", i)) end = lineEnd(source, i);
            else if (source.startsWith("/*", i)) end = after(source, "*/", i + 2);
            else if (source.startsWith("\"\"\"", i)) end = after(source, "\"\"\"", i + 3);
            else if (source.charAt(i) == '"' || source.charAt(i) == '\'') end = literalEnd(source, i);
            else { i++; continue; }
            for (int k = i; k < end; k++) if (out.charAt(k) != '\n') out.setCharAt(k, ' ');
            i = end;
        }
        return out.toString();
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    private static int after(String s, String close, int from) {
        int at = s.indexOf(close, from);
        return at < 0 ? s.length() : at + close.length();
    }

    /** The index after the string or char literal opening at {@code from}, skipping escaped characters. */
    private static int literalEnd(String s, int from) {
        char quote = s.charAt(from);
        int i = from + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') i += s.charAt(i) == '\\' ? 2 : 1;
        return Math.min(i + 1, s.length());
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("nn", "data")) {
            try (Stream<Path> s = Files.walk(Path.of("src/main/java/shallowlab", dir))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }
}
