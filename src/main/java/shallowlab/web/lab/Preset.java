package shallowlab.web.lab;

import java.util.List;
import shallowlab.experiment.Experiment;
import shallowlab.experiment.Sweep;

/** A ready-made experiment, one click from the lab's form: the course's default and its classic variations. */
public record Preset(String name, String description, String href) {

    public static final List<Preset> ALL = List.of(
            of("Course default", "The notebook's run: 4 tanh units, α = 1.2, randn·0.01", ""),
            new Preset("Sigmoid vs tanh", "The course's run with each activation, side by side",
                    Sweep.parse(Experiment.DEFAULTS, "activation:sigmoid,tanh").sweep().link()),
            of("ReLU", "ReLU units, α = 0.5", "activation=relu&learningRate=0.5"),
            of("Zero init", "All weights 0: the units stay identical and the cost never moves", "init=zeros"),
            of("Too large init", "randn·10: tanh saturates from the start", "initScale=10"),
            of("Too large learning rate", "α = 10: the cost oscillates and jumps", "learningRate=10"),
            of("Linear activation", "A linear hidden layer is logistic regression", "activation=linear"),
            of("Divergence", "Linear units, randn·3, α = 10: the weights blow up within a few steps",
                    "hidden=8,8&activation=linear&initScale=3&learningRate=10&iterations=2000"));

    /** A preset as changes to the defaults, given as a query ({@code key=value&...}); its link is canonical. */
    private static Preset of(String name, String description, String changes) {
        Experiment e = Experiment.DEFAULTS;
        for (String pair : changes.isEmpty() ? new String[0] : changes.split("&")) {
            String[] kv = pair.split("=", 2);
            e = e.with(kv[0], kv[1]).orElseThrow();
        }
        return new Preset(name, description, e.link());
    }
}
