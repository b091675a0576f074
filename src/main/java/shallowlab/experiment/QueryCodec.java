package shallowlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Reads an experiment from query parameters and writes its canonical query, both through {@link Param}. */
final class QueryCodec {
    static final String REQUIRED = "is required";
    static final String REPEATED = "is given more than once";
    static final String UNKNOWN = "unknown parameter";

    private QueryCodec() {}

    /**
     * An absent key takes its default; an empty, repeated, malformed or out-of-range value is an error, and so is a
     * key that is no parameter. An empty key (a stray {@code &} or {@code =x} in a link) names nothing and is
     * ignored: it can't be a misspelt parameter, and a message about it would have no name to show.
     */
    static Parsed read(Map<String, List<String>> query) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        Values values = new Values();
        for (Param p : Param.values()) {
            List<String> given = query.get(p.key());
            String text = given == null ? p.defaultText() : given.isEmpty() ? "" : given.get(0).strip();
            // An empty value says what it must be: a number field whose text the browser could not read arrives empty.
            String error = given != null && given.size() > 1 ? REPEATED
                    : text.isEmpty() ? REQUIRED + " and " + p.messageFor(text) : null;
            if (error == null) {
                Object value = p.parse(text);
                if (value == null) error = p.messageFor(text);
                values.put(p, value);
            }
            if (error != null) errors.put(p.key(), error);
            fields.add(new Field(p.key(), text, p.defaultText(), p.options(), error));
        }
        for (String key : query.keySet()) if (!key.isEmpty() && Param.fromKey(key) == null) errors.put(key, UNKNOWN);
        if (!errors.isEmpty()) return new Parsed(null, errors, fields);
        Experiment e = Experiment.of(values);
        return new Parsed(e, Map.of(), e.fields());
    }

    /**
     * Every key that can change the run, in table order, with its canonical text:
     * {@code dataset=flower&points=400&...&hidden=4,3&...}; an inactive key ({@link Param#inactiveReason}) is left
     * out, as reading it back gives its default, which the experiment holds. Canonical texts hold only letters,
     * digits, '.', ',' and '_', none of which needs percent-encoding.
     */
    static String write(Experiment e) {
        StringJoiner query = new StringJoiner("&");
        for (Param p : Param.values()) if (p.inactiveReason(e) == null) query.add(p.key() + "=" + p.text(e));
        return query.toString();
    }

    /** The experiment as query parameters, one value per key, in table order. */
    static Map<String, List<String>> map(Experiment e) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Param p : Param.values()) query.put(p.key(), List.of(p.text(e)));
        return query;
    }
}
