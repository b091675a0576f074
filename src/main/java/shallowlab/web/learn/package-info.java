/** The Learn section: the list of guides and each guide with its runs measured ({@code /learn…}). */
package shallowlab.web.learn;
