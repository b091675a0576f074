package shallowlab.data;

/** A dataset cut in two; {@code test} has no points when nothing is held out. */
public record Split(Dataset train, Dataset test) {}
