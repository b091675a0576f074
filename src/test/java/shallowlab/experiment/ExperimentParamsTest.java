package shallowlab.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Param} and {@link Experiment}'s components stay one table: same names, same order, each read by its own row. */
class ExperimentParamsTest {
    private static final RecordComponent[] COMPONENTS = Experiment.class.getRecordComponents();

    /** For each parameter: another allowed text than the default, and a value of its type that is not allowed. */
    private record Change(String text, Object refused) {}

    private static final Map<Param, Change> CHANGES = Map.ofEntries(
            Map.entry(Param.DATASET, new Change("spiral", null)),
            Map.entry(Param.POINTS, new Change("402", 401)),
            Map.entry(Param.NOISE, new Change("0.3", 1.5)),
            Map.entry(Param.TEST_FRACTION, new Change("0.25", 0.75)),
            Map.entry(Param.DATA_SEED, new Change("7", -1L)),
            Map.entry(Param.HIDDEN, new Change("5,3", List.of(0))),
            Map.entry(Param.ACTIVATION, new Change("relu", null)),
            Map.entry(Param.LEAK, new Change("0.2", 0.6)),
            Map.entry(Param.LEARNING_RATE, new Change("0.5", 0.0)),
            Map.entry(Param.INIT, new Change("he", null)),
            Map.entry(Param.INIT_SCALE, new Change("0.5", 101.0)),
            Map.entry(Param.INIT_SEED, new Change("9", 1L << 32)),
            Map.entry(Param.ITERATIONS, new Change("500", 0)));

    @Test
    void componentNamesAreTheParamKeysInOrder() {
        List<String> names = Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
        List<String> keys = Arrays.stream(Param.values()).map(Param::key).toList();
        assertEquals(keys, names);
    }

    @Test
    void everyParamHasAChangeHere() {
        assertEquals(EnumSet.allOf(Param.class), EnumSet.copyOf(CHANGES.keySet()));
    }

    @Test
    void eachParamReadsItsOwnComponent() throws ReflectiveOperationException {
        for (Param p : Param.values()) {
            Dependency d = p.dependency();   // a parameter the defaults don't use is changed where it is used
            Experiment before = d == null ? Experiment.DEFAULTS
                    : Experiment.DEFAULTS.with(d.on().key(), d.values().get(0)).orElseThrow();
            Experiment after = before.with(p.key(), CHANGES.get(p).text()).orElseThrow();
            assertEquals(CHANGES.get(p).text(), p.text(after), p.key());
            for (Param q : Param.values()) {
                if (q != p) assertEquals(q.text(before), q.text(after), q.key() + " changed with " + p.key());
            }
            Object component = COMPONENTS[p.ordinal()].getAccessor().invoke(after);
            assertEquals(component, p.value(after), p.key());
            assertNotEquals(component, COMPONENTS[p.ordinal()].getAccessor().invoke(before), p.key());
        }
    }

    @Test
    void theConstructorChecksEachComponentThroughItsParam() throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        var constructor = Experiment.class.getDeclaredConstructor(types);
        for (Param p : Param.values()) {
            Object[] args = new Object[COMPONENTS.length];
            for (int i = 0; i < args.length; i++) args[i] = COMPONENTS[i].getAccessor().invoke(Experiment.DEFAULTS);
            args[p.ordinal()] = CHANGES.get(p).refused();
            var thrown = assertThrows(InvocationTargetException.class, () -> constructor.newInstance(args), p.key());
            assertInstanceOf(IllegalArgumentException.class, thrown.getCause(), p.key());
            assertEquals(p.key() + " " + p.message(), thrown.getCause().getMessage());
        }
    }
}
