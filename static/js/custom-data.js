// Opening the lab (or the comparison) on the learner's own points, for the upload field (fragments/upload.html) and
// the draw editor (fragments/editor.html): the CSV goes to POST /api/datasets, which answers custom:<id>; the form's
// page then opens on it with the form's other settings (points and noise can't change such a run: left out).
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';

  /** The message of a refusal by /api/datasets ({"errors": {"csv": "line 12: …"}} and the like). */
  function refusal(body) {
    const errors = (body && body.errors) || {};
    return errors.csv || errors.rate || errors.store || errors.body || 'the server refused the points';
  }

  /** The form the upload field sits in: the lab's experiment or the comparison's. */
  function theForm() {
    const box = document.getElementById('upload');
    return (box && box.closest('form')) || document.getElementById('experiment-form');
  }

  /** The form's settings as a query (its named, enabled fields); empty without the form. */
  lab.formQuery = function () {
    const form = theForm();
    const query = new URLSearchParams();
    if (!form) return query;
    for (const field of form.elements) {
      if (field.name && !field.disabled && field.type !== 'file' && field.type !== 'submit') query.set(field.name, field.value);
    }
    return query;
  };

  /**
   * The form's page (the lab, or the comparison) on dataset with the form's other settings, written as the
   * canonical links write it.
   */
  lab.labLinkOn = function (dataset) {
    const form = theForm();
    const path = form ? new URL(form.action, window.location.href).pathname : '/';
    const query = lab.formQuery();
    query.set('dataset', dataset);
    query.delete('points');
    query.delete('noise');
    return path + '?' + query.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  };

  /** Stores the CSV's points: resolves to the answer {id, dataset, points, link}, rejects with the reason. */
  lab.uploadPoints = function (csv) {
    return fetch('/api/datasets', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv })
      .catch(() => { throw new Error('the upload failed; check the connection and try again'); })
      .then((response) => response.json().catch(() => null).then((body) => {
        if (!response.ok) throw new Error(refusal(body));
        return body;
      }));
  };
})(window.ShallowLab);
