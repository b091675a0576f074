package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/** The trainer's vectorised pass gives the plain pass's cost (bit for bit) and gradients (to rounding). */
class KernelAgreementTest {
    static Stream<Arguments> cases() {
        int[][] shapes = {{4}, {5, 3}, {3, 6, 2}};
        int[] points = {40, 42, 400};
        return Stream.of(Activation.values()).flatMap(a -> Stream.of(shapes)
                .flatMap(h -> java.util.stream.IntStream.of(points).mapToObj(m -> Arguments.of(a, h, m))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void vectorPassAgreesWithPlainPass(Activation g, int[] hidden, int points) {
        Dataset data = DatasetKind.MOONS.generate(points, 0.3, 4);
        Parameters p = GradientCheckTest.awayFromKinks(g, hidden);
        Gradients plain = Network.costAndGradients(p, g, 0.05, data);
        VectorKernel kernel = new VectorKernel(p, g, 0.05, data);
        kernel.pass(p);
        Gradients fast = kernel.gradients();
        assertEquals(Double.doubleToRawLongBits(plain.cost()), Double.doubleToRawLongBits(fast.cost()));
        double scale = 0;
        for (double[][] w : plain.dW()) for (double[] row : w) for (double v : row) scale = Math.max(scale, Math.abs(v));
        assertTrue(scale > 0);
        for (int l = 0; l < p.layers(); l++) {
            for (int j = 0; j < p.W()[l].length; j++) {
                for (int k = 0; k < p.W()[l][j].length; k++)
                    assertEquals(plain.dW()[l][j][k], fast.dW()[l][j][k], 1e-13 * scale, "dW" + l + j + k);
                assertEquals(plain.db()[l][j], fast.db()[l][j], 1e-13 * scale, "db" + l + j);
            }
            assertEquals(plain.frobenius(l), kernel.gradientNorms()[l], 1e-13 * scale);
        }
    }

    /** Chunks of 8 or 12 points (the last one shorter) give the one-chunk pass's cost and gradients, bit for bit. */
    @ParameterizedTest
    @MethodSource("cases")
    void chunkedPassIsBitIdentical(Activation g, int[] hidden, int points) {
        Dataset data = DatasetKind.MOONS.generate(points, 0.3, 4);
        Parameters p = GradientCheckTest.awayFromKinks(g, hidden);
        VectorKernel whole = new VectorKernel(p, g, 0.05, data, points + 4);
        whole.pass(p);
        for (int chunk : new int[] {8, 12}) {
            VectorKernel chunked = new VectorKernel(p, g, 0.05, data, chunk);
            chunked.pass(p);
            assertEquals(bits(whole.gradients()), bits(chunked.gradients()), "chunk " + chunk);
            assertEquals(whole.accuracy(), chunked.accuracy());
        }
    }

    /**
     * One hidden layer's fused backward pass gives the general pass's cost and gradients, bit for bit, chunked or
     * not, on a measuring pass (which also counts saturation) and on a plain one.
     */
    @ParameterizedTest
    @MethodSource("oneHiddenLayer")
    void fusedPassIsBitIdenticalToTheGeneralPass(Activation g, int units, int points) {
        Dataset data = DatasetKind.MOONS.generate(points, 0.3, 4);
        Parameters p = GradientCheckTest.awayFromKinks(g, new int[] {units});
        for (boolean measure : new boolean[] {true, false}) {
            for (int chunk : new int[] {points + 4, 8, 12}) {
                VectorKernel general = new VectorKernel(p, g, 0.05, data, chunk, false);
                VectorKernel fused = new VectorKernel(p, g, 0.05, data, chunk);
                general.pass(p, measure);
                fused.pass(p, measure);
                assertEquals(bits(general.gradients()), bits(fused.gradients()), "chunk " + chunk + ", measure " + measure);
                assertEquals(general.saturation()[0], fused.saturation()[0]);
            }
        }
    }

    static Stream<Arguments> oneHiddenLayer() {
        return Stream.of(Activation.values()).flatMap(a -> Stream.of(1, 4, 7)
                .flatMap(n -> Stream.of(40, 42, 400).map(m -> Arguments.of(a, n, m))));
    }

    private static java.util.List<Long> bits(Gradients gr) {
        java.util.List<Long> out = new java.util.ArrayList<>(java.util.List.of(Double.doubleToRawLongBits(gr.cost())));
        for (double[][] w : gr.dW()) for (double[] row : w) for (double v : row) out.add(Double.doubleToRawLongBits(v));
        for (double[] b : gr.db()) for (double v : b) out.add(Double.doubleToRawLongBits(v));
        return out;
    }
}
