package shallowlab.web;

import java.util.regex.Pattern;

/**
 * A store's failure as the public reads it: every absolute path cut to its last name ("/srv/app/data/shallowlab.mv.db"
 * reads "shallowlab.mv.db"), so pages, the API and {@code /health/ready} do not show the server's folders; the log
 * keeps the whole message for the host.
 */
final class ServerPaths {
    /** An absolute path of two names or more, not inside a word or a relative path (a name keeps no spaces). */
    private static final Pattern PATH = Pattern.compile("(?<![\\w./~-])/(?:[^\\s/:;,()\"'`]+/)+([^\\s/:;,()\"'`]+)");

    private ServerPaths() {}

    static String hidden(String message) { return message == null ? null : PATH.matcher(message).replaceAll("$1"); }
}
