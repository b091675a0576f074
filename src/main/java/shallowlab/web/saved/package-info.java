/** Saved experiments: the save form and API, the short links {@code /x/{id}} and the list of recent saves. */
package shallowlab.web.saved;
