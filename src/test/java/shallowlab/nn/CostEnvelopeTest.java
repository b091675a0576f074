package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The cost envelope: per record, the least and greatest cost of the iterations since the previous record, so the
 * series can't hide a rise. The oracle is the same run recorded at every iteration (the trajectory doesn't depend on
 * the number of iterations asked for).
 */
class CostEnvelopeTest {
    static TrainingConfig flower(double alpha, int n) {
        return new TrainingConfig(new int[] {4}, Activation.TANH, 0.01, Initializer.RANDOM, 0.01, 2, alpha, n);
    }

    @Test
    void eachRecordsEnvelopeIsTheRangeOfTheCostsSinceThePreviousRecord() {
        TrainingResult sparse = Trainer.train(flower(10, 2000), Defaults.FLOWER, Defaults.EMPTY);   // k = 4
        TrainingResult every = Trainer.train(flower(10, 500), Defaults.FLOWER, Defaults.EMPTY);     // k = 1
        int checked = 0;
        for (int r = 1; r < sparse.iterations().length && sparse.iterations()[r] <= 500; r++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int t = sparse.iterations()[r - 1] + 1; t <= sparse.iterations()[r]; t++) {
                lo = Math.min(lo, every.cost()[t]);
                hi = Math.max(hi, every.cost()[t]);
            }
            assertEquals(lo, sparse.costMin()[r], 1e-10, "min up to iteration " + sparse.iterations()[r]);
            assertEquals(hi, sparse.costMax()[r], 1e-10, "max up to iteration " + sparse.iterations()[r]);
            checked++;
        }
        assertTrue(checked > 100, checked + " records checked");
    }

    @Test
    void theEnvelopeHoldsTheRecordedCostAndIsTightWhereEveryIterationIsRecorded() {
        TrainingResult r = Trainer.train(flower(1.2, 400), Defaults.FLOWER, Defaults.EMPTY);
        for (int i = 0; i < r.cost().length; i++) {
            assertTrue(r.costMin()[i] <= r.cost()[i] && r.cost()[i] <= r.costMax()[i], "record " + i);
            assertTrue(r.costMax()[i] - r.costMin()[i] < 1e-10, "one iteration per record: no width at " + i);
        }
    }

    @Test
    void aLargeLearningRateShowsItsOvershootsBetweenRecordsLateInTraining() {
        TrainingResult r = Trainer.train(flower(10, 10000), Defaults.FLOWER, Defaults.EMPTY);   // k = 20
        int hidden = 0;
        for (int i = 1; i < r.cost().length; i++) {
            if (r.iterations()[i] > 100 && r.costMax()[i] > Math.max(r.cost()[i], r.cost()[i - 1]) + 1e-9) hidden++;
        }
        assertTrue(hidden > 0, "rises the every-20th records alone would miss: " + hidden);
    }
}
