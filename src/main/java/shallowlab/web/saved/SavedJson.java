package shallowlab.web.saved;

import shallowlab.store.SavedExperiment;

/** A saved experiment as the API answers it: the short link and the experiment's own link. */
record SavedJson(String id, String title, String note, String kind, String link, String experimentLink,
                 String createdAt) {
    static SavedJson of(SavedExperiment s) {
        return new SavedJson(s.id(), s.title(), s.note(), s.kind(), "/x/" + s.id(), s.query(), s.createdAt().toString());
    }
}
