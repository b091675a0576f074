package shallowlab.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The dataset store contract on embedded H2, each database in a fresh folder. */
class H2DatasetStoreTest extends DatasetStoreContract {
    @TempDir
    Path dir;
    private int databases;

    @Override
    StoreSettings emptyDatabase() { return StoreSettings.h2(dir.resolve("data" + databases++)); }
}
