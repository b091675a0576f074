package shallowlab;

import java.util.Map;

/**
 * Everything the app reads from its environment, read once at start-up.
 *
 * @param port HTTP port ({@code PORT}, default 7070)
 * @param dev  templates and static files from the working directory, uncached ({@code APP_DEV=1})
 */
public record Settings(int port, boolean dev) {

    public static final int DEFAULT_PORT = 7070;

    /** Settings for tests and embedding: default port, resources from the classpath. */
    public static Settings defaults() {
        return new Settings(DEFAULT_PORT, false);
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(intSetting(env, "PORT", DEFAULT_PORT), "1".equals(env.get("APP_DEV")));
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }
}
