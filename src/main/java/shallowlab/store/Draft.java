package shallowlab.store;

import static shallowlab.store.SavedExperiment.MAX_NOTE;
import static shallowlab.store.SavedExperiment.MAX_QUERY;
import static shallowlab.store.SavedExperiment.MAX_TITLE;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a save asks to store, trimmed and checked: every bad field is reported at once. */
record Draft(String title, String note, String query, String kind) {

    static Draft of(String title, String note, String query, String kind) {
        if (!SavedExperiment.LAB.equals(kind) && !SavedExperiment.COMPARE.equals(kind)) {
            throw new IllegalArgumentException("kind must be 'lab' or 'compare', got '" + kind + "'");
        }
        Map<String, String> errors = errors(title, note, query);
        if (!errors.isEmpty()) throw new InvalidSaveException(errors);
        return new Draft(strip(title), strip(note), query, kind);
    }

    /** What is wrong with these fields, keyed title, note, query; empty when they can be saved. */
    static Map<String, String> errors(String title, String note, String query) {
        String t = strip(title), n = strip(note), q = query == null ? "" : query;
        Map<String, String> errors = new LinkedHashMap<>();
        if (t.isEmpty()) errors.put("title", "Give the experiment a title.");
        else if (t.length() > MAX_TITLE) errors.put("title", "The title is longer than " + MAX_TITLE + " characters.");
        if (n.length() > MAX_NOTE) errors.put("note", "The note is longer than " + MAX_NOTE + " characters.");
        if (q.isBlank()) errors.put("query", "There is no experiment to save.");
        else if (q.length() > MAX_QUERY) errors.put("query", "The experiment link is longer than " + MAX_QUERY + " characters.");
        return errors;
    }

    private static String strip(String s) { return s == null ? "" : s.strip(); }
}
