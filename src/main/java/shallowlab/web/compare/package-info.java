/** Comparisons: one experiment run once per value of one parameter ({@code /compare}, its event stream and {@code /api/compare}). */
package shallowlab.web.compare;
