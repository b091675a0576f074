package shallowlab.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2 in a fresh folder (one that does not exist yet). */
class H2ExperimentStoreTest extends ExperimentStoreContract {
    @TempDir
    Path dir;

    @Override
    StoreSettings emptyDatabase() { return StoreSettings.h2(dir.resolve("data")); }
}
