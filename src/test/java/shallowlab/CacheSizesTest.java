package shallowlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run cache and the page cache are sized apart, each from its own setting. */
class CacheSizesTest {
    @Test
    void eachCacheReadsItsOwnSetting() {
        assertEquals(new Settings.CacheSizes(64, 32), Settings.fromEnvironment(Map.of()).caches(), "the defaults");
        assertEquals(new Settings.CacheSizes(10, 3),
                Settings.fromEnvironment(Map.of("RUN_CACHE_MB", "10", "PAGE_CACHE_MB", "3")).caches());
    }
}
