package shallowlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import shallowlab.data.Dataset;
import shallowlab.data.DatasetKind;

/** Z[1] = W[1]·X + b[1] is exactly what the forward pass feeds its first activation. */
class FirstLayerZTest {
    @Test
    void activationOfZ1IsTheForwardPassFirstLayer() {
        Dataset d = DatasetKind.FLOWER.generate(40, 0.2, 1);
        Parameters p = Initializer.RANDOM.initial(Trainer.sizes(new int[] {3}), 2, 5);
        p.b()[0][1] = 0.3;
        double[][] z = Network.firstLayerZ(p, d.x1(), d.x2());
        double[][] a = Network.forward(p, Activation.TANH, 0, d.x1(), d.x2()).activations()[1];
        assertEquals(3, z.length);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < d.size(); i++) assertEquals(a[j][i], Activation.TANH.apply(z[j][i], 0), 0.0);
        }
    }
}
