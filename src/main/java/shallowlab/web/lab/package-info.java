/** The lab: one experiment as a page ({@code /}) and as JSON and downloads ({@code /api/experiment…}); see docs/ARCHITECTURE.md. */
package shallowlab.web.lab;
