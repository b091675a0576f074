package shallowlab.nn;

/** Thrown when a run passes its wall-time limit. */
public final class TrainingTimeout extends RuntimeException {
    public TrainingTimeout(String message) { super(message); }
}
