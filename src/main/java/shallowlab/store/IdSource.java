package shallowlab.store;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Short unguessable ids for links like {@code /x/{id}}: {@value #LENGTH} characters drawn uniformly from
 * {@value #ALPHABET} by a {@link SecureRandom}. The alphabet is URL-safe and leaves out the look-alikes
 * 0 O o 1 I l, so an id read aloud or copied by hand survives; 56¹⁰ ≈ 3·10¹⁷ ids, about 58 bits.
 */
public final class IdSource implements Supplier<String> {

    public static final String ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        var id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return id.toString();
    }

    /** True when {@code id} could have come from here: the right length, every character in the alphabet. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == LENGTH && id.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
