package shallowlab.web.saved;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients saving as fast as they can ({@code POST /api/saved}) against an app on loopback until the server stops
 * answering: every id answered 201 and the count of every status seen. A connection refused or cut is no answer.
 */
final class ConcurrentSaves {
    /** Budgets large enough that no save is refused for its rate (a save costs half a unit). */
    static final Map<String, String> UNLIMITED = Map.of("RUN_BURST", "100000000", "RUNS_PER_MINUTE", "100000000",
            "ADDRESS_BURST", "100000000", "ADDRESS_RUNS_PER_MINUTE", "100000000");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicInteger failedInARow = new AtomicInteger();
    private volatile CountDownLatch reached = new CountDownLatch(0);

    ConcurrentSaves(int port) { this.port = port; }

    /** Starts {@code count} writers; each stops once the server refuses connections several times in a row. */
    ConcurrentSaves start(int count) {
        for (int w = 0; w < count; w++) {
            Thread t = new Thread(this::saveUntilGone, "saver-" + w);
            t.start();
            writers.add(t);
        }
        return this;
    }

    /** Waits until {@code n} saves in all have been answered 201. */
    void awaitAnswered(int n) throws InterruptedException {
        reached = new CountDownLatch(Math.max(0, n - answered.size()));
        if (!reached.await(120, TimeUnit.SECONDS)) throw new AssertionError("only " + answered.size() + " saves answered");
    }

    /** Waits for every writer to give up on the stopped server; returns the ids answered 201. */
    List<String> awaitGone() throws InterruptedException {
        for (Thread t : writers) t.join(TimeUnit.SECONDS.toMillis(120));
        return List.copyOf(answered);
    }

    Map<Integer, AtomicInteger> statuses() { return statuses; }

    private void saveUntilGone() {
        for (int n = 0; failedInARow.get() < 20; n++) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/saved"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Concurrent " + n
                            + "\",\"link\":\"/?iterations=5\"}")).build();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                failedInARow.set(0);
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    answered.add(id.group(1));
                    reached.countDown();
                }
            } catch (IOException refusedOrCut) {
                failedInARow.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
