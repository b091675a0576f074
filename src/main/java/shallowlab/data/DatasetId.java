package shallowlab.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a dataset's content: the first {@value #LENGTH} hex digits of SHA-256 over its canonical text. The
 * canonical text holds every point exactly, in order, so the same points give the same id on any machine, JDK or
 * database, and points that differ in one bit (or in their order) give another.
 */
public final class DatasetId {
    /** 16 hex digits = 64 bits: a clash among a million datasets has odds of about 1 in 3·10⁷. */
    public static final int LENGTH = 16;

    private DatasetId() {}

    /** The id of {@code d}'s points. */
    public static String of(Dataset d) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(d).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code id} has an id's shape: {@value #LENGTH} lower-case hex digits. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == LENGTH && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /**
     * One line per point, in order: x1's and x2's IEEE 754 bits as 16 hex digits each, then the label, e.g.
     * {@code 3ff0000000000000 c004000000000000 1\n} for (1, −2.5) labelled 1. Decimal text is not used because
     * the shortest decimal of a double differs between JDK releases; the bits do not.
     */
    public static String canonicalText(Dataset d) {
        StringBuilder text = new StringBuilder(d.size() * 36);
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < d.size(); i++) {
            text.append(hex.toHexDigits(Double.doubleToRawLongBits(d.x1()[i]))).append(' ')
                    .append(hex.toHexDigits(Double.doubleToRawLongBits(d.x2()[i]))).append(' ')
                    .append(d.label()[i]).append('\n');
        }
        return text.toString();
    }

    /** The points {@link #canonicalText} wrote, bit for bit. */
    public static Dataset fromCanonicalText(String text) {
        String[] lines = text.split("\n");
        int m = text.isEmpty() ? 0 : lines.length;
        double[] x1 = new double[m], x2 = new double[m];
        int[] label = new int[m];
        for (int i = 0; i < m; i++) {
            String[] cells = lines[i].split(" ");
            x1[i] = Double.longBitsToDouble(HexFormat.fromHexDigitsToLong(cells[0]));
            x2[i] = Double.longBitsToDouble(HexFormat.fromHexDigitsToLong(cells[1]));
            label[i] = Integer.parseInt(cells[2]);
        }
        return new Dataset(x1, x2, label);
    }
}
