package shallowlab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered page in tests: the captured groups of a pattern, and text with its entities undone. */
public final class Html {
    private Html() {}

    /** Group 1 of every match of {@code regex} in {@code text}, in order. */
    public static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    /** {@code html} with the entities Thymeleaf writes turned back into characters. */
    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
