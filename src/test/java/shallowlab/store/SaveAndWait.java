package shallowlab.store;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link SaveSurvivesKillTest}: saves one experiment, prints {@code saved <id>} once the
 * save has returned, then waits with the store still open until it is killed.
 * The argument is a jdbc URL, or else the folder of an embedded H2 database.
 */
public final class SaveAndWait {
    public static void main(String[] args) throws InterruptedException {
        String target = args[0];
        var settings = target.startsWith("jdbc:") ? new StoreSettings(target, null, null) : StoreSettings.h2(Path.of(target));
        var store = JdbcExperimentStore.open(settings);
        var saved = store.save("Saved just before a crash", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB);
        System.out.println("saved " + saved.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
