package shallowlab.experiment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} tokens, refilled at {@code perMinute}; a fresh training takes one.
 * A client with an empty bucket is refused with 429 and told when the next token arrives.
 */
public final class RateLimiter {
    /** The refusal of a fresh training; %d is the seconds until the next token. */
    static final String RUNS = "too many new runs from your address; wait %d s (links already run are not counted)";
    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final String refusal;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimiter(double perMinute, int burst, LongSupplier nanoClock) { this(perMinute, burst, nanoClock, RUNS); }

    /** A limiter whose 429 says {@code refusal}, a format where %d is the seconds to wait. */
    public RateLimiter(double perMinute, int burst, LongSupplier nanoClock, String refusal) {
        this.refusal = refusal;
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** Takes a token from {@code client}'s bucket, or throws {@link RunRefused} (429). */
    public void take(String client) {
        Bucket bucket = buckets.get(client, k -> new Bucket(capacity, clock.getAsLong()));
        synchronized (bucket) {
            long now = clock.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * tokensPerNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            int retryAfter = (int) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9);
            throw new RunRefused(429, retryAfter, Map.of("rate", String.format(java.util.Locale.ROOT, refusal, retryAfter)));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
