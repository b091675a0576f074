/**
 * The Learn section's content: one {@link shallowlab.guide.Guide} per idea of the course, each with the
 * experiments that show it ({@link shallowlab.guide.Trial}, built from the defaults), the outcome they produce,
 * and the numbers ({@link shallowlab.guide.Measure}) a learner reads off the runs. {@link shallowlab.guide.GuideService}
 * runs the trials and builds what a guide page shows. Depends on {@code experiment} and {@code nn}, never on the web.
 */
package shallowlab.guide;
