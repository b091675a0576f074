// "Use your own data" (templates/fragments/upload.html): posts the chosen CSV to /api/datasets and opens the lab on
// custom:<id> with the form's other settings; a refused file's message ("line 12: …") shows at the field.
(function () {
  'use strict';
  const box = document.getElementById('upload');
  const file = document.getElementById('upload-file');
  const error = document.getElementById('upload-error');
  if (!box || !file || !error || !window.fetch) return;
  box.hidden = false;

  function show(message) {
    error.textContent = message;
    error.hidden = !message;
    box.querySelector('.field').classList.toggle('invalid', Boolean(message));
    file.setAttribute('aria-invalid', String(Boolean(message)));
  }

  function refusal(body) {
    const errors = (body && body.errors) || {};
    return errors.csv || errors.rate || errors.store || errors.body || 'the server refused the file';
  }

  /**
   * The experiment as the form holds it now, on the uploaded data (points and noise can't change it), so the
   * learner's other choices stay; null without the form.
   */
  function withData(dataset) {
    const form = document.getElementById('experiment-form');
    if (!form) return null;
    const query = new URLSearchParams();
    for (const field of form.elements) {
      if (field.name && !field.disabled && field.type !== 'file' && field.type !== 'submit') query.set(field.name, field.value);
    }
    query.set('dataset', dataset);
    query.delete('points');
    query.delete('noise');
    return '/?' + query.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');   // as the canonical links write them
  }

  file.addEventListener('change', () => {
    const chosen = file.files[0];
    if (!chosen) return;
    show('');
    chosen.text()
      .then(text => fetch('/api/datasets', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: text }))
      .then(response => response.json().then(body => ({ ok: response.ok, body: body })))
      .then(answer => {
        if (answer.ok) window.location.assign(withData(answer.body.dataset) || answer.body.link);
        else show(refusal(answer.body));
      })
      .catch(() => show('the upload failed; check the connection and try again'));
  });
})();
