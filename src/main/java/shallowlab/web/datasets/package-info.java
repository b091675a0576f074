/** Learners' own data: {@code POST /api/datasets} takes a CSV of points, {@code GET /api/datasets/{id}.csv} gives it back. */
package shallowlab.web.datasets;
