// The experiment forms across navigation. While the server trains a run (up to seconds, with the page unchanged
// until the answer comes), the lab's Run button says so. A page the browser brings back (Back, Forward) shows the
// run it was rendered with, so its form shows that run's values: not the ones typed before leaving it, which the
// browser would restore (the forms say autocomplete="off"), nor the whole page as it was left (the back-forward
// cache: then the form is reset to the values it came with, the fields that follow another are told it changed,
// and the button reads as before).
(function () {
  'use strict';
  const run = document.getElementById('run');
  const form = run && run.form;
  if (form) {
    form.addEventListener('submit', function () {
      run.dataset.label = run.textContent;
      run.textContent = 'Training…';
      run.classList.add('busy');
      form.setAttribute('aria-busy', 'true');
    });
  }
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    document.querySelectorAll('form.experiment').forEach(function (f) {
      f.reset();
      f.removeAttribute('aria-busy');
      f.querySelectorAll('select, input').forEach(function (field) {
        field.dispatchEvent(new Event('input'));
        field.dispatchEvent(new Event('change'));
      });
    });
    if (run && run.dataset.label) { run.textContent = run.dataset.label; run.classList.remove('busy'); }
  });
})();
