package shallowlab.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the Chart.js WebJar serves its script. The version is read from the WebJar's own Maven properties, so the pom
 * is the one place that names it (the URL must carry it: there is no WebJar locator).
 */
public final class ChartJs {
    private static final String PROPERTIES = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    /** The WebJar's version, e.g. {@code 4.5.1}. */
    public static final String VERSION = version();

    /** The minified UMD build, e.g. {@code /webjars/chart.js/4.5.1/dist/chart.umd.min.js}. */
    public static final String PATH = "/webjars/chart.js/" + VERSION + "/dist/chart.umd.min.js";

    private ChartJs() {}

    private static String version() {
        try (InputStream in = ChartJs.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) throw new IllegalStateException("the Chart.js WebJar is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
