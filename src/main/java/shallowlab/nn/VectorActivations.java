package shallowlab.nn;

import static shallowlab.nn.VectorMath.HALVES;
import static shallowlab.nn.VectorMath.LANES;
import static shallowlab.nn.VectorMath.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The hidden activations over a flat array of n values (n a multiple of 4), four lanes at a time, as
 * {@link Activation} computes them value by value. The activation is chosen once per call, outside the loop, by a
 * switch expression without a default (a new constant does not compile until it has its loops here):
 * each loop is a small static method with one straight-line body, so the JIT inlines it whole and keeps the
 * vectors in registers (a switch inside the loop made the methods too big to inline, and the vectors were boxed).
 */
final class VectorActivations {
    private VectorActivations() {}

    /** A = g(Z) in place: v[i] = g(v[i]) for i < n; returns v. A new constant must be added here to compile. */
    static double[] apply(Activation g, double leak, double[] v, int n) {
        return switch (g) {
            case SIGMOID -> sigmoid(v, n);
            case TANH -> tanh(v, n);
            case RELU -> relu(v, n);
            case LEAKY_RELU -> leakyRelu(v, n, leak);
            case LINEAR -> v;
        };
    }

    /** G = g′ from A: out[i] = g′(a[i]) for i < n ({@link Activation#derivative}); returns out. */
    static double[] derivative(Activation g, double leak, double[] a, double[] out, int n) {
        return switch (g) {
            case SIGMOID -> sigmoidDerivative(a, out, n);
            case TANH -> tanhDerivative(a, out, n);
            case RELU -> step(a, out, n, 0.0);
            case LEAKY_RELU -> step(a, out, n, leak);
            case LINEAR -> ones(out, n);
        };
    }

    private static double[] sigmoid(double[] v, int n) {
        for (int i = 0; i < n; i += LANES) VectorMath.sigmoid(DoubleVector.fromArray(S, v, i)).intoArray(v, i);
        return v;
    }

    private static double[] tanh(double[] v, int n) {
        for (int i = 0; i < n; i += LANES) VectorMath.tanh(DoubleVector.fromArray(S, v, i)).intoArray(v, i);
        return v;
    }

    /** max(z, 0) as z > 0 ? z : 0 (on 128 bits without a mask: {@link MaskFree#positive}). */
    private static double[] relu(double[] v, int n) {
        for (int i = 0; i < n; i += LANES) {
            DoubleVector z = DoubleVector.fromArray(S, v, i), zero = DoubleVector.zero(S);
            (HALVES ? MaskFree.pick(zero, z, MaskFree.positive(z)) : zero.blend(z, z.compare(VectorOperators.GT, 0.0)))
                    .intoArray(v, i);
        }
        return v;
    }

    /** z > 0 ? z : leak·z. */
    private static double[] leakyRelu(double[] v, int n, double leak) {
        for (int i = 0; i < n; i += LANES) {
            DoubleVector z = DoubleVector.fromArray(S, v, i), below = z.mul(leak);
            (HALVES ? MaskFree.pick(below, z, MaskFree.positive(z)) : below.blend(z, z.compare(VectorOperators.GT, 0.0)))
                    .intoArray(v, i);
        }
        return v;
    }

    /** σ′ = a·(1 − a). */
    private static double[] sigmoidDerivative(double[] a, double[] out, int n) {
        for (int i = 0; i < n; i += LANES) {
            DoubleVector ai = DoubleVector.fromArray(S, a, i);
            ai.mul(DoubleVector.broadcast(S, 1.0).sub(ai)).intoArray(out, i);
        }
        return out;
    }

    /** tanh′ = 1 − a². */
    private static double[] tanhDerivative(double[] a, double[] out, int n) {
        for (int i = 0; i < n; i += LANES) {
            DoubleVector ai = DoubleVector.fromArray(S, a, i);
            DoubleVector.broadcast(S, 1.0).sub(ai.mul(ai)).intoArray(out, i);
        }
        return out;
    }

    /** (leaky) ReLU′ = 1 where a > 0, else {@code below} (0 for ReLU, the leak for leaky ReLU). */
    private static double[] step(double[] a, double[] out, int n, double below) {
        DoubleVector low = DoubleVector.broadcast(S, below), one = DoubleVector.broadcast(S, 1.0);
        for (int i = 0; i < n; i += LANES) {
            DoubleVector ai = DoubleVector.fromArray(S, a, i);
            (HALVES ? MaskFree.pick(low, one, MaskFree.positive(ai)) : low.blend(one, ai.compare(VectorOperators.GT, 0.0)))
                    .intoArray(out, i);
        }
        return out;
    }

    /** Linear′ = 1. */
    private static double[] ones(double[] out, int n) {
        java.util.Arrays.fill(out, 0, n, 1.0);
        return out;
    }
}
