package shallowlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shallowlab.RunningApp;
import shallowlab.Settings;
import shallowlab.experiment.RunLimits;

/**
 * TRUST_PROXY=N over real HTTP, with forged headers: the client is the address N from the right of
 * X-Forwarded-For (what the trusted proxies appended), whatever the client wrote to its left. The request log
 * names the same client ({@link RequestLogChildTest}).
 */
class ClientIdentityHttpTest {
    /** One fresh run per client, no refill to speak of. */
    static Settings behind(int proxies) {
        return Settings.defaults().withTrustedProxies(proxies)
                .withLimits(new RunLimits(Long.MAX_VALUE, 20, 2, 4, 10, 0.001, 1));
    }

    static RunningApp.Response run(RunningApp app, int seed, String forwardedFor) {
        var request = app.request("/api/experiment?iterations=5&initSeed=" + seed);
        if (forwardedFor != null) request.header("X-Forwarded-For", forwardedFor);
        return app.send(request);
    }

    @Test
    void withOneProxyTheClientIsTheLastEntryAndForgedOnesToItsLeftChangeNothing() {
        try (var app = new RunningApp(behind(1))) {
            assertEquals(200, run(app, 1, "198.51.100.1, 203.0.113.7").status());
            var forged = run(app, 2, "198.51.100.2, 203.0.113.7");
            assertEquals(429, forged.status(), "a new first entry is not a new client: " + forged.body());
            assertEquals(200, run(app, 3, "203.0.113.8").status(), "another address is another client");
        }
    }

    @Test
    void withTwoProxiesTheClientIsTheSecondFromTheRightAndAShortHeaderMeansThePeer() {
        try (var app = new RunningApp(behind(2))) {
            assertEquals(200, run(app, 1, "10.9.9.9, 203.0.113.7, 10.0.0.2").status());
            assertEquals(429, run(app, 2, "10.9.9.8, 203.0.113.7, 10.0.0.3").status(), "same client, other hops");
            assertEquals(200, run(app, 3, "203.0.113.9").status(), "one entry behind two proxies: the socket peer");
            assertEquals(429, run(app, 4, null).status(), "the socket peer again");
        }
    }
}
