package shallowlab.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The slow-client fault (bench/faults/slow-clients.sh): against a running app on loopback, holds {@code slow}
 * connections that send a byte every {@link #TRICKLE_MILLIS} (half inside their headers, half inside a declared
 * 1,000-byte body), spread over ten addresses (127.0.0.10–19: under the cap per address, as a botnet would), each
 * reopened as soon as the server closes it; meanwhile {@link #FLOODERS} threads open and drop new connections as
 * fast as they can from 127.0.0.30, and one more holds as many as it can from 127.0.0.31 (past the cap per address).
 * From 127.0.0.1 a visitor asks for /health and a cached lab page, one after the other; their latencies before and
 * during the fault are printed (p50, p99, max). Runs for the given seconds, then closes everything.
 */
public final class SlowClients {
    static final long TRICKLE_MILLIS = 3000;
    static final int FLOODERS = 4;
    static final int ADDRESSES = 10;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:7070");
        int slow = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String page = args.length > 3 ? args[3] : "/";
        var target = new InetSocketAddress(InetAddress.getByName(base.getHost()), base.getPort());
        var visitor = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        System.out.printf("warming: %s%n", page);
        for (int i = 0; i < 20; i++) { get(visitor, base, "/health"); get(visitor, base, page); }
        Latencies before = measure(visitor, base, page, 10);
        System.out.printf("before the fault (10 s):%n%s", before);

        var stop = new AtomicBoolean();
        var trickler = new Trickler(target, slow);
        var tricklerThread = new Thread(() -> trickler.run(stop), "trickler");
        tricklerThread.start();
        var floodConnects = new AtomicLong();
        var floodRefused = new AtomicLong();
        List<Thread> floods = new ArrayList<>();
        for (int i = 0; i < FLOODERS; i++) floods.add(start(() -> churn(target, "127.0.0.30", stop, floodConnects), "flood-" + i));
        floods.add(start(() -> hoard(target, "127.0.0.31", stop, floodRefused), "hoard"));
        long rampEnd = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (trickler.openCount() < slow * 0.95 && System.nanoTime() < rampEnd) Thread.sleep(200);
        System.out.printf("slow connections open: %d of %d%n", trickler.openCount(), slow);
        long floodBefore = floodConnects.get();
        long t0 = System.nanoTime();
        Latencies during = measure(visitor, base, page, seconds);
        double floodRate = (floodConnects.get() - floodBefore) / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("during the fault (%d s; slow connections open at the end: %d, reopened so far: %d;"
                + " flood: %.0f new connections/s; past the cap per address: %d closed by the server):%n%s",
                seconds, trickler.openCount(), trickler.reopened.get(), floodRate, floodRefused.get(), during);
        stop.set(true);
        tricklerThread.join();
        for (Thread t : floods) t.join();
        trickler.closeAll();
        boolean ok = during.health.p99() < 100 && during.page.p99() < 100 && during.failures == 0;
        System.out.println(ok ? "OK: /health and the cached page kept p99 < 100 ms" : "NOT OK: p99 >= 100 ms or failures");
        System.exit(ok ? 0 : 1);
    }

    private static Thread start(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** What a visitor saw: milliseconds for /health and for the page, and requests that failed. */
    record Latencies(Stats health, Stats page, int failures) {
        @Override
        public String toString() {
            return String.format("  /health      %s%n  cached page  %s%n  failed requests: %d%n", health, page, failures);
        }
    }

    record Stats(double[] millis) {
        double p(double q) { return millis.length == 0 ? Double.NaN : millis[(int) Math.min(millis.length - 1, Math.floor(q * millis.length))]; }
        double p99() { return p(0.99); }
        @Override
        public String toString() {
            return String.format("n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", millis.length, p(0.5), p99(), millis.length == 0 ? Double.NaN : millis[millis.length - 1]);
        }
    }

    private static Latencies measure(HttpClient client, URI base, String page, int seconds) {
        List<Double> health = new ArrayList<>(), pages = new ArrayList<>();
        int failures = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            for (String path : new String[] {"/health", page}) {
                long start = System.nanoTime();
                int status = get(client, base, path);
                double ms = (System.nanoTime() - start) / 1e6;
                if (status != 200) failures++;
                (path.equals("/health") ? health : pages).add(ms);
            }
            sleep(20);
        }
        return new Latencies(stats(health), stats(pages), failures);
    }

    private static Stats stats(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new Stats(a);
    }

    private static int get(HttpClient client, URI base, String path) {
        try {
            var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                    .header("Accept-Encoding", "gzip").GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Opens a connection and drops it, as fast as it can. */
    private static void churn(InetSocketAddress target, String from, AtomicBoolean stop, AtomicLong connects) {
        while (!stop.get()) {
            try (SocketChannel c = open(target, from)) {
                connects.incrementAndGet();
            } catch (IOException ignored) {
                sleep(1);
            }
        }
    }

    /** Holds as many connections as the server leaves open from one address, counting those it closes at once. */
    private static void hoard(InetSocketAddress target, String from, AtomicBoolean stop, AtomicLong closedByServer) {
        List<SocketChannel> held = new ArrayList<>();
        ByteBuffer probe = ByteBuffer.allocate(1);
        while (!stop.get()) {
            try {
                SocketChannel c = open(target, from);
                c.configureBlocking(false);
                held.add(c);
                sleep(5);
                for (var it = held.iterator(); it.hasNext(); ) {
                    SocketChannel h = it.next();
                    probe.clear();
                    int n;
                    try { n = h.read(probe); } catch (IOException e) { n = -1; }
                    if (n < 0) { closedByServer.incrementAndGet(); h.close(); it.remove(); }
                }
            } catch (IOException e) {
                sleep(10);
            }
        }
        for (SocketChannel h : held) { try { h.close(); } catch (IOException ignored) { } }
    }

    static SocketChannel open(InetSocketAddress target, String from) throws IOException {
        SocketChannel c = SocketChannel.open();
        try {
            c.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            c.connect(target);
            return c;
        } catch (IOException e) {
            c.close();
            throw e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The slow connections, one thread for all: every connection due gets one byte; a closed one is reopened. */
    static final class Trickler {
        private final InetSocketAddress target;
        private final SocketChannel[] channels;
        private final long[] due;
        final AtomicLong reopened = new AtomicLong();
        private final ByteBuffer sink = ByteBuffer.allocate(4096);

        Trickler(InetSocketAddress target, int n) {
            this.target = target;
            this.channels = new SocketChannel[n];
            this.due = new long[n];
        }

        int openCount() {
            int n = 0;
            for (SocketChannel c : channels) if (c != null && c.isOpen()) n++;
            return n;
        }

        void run(AtomicBoolean stop) {
            long spread = TRICKLE_MILLIS * 1_000_000L / Math.max(1, channels.length);
            long now = System.nanoTime();
            for (int i = 0; i < channels.length; i++) due[i] = now + i * spread / 4;   // open over the first 3/4 s
            while (!stop.get()) {
                now = System.nanoTime();
                for (int i = 0; i < channels.length && !stop.get(); i++) {
                    if (now < due[i]) continue;
                    step(i);
                    due[i] = now + TRICKLE_MILLIS * 1_000_000L;
                }
                sleep(10);
            }
        }

        private void step(int i) {
            try {
                SocketChannel c = channels[i];
                if (c != null) {
                    sink.clear();
                    int n = c.read(sink);   // the server's 408, or its close
                    if (n < 0) {
                        c.close();
                        c = null;
                        reopened.incrementAndGet();
                    }
                }
                if (c == null) {
                    c = open(target, "127.0.0." + (10 + i % ADDRESSES));
                    c.configureBlocking(false);
                    channels[i] = c;
                    String head = i % 2 == 0 ? "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: "
                            : "POST /api/saved HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
                    c.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1)));
                    return;
                }
                c.write(ByteBuffer.wrap(new byte[] {'a'}));
            } catch (IOException e) {
                try { if (channels[i] != null) channels[i].close(); } catch (IOException ignored) { }
                channels[i] = null;
            }
        }

        void closeAll() {
            for (SocketChannel c : channels) { try { if (c != null) c.close(); } catch (IOException ignored) { } }
        }
    }
}
