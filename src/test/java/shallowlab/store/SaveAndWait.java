package shallowlab.store;

import java.nio.file.Path;
import java.util.Random;
import shallowlab.data.DatasetKind;

/**
 * Run in a separate JVM by {@link SaveSurvivesKillTest}. With one argument: saves one experiment, prints
 * {@code saved <id>} once the save has returned, then waits with the store still open until it is killed. With a
 * second argument n: n writers save experiments and upload datasets (every tenth write) as fast as they can, each
 * printing {@code saved <id>} or {@code dataset <id>} once its write has returned, until the process is killed.
 * The first argument is a jdbc URL, or else the folder of an embedded H2 database.
 */
public final class SaveAndWait {
    public static void main(String[] args) throws InterruptedException {
        String target = args[0];
        var settings = target.startsWith("jdbc:") ? new StoreSettings(target, null, null) : StoreSettings.h2(Path.of(target));
        var store = JdbcExperimentStore.open(settings);
        if (args.length == 1) {
            var saved = store.save("Saved just before a crash", "", ExperimentStoreContract.QUERY, SavedExperiment.LAB);
            System.out.println("saved " + saved.id());
            System.out.flush();
        } else {
            for (int w = 0; w < Integer.parseInt(args[1]); w++) {
                long seed = new Random().nextLong();
                new Thread(() -> writeUntilKilled(store, new Random(seed))).start();
            }
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void writeUntilKilled(ExperimentStore store, Random random) {
        for (int n = 0; ; n++) {
            try {
                if (n % 10 == 9) {
                    String id = store.datasets().save(DatasetKind.CIRCLES.generate(30, 0.2, random.nextInt(Integer.MAX_VALUE)));
                    System.out.println("dataset " + id);
                } else {
                    String id = store.save("Concurrent " + n, "note " + n, ExperimentStoreContract.QUERY,
                            SavedExperiment.LAB).id();
                    System.out.println("saved " + id);
                }
            } catch (RuntimeException e) {
                System.err.println("failed: " + e);
            }
        }
    }
}
