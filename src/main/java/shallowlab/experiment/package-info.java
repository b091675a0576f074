/**
 * The experiment: one immutable, validated value ({@link shallowlab.experiment.Experiment}) that is also a share
 * link, and what running it gives ({@link shallowlab.experiment.Run}): the training result, the decision
 * boundary, and the JSON and CSV views the API serves.
 *
 * <p>Every parameter is a row of one typed table ({@link shallowlab.experiment.Param}): its key, its default,
 * its allowed values and its canonical text. Parsing a query, writing the canonical link, rendering the form and
 * varying one parameter in a comparison all go through that table. Depends on {@code nn} and {@code data}, never
 * on the web layer.
 */
package shallowlab.experiment;
