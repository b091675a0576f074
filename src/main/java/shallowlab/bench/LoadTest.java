package shallowlab.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Drives a running Shallow Lab on loopback with concurrent clients for a bounded time per scenario and prints
 * throughput, latency percentiles and the count of each status. The server must run with TRUST_PROXY=1: each
 * simulated client names itself in X-Forwarded-For (the last entry, as a proxy would append it), so per-client limits
 * apply per simulated client; the classroom shares one address with a cookie per browser, the forger writes a new
 * first entry each time (which must not help it), and the comparer asks for comparisons at the work cap.
 * Usage: {@code LoadTest http://127.0.0.1:PORT [secondsPerScenario] [only] [firstSeed]}: with {@code only}, just the
 * scenarios whose name contains it; fresh runs take initSeed from {@code firstSeed} on (default 1000), so that a second
 * drive of the same server (after a warm-up drive) trains runs the first did not cache.
 */
public final class LoadTest {
    private final String base;
    private final Duration length;
    private String only = "";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LoadTest(String base, Duration length) {
        this.base = base;
        this.length = length;
    }

    public static void main(String[] args) throws Exception {
        if (!args[0].startsWith("http://127.") && !args[0].startsWith("http://localhost")) {
            throw new IllegalArgumentException("the load test only drives a server on loopback");
        }
        var test = new LoadTest(args[0], Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10));
        if (args.length > 2) test.only = args[2];
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicLong seeds = new AtomicLong(args.length > 3 ? Long.parseLong(args[3]) : 1000);
        test.get("/", "warm-up");
        test.scenario("cached lab page (/)", 16, n -> "/", n -> "client-" + n % 16);
        test.scenario("cached run as JSON", 16, n -> "/api/experiment", n -> "client-" + n % 16);
        test.scenario("fresh lab pages, default experiment, " + cores + " clients", cores,
                n -> "/?initSeed=" + seeds.incrementAndGet(), n -> "page-" + n);
        test.scenario("fresh trainings, default experiment, " + cores + " clients", cores,
                n -> "/api/experiment?initSeed=" + seeds.incrementAndGet(), n -> "fresh-" + n);
        test.scenario("past saturation: fresh trainings, 32 clients", 32,
                n -> "/api/experiment?initSeed=" + seeds.incrementAndGet(), n -> "flood-" + n);
        test.scenario("one client starting runs as fast as it can", 4,
                n -> "/api/experiment?initSeed=" + seeds.incrementAndGet(), n -> "greedy");
        test.classroom(30, 2, seeds);
        test.scenario("forged X-Forwarded-For: a new first entry each request", 4,
                n -> "/api/experiment?initSeed=" + seeds.incrementAndGet(), n -> "forged-" + n + ", attacker");
        test.scenario("comparisons at the work cap (/api/compare, 8 runs each)", 4,
                n -> "/api/compare?points=2000&hidden=64&iterations=2000&vary=initSeed:" + seeds.addAndGet(8)
                        + "," + (seeds.get() + 1) + "," + (seeds.get() + 2) + "," + (seeds.get() + 3) + ","
                        + (seeds.get() + 4) + "," + (seeds.get() + 5) + "," + (seeds.get() + 6) + "," + (seeds.get() + 7),
                n -> "comparer-" + n % 4);
    }

    /**
     * A class behind one address: {@code browsers} browsers, each with its own cookies (the server's per-browser
     * budget), each starting {@code runs} fresh default runs at once, as a class does when the teacher says "go".
     */
    private void classroom(int browsers, int runs, AtomicLong seeds) throws InterruptedException {
        if (!"classroom".contains(only)) return;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        long start = System.nanoTime();
        for (int b = 0; b < browsers; b++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            pool.submit(() -> {
                send(browser, "/", "school");   // the first visit gets the browser its cookie
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    int status = send(browser, "/api/experiment?initSeed=" + seeds.incrementAndGet(), "school");
                    latencies.add(System.nanoTime() - t0);
                    statuses.merge(status, 1, Integer::sum);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 300, java.util.concurrent.TimeUnit.SECONDS);
        report("classroom: " + browsers + " browsers behind one address, " + runs + " fresh runs each", browsers,
                (System.nanoTime() - start) / 1e9, latencies, statuses);
    }

    /** {@code clients} threads each sending request after request until the scenario's time is up. */
    private void scenario(String name, int clients, LongFunction<String> path, LongFunction<String> client)
            throws InterruptedException {
        if (!name.contains(only)) return;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        AtomicLong counter = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long n = counter.getAndIncrement();
                    long t0 = System.nanoTime();
                    int status = get(path.apply(n), client.apply(n));
                    latencies.add(System.nanoTime() - t0);
                    statuses.merge(status, 1, Integer::sum);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 120, java.util.concurrent.TimeUnit.SECONDS);
        report(name, clients, (System.nanoTime() - start) / 1e9, latencies, statuses);
    }

    private int get(String path, String client) { return send(http, path, client); }

    private int send(HttpClient with, String path, String client) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", client).GET().build();
        try {
            return with.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void report(String name, int clients, double seconds, List<Long> latencies,
                               Map<Integer, Integer> statuses) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-52s clients=%-3d requests=%-6d %8.1f req/s  p50=%7.1f ms  p90=%7.1f ms"
                        + "  p99=%7.1f ms  max=%7.1f ms  statuses=%s%n", name, clients, sorted.size(),
                sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0), statuses);
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
