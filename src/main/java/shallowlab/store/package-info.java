/**
 * Saved experiments — a title, a note and an experiment's query string under a short unguessable id — and uploaded
 * datasets under their content id, kept over plain JDBC in embedded H2 by default and in PostgreSQL when the
 * environment names one. Depends only on {@code data} (the points); the experiment itself is validated elsewhere
 * and stored here as given.
 */
package shallowlab.store;
