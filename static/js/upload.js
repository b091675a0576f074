// "Use your own data" (templates/fragments/upload.html): posts the chosen CSV to /api/datasets and opens the lab on
// custom:<id> with the form's other settings, the Save box's text and the answer's notes (custom-data.js); the
// file's name goes along, for headlines to tell uploads apart; a refused file's message ("line 12: …") shows at
// the field.
(function (lab) {
  'use strict';
  const box = document.getElementById('upload');
  const file = document.getElementById('upload-file');
  const error = document.getElementById('upload-error');
  if (!box || !file || !error || !window.fetch) return;
  box.hidden = false;

  function show(message) {
    error.textContent = message;
    error.hidden = !message;
    file.closest('.field').classList.toggle('invalid', Boolean(message));
    file.setAttribute('aria-invalid', String(Boolean(message)));
  }

  file.addEventListener('change', () => {
    const chosen = file.files[0];
    if (!chosen) return;
    show('');
    if (!lab.formReadable()) { file.value = ''; return; }   // said at its field; the file can be chosen again
    chosen.text()
      .then((text) => lab.uploadPoints(text, chosen.name))
      .then((answer) => lab.openUploaded(answer))
      .catch((failure) => {
        show(chosen.name + ': ' + failure.message);   // the field is emptied below: the message names the file
        file.value = '';   // so that choosing the mended file (the same name) is a change again
      });
  });
})(window.ShallowLab);
