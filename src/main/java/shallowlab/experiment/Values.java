package shallowlab.experiment;

import java.util.EnumMap;
import java.util.Map;

/** Parameter values keyed by {@link Param}, each already of its parameter's type; {@link Experiment#of} reads them. */
final class Values {
    private final Map<Param, Object> values = new EnumMap<>(Param.class);

    void put(Param p, Object value) { values.put(p, value); }

    /** The value of {@code p}, typed by the caller (e.g. {@code int points = values.get(POINTS)}). */
    @SuppressWarnings("unchecked")
    <T> T get(Param p) {
        if (!values.containsKey(p)) throw new IllegalStateException("no value for " + p.key());
        return (T) values.get(p);
    }
}
