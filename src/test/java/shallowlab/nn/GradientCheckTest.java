package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;
import shallowlab.data.NumpyRandom;

/** Back-propagation agrees with central differences for every activation and 1–3 hidden layers. */
class GradientCheckTest {
    private static final Dataset DATA = DatasetKind.FLOWER.generate(40, 0.2, 3);

    static Stream<Arguments> cases() {
        int[][] shapes = {{3}, {4, 3}, {3, 4, 2}};
        return Stream.of(Activation.values()).flatMap(a -> Stream.of(shapes).map(h -> Arguments.of(a, h)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void backpropMatchesCentralDifferences(Activation g, int[] hidden) {
        Parameters p = awayFromKinks(g, hidden);
        double diff = GradientCheck.relativeDifference(p, g, 0.05, DATA);
        assertTrue(diff < 1e-7, g + " " + hidden.length + " layers: " + diff);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aWrongGradientIsCaught(Activation g, int[] hidden) {
        Parameters p = awayFromKinks(g, hidden);
        Parameters shifted = p.copy();
        shifted.b()[0][0] += 1e-3; // a cost that no longer matches p: the check must see it
        double base = Network.costAndGradients(p, g, 0.05, DATA).dW()[0][0][0];
        double moved = Network.costAndGradients(shifted, g, 0.05, DATA).dW()[0][0][0];
        assertTrue(base != moved);
    }

    /** Random weights (He) and biases 0.1·randn whose hidden pre-activations all satisfy |z| ≥ 1e-5. */
    static Parameters awayFromKinks(Activation g, int[] hidden) {
        for (long seed = 1; seed < 100; seed++) {
            Parameters p = Initializer.HE.initial(Trainer.sizes(hidden), 1, seed);
            NumpyRandom rng = new NumpyRandom(seed + 1000);
            for (double[] b : p.b()) for (int j = 0; j < b.length; j++) b[j] = 0.1 * rng.randn();
            if (minAbsHiddenZ(p, g) >= 1e-5) return p;
        }
        throw new AssertionError("no parameters away from the kink");
    }

    /** min |Z[l]_ji| over hidden layers, Z[l] = W[l]·A[l-1] + b[l]. */
    static double minAbsHiddenZ(Parameters p, Activation g) {
        double[][][] a = Network.forward(p, g, 0.05, DATA.x1(), DATA.x2()).activations();
        double min = Double.MAX_VALUE;
        for (int l = 0; l < p.layers() - 1; l++) {
            for (int j = 0; j < p.W()[l].length; j++) {
                for (int i = 0; i < DATA.size(); i++) {
                    double z = p.b()[l][j];
                    for (int k = 0; k < a[l].length; k++) z += p.W()[l][j][k] * a[l][k][i];
                    min = Math.min(min, Math.abs(z));
                }
            }
        }
        return min;
    }
}
