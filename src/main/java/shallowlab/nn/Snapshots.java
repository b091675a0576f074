package shallowlab.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters at a few iterations of a run, for its timeline: {@code parameters[i]} are the weights and biases
 * after {@code iterations[i]} updates, exactly those of the same run trained for that many iterations.
 */
public record Snapshots(int[] iterations, Parameters[] parameters) {
    /** At most this many snapshots; fewer when the network is large (see {@link #count}). */
    static final int MAX = 50;
    /** Numbers all snapshots of one run may hold together, so the largest network's page stays small. */
    static final int NUMBER_BUDGET = 20_000;

    /** How many snapshots a network of {@code parameterCount} weights and biases gets: 2 (first, last) … {@link #MAX}. */
    static int count(long parameterCount) {
        return (int) Math.max(2, Math.min(MAX, NUMBER_BUDGET / Math.max(1, parameterCount)));
    }

    /**
     * The iterations to keep for a run of n recorded every k past the first {@code early}: t_i = round(n·(i/(S−1))²)
     * for i = 0 … S−1, denser early where most change happens, each moved to the nearest recorded iteration (so the
     * series hold the cost and accuracy at every snapshot), duplicates dropped; always 0 and n (n is recorded
     * whether or not k divides it: moved to a multiple of k, it gave way to n added after, S + 1 snapshots).
     */
    static int[] schedule(int n, int count, int k, int early) {
        List<Integer> ts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double f = (double) i / (count - 1);
            int t = i == count - 1 ? n : (int) Math.round(n * f * f);
            if (t >= early && t != n) t = Math.min(n, (int) Math.round((double) t / k) * k);
            if (ts.isEmpty() || ts.get(ts.size() - 1) < t) ts.add(t);
        }
        return ts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Collects the snapshots of one run as training passes the scheduled iterations. */
    static final class Taker {
        private final int[] schedule;
        private final List<Integer> iterations = new ArrayList<>();
        private final List<Parameters> parameters = new ArrayList<>();
        private int next;

        Taker(int n, int k, int early, long parameterCount) { schedule = schedule(n, count(parameterCount), k, early); }

        /** Keeps a copy of p, the parameters after t updates, when t is scheduled. */
        void offer(int t, Parameters p) {
            if (next < schedule.length && schedule[next] == t) {
                keep(t, p);
                next++;
            }
        }

        /** The snapshots, with the parameters at {@code lastT} added when training stopped before its schedule ended. */
        Snapshots result(int lastT, Parameters last) {
            if (iterations.isEmpty() || iterations.get(iterations.size() - 1) != lastT) keep(lastT, last);
            return new Snapshots(iterations.stream().mapToInt(Integer::intValue).toArray(),
                    parameters.toArray(new Parameters[0]));
        }

        private void keep(int t, Parameters p) {
            iterations.add(t);
            parameters.add(p.copy());
        }
    }

    @Override
    public String toString() { return "Snapshots" + Arrays.toString(iterations); }
}
