package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InitializerTest {
    @Test
    void courseWeightsForSeed2() {
        Parameters p = Initializer.RANDOM.initial(new int[] {2, 4, 1}, 0.01, 2);
        double[][] w1 = {{-0.00416758, -0.00056267}, {-0.02136196, 0.01640271},
                {-0.01793436, -0.00841747}, {0.00502881, -0.01245288}};
        for (int j = 0; j < 4; j++) assertArrayEquals(w1[j], p.W()[0][j], 5e-9);
        assertArrayEquals(new double[] {-0.01057952, -0.00909008, 0.00551454, 0.02292208}, p.W()[1][0], 5e-9);
        assertArrayEquals(new double[4], p.b()[0]);
        assertArrayEquals(new double[1], p.b()[1]);
    }

    @Test
    void heIsXavierTimesRootTwoAndConstantIsTheScale() {
        Parameters x = Initializer.XAVIER.initial(new int[] {2, 3, 1}, 0.5, 11);
        Parameters h = Initializer.HE.initial(new int[] {2, 3, 1}, 0.5, 11);
        assertEquals(x.W()[1][0][2] * Math.sqrt(2), h.W()[1][0][2], 1e-15);
        Parameters c = Initializer.CONSTANT.initial(new int[] {2, 3, 1}, 0.5, 11);
        assertArrayEquals(new double[] {0.5, 0.5}, c.W()[0][1]);
    }
}
