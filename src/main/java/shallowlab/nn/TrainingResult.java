package shallowlab.nn;

/**
 * What one training run reports. Series are indexed by record: {@code iterations[r]} is the number of updates
 * done when record r was taken (0, every k-th, and the last), {@code cost[r]} the cost of those parameters;
 * {@code costMin[r]}, {@code costMax[r]} the least and greatest cost of every iteration since record r − 1 (the
 * envelope, so a rise between records can't hide; computed to about 1e-11, and including {@code cost[r]}).
 * {@code gradientNorms[l][r]} is ‖dW[l]‖_F at record r, for every layer including the output;
 * {@code saturation[h][r]} the share of hidden layer h+1's (unit, point) pairs whose g′ is below a tenth of its
 * maximum at record r ({@link Activation#saturatedBelow()}).
 * {@code snapshots} holds the parameters at a few iterations for the timeline (see {@link Snapshots}).
 * {@code testAccuracy} is null when there is no test set. {@code diverged} is the iteration at which the cost or
 * a weight became non-finite (training stopped there), or null.
 */
public record TrainingResult(int[] iterations, double[] cost, double[] costMin, double[] costMax, double[] trainAccuracy, double[] testAccuracy,
                             double[][] gradientNorms, double[][] saturation, double[] deadUnits, double[] saturatedUnits,
                             int distinctUnits, Integer diverged, Parameters initial, Parameters trained, Snapshots snapshots,
                             double trainingMillis) {

    /** This result with {@code millis} as its training time: the one place that copies every component. */
    public TrainingResult withTrainingMillis(double millis) {
        return new TrainingResult(iterations, cost, costMin, costMax, trainAccuracy, testAccuracy, gradientNorms, saturation, deadUnits,
                saturatedUnits, distinctUnits, diverged, initial, trained, snapshots, millis);
    }
}
