package shallowlab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How one parameter's text becomes a typed value and back. {@link #parse} reads the text and keeps the value only
 * when it is allowed; {@link #message()} says, in one phrase, what is allowed. Values are never clamped.
 *
 * @param read    the value the text denotes, or null when the text is malformed
 * @param allowed whether a value is in the allowed set
 * @param write   the canonical text of a value (what the share link shows)
 * @param json    the value as it appears in the JSON {@code config}
 * @param options the closed set of texts, for a select box; empty for free input
 * @param input   the HTML attributes of the form's input, in the browser's words for the same bounds
 *                (type, min, max, step; type, pattern); empty for a select box
 */
record Rule<T>(Function<String, T> read, Predicate<T> allowed, Function<T, String> write,
               Function<T, Object> json, String message, List<String> options, Map<String, String> input) {

    /** The allowed value {@code text} denotes, or null. */
    T parse(String text) {
        T value = read.apply(text);
        return value != null && allowed.test(value) ? value : null;
    }

    /** One of a closed set, written as its key. */
    static <E> Rule<E> choice(E[] values, Function<E, String> key) {
        List<String> keys = Arrays.stream(values).map(key).toList();
        Function<String, E> read = text -> Arrays.stream(values).filter(v -> key.apply(v).equals(text))
                .findFirst().orElse(null);
        return new Rule<>(read, v -> true, key, key::apply, "must be one of " + String.join(", ", keys), keys,
                Map.of());
    }

    /** A generator's key (offered in a select box) or {@code custom:<id>} of an uploaded dataset. */
    static Rule<DataSource> dataSource() {
        List<String> keys = Arrays.stream(shallowlab.data.DatasetKind.values()).map(k -> k.key()).toList();
        return new Rule<>(DataSource::fromKey, v -> true, DataSource::key, DataSource::key,
                "must be one of " + String.join(", ", keys), keys, Map.of());
    }

    /** An integer in min..max; only even ones when {@code even}. */
    static Rule<Integer> integer(int min, int max, boolean even) {
        String what = even ? "an even number" : "a whole number";
        return new Rule<>(Rule::readInt, n -> n >= min && n <= max && (!even || n % 2 == 0), String::valueOf, n -> n,
                "must be " + what + " from " + min + " to " + max, List.of(),
                number(String.valueOf(min), String.valueOf(max), even ? "2" : "1"));
    }

    /** A seed: an integer in 0..2^32−1, like numpy's {@code np.random.seed}. */
    static Rule<Long> seed() {
        long max = (1L << 32) - 1;
        return new Rule<>(Numbers::whole, n -> n >= 0 && n <= max, String::valueOf, n -> n,
                "must be a whole number from 0 to " + max, List.of(), number("0", String.valueOf(max), "1"));
    }

    /** A finite number in min..max, or in (min, max] when {@code minExcluded}. */
    static Rule<Double> number(double min, boolean minExcluded, double max) {
        Predicate<Double> allowed = d -> (minExcluded ? d > min : d >= min) && d <= max;
        String range = minExcluded
                ? "greater than " + Numbers.format(min) + " and at most " + Numbers.format(max)
                : "from " + Numbers.format(min) + " to " + Numbers.format(max);
        return new Rule<>(Numbers::decimal, allowed, Numbers::format, d -> new BigDecimal(Numbers.format(d)),
                "must be a number " + range, List.of(), number(Numbers.format(min), Numbers.format(max), "any"));
    }

    /** Layer sizes "4" or "4,3": 1..maxLayers integers, each in 1..maxUnits. */
    static Rule<List<Integer>> layers(int maxLayers, int maxUnits) {
        Function<String, List<Integer>> read = text -> {
            List<Integer> sizes = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                Integer n = readInt(part.trim());
                if (n == null) return null;
                sizes.add(n);
            }
            return List.copyOf(sizes);
        };
        Predicate<List<Integer>> allowed = sizes -> !sizes.isEmpty() && sizes.size() <= maxLayers
                && sizes.stream().allMatch(n -> n != null && n >= 1 && n <= maxUnits);
        Function<List<Integer>, String> write = sizes -> String.join(",", sizes.stream().map(String::valueOf).toList());
        return new Rule<>(read, allowed, write, sizes -> sizes,
                "must be 1 to " + maxLayers + " layer sizes separated by commas, each from 1 to " + maxUnits,
                List.of(), attributes("type", "text", "pattern", "\\d+(,\\d+){0," + (maxLayers - 1) + "}"));
    }

    /** A number input from min to max in steps of {@code step} ("any" for decimals; the browser's min is inclusive). */
    private static Map<String, String> number(String min, String max, String step) {
        return attributes("type", "number", "min", min, "max", max, "step", step);
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put(namesAndValues[i], namesAndValues[i + 1]);
        return Collections.unmodifiableMap(map);
    }

    /** The int {@code text} denotes, or null when it is not an integer or lies outside the int range. */
    private static Integer readInt(String text) {
        Long n = Numbers.whole(text);
        return n == null || n != n.intValue() ? null : n.intValue();
    }
}
