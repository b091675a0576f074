package shallowlab.experiment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: {@code capacity} units, refilled at {@code perMinute}; work takes its units. A key whose
 * bucket can't pay is refused with 429 and told when it could: ⌈(units − tokens) / rate⌉ seconds.
 */
public final class RateLimiter {
    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final String refusal;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    /** {@code refusal} is the 429's message, a format where %d is the seconds to wait. */
    public RateLimiter(double perMinute, double capacity, LongSupplier nanoClock, String refusal) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = nanoClock;
        this.refusal = refusal;
    }

    double capacity() { return capacity; }

    /** Takes {@code units} (≤ capacity) from {@code key}'s bucket, or throws {@link RunRefused} (429). */
    public void take(String key, double units) {
        Bucket bucket = bucket(key);
        synchronized (bucket) {
            bucket.refill(clock.getAsLong());
            if (bucket.tokens >= units) {
                bucket.tokens -= units;
                return;
            }
            int retryAfter = (int) Math.max(1, Math.ceil((units - bucket.tokens) / tokensPerNano / 1e9));
            throw new RunRefused(429, retryAfter, Map.of("rate", String.format(java.util.Locale.ROOT, refusal, retryAfter)));
        }
    }

    /** Gives {@code units} back to {@code key}'s bucket (never past its capacity). */
    public void refund(String key, double units) {
        Bucket bucket = bucket(key);
        synchronized (bucket) {
            bucket.refill(clock.getAsLong());
            bucket.tokens = Math.min(capacity, bucket.tokens + units);
        }
    }

    private Bucket bucket(String key) { return buckets.get(key, k -> new Bucket(capacity, clock.getAsLong())); }

    private final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
