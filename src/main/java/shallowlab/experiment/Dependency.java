package shallowlab.experiment;

import java.util.Arrays;
import java.util.List;
import shallowlab.data.DatasetKind;
import shallowlab.nn.Activation;
import shallowlab.nn.Initializer;

/**
 * When a parameter can change the run: only while another parameter ({@code on}) takes one of {@code values}.
 * Otherwise it is inactive: the experiment holds its default, the canonical link leaves it out (so identical runs
 * share one link and one cache entry) and the form shows it disabled with {@code reason}.
 */
public record Dependency(Param on, List<String> values, String reason) {

    /** What {@code p} depends on, or null when it always matters. */
    static Dependency of(Param p) {
        return switch (p) {
            case LEAK -> new Dependency(Param.ACTIVATION, Arrays.stream(Activation.values())
                    .filter(Activation::usesLeak).map(Activation::key).toList(), "used only by leaky_relu");
            case INIT_SCALE -> new Dependency(Param.INIT, Arrays.stream(Initializer.values())
                    .filter(Initializer::usesScale).map(Initializer::key).toList(),
                    "used only by random (its factor) and constant (its value); xavier, he and zeros set their own");
            case POINTS, NOISE -> new Dependency(Param.DATASET, Arrays.stream(DatasetKind.values())
                    .map(DatasetKind::key).toList(), "used only by the generated datasets; uploaded data brings its own points");
            default -> null;
        };
    }

    /** Whether the parameter matters in {@code e}. */
    boolean activeIn(Experiment e) { return values.contains(on.text(e)); }
}
