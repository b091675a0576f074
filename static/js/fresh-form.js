// The experiment forms across navigation. While the server trains a run (up to seconds, with the page unchanged
// until the answer comes), the lab's Run button says so. A page the browser brings back (Back, Forward) shows the
// run it was rendered with, so its form shows that run's values: not the ones typed before leaving it, which the
// browser would restore (the forms say autocomplete="off"), nor the whole page as it was left (the back-forward
// cache: then the form is reset to the values it came with, the fields that follow another are told it changed,
// and the button reads as before). A number field whose text the browser cannot read stops the form at once, with
// its message at the field; a page that refused its input opens on the list of what to fix.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const run = document.getElementById('run');
  const form = run && run.form;
  document.querySelectorAll('form.experiment').forEach(function (f) {   // the lab's and the compare page's
    f.addEventListener('submit', function (event) { if (unreadableNumbers(f)) event.preventDefault(); });
  });
  if (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) return;   // not sent: the button does not say it is training
      run.dataset.label = run.textContent;
      run.textContent = 'Training…';
      run.classList.add('busy');
      form.setAttribute('aria-busy', 'true');
    });
  }
  // A page that refused its input opens on the list of what to fix (each item links to its field).
  const summary = document.getElementById('form-error');
  if (summary) { summary.tabIndex = -1; summary.focus(); }

  /**
   * A number field whose text the browser cannot read ("1e", "1..2") would be sent empty, and come back empty
   * beside "is required": the text typed would be lost. Such a field is said at once, and the form not sent.
   */
  lab.unreadableNumbers = unreadableNumbers;   // an upload or a drawing opens the form's page too (custom-data.js)
  function unreadableNumbers(f) {
    const bad = Array.from(f.querySelectorAll('input[type=number]')).filter((i) => !i.disabled && i.validity.badInput);
    bad.forEach(function (input) {
      let message = document.getElementById(input.id + '-error');
      if (!message) {
        message = document.createElement('small');
        message.className = 'error';
        message.id = input.id + '-error';
        message.setAttribute('role', 'alert');
        input.parentElement.appendChild(message);
      }
      message.textContent = 'is not a number as typed: use digits, with a dot for decimals (e.g. 0.5)';
      input.setAttribute('aria-invalid', 'true');
      input.parentElement.classList.add('invalid');
      input.addEventListener('input', function clear() {
        if (input.validity.badInput) return;
        message.remove();
        input.setAttribute('aria-invalid', 'false');
        input.parentElement.classList.remove('invalid');
        input.removeEventListener('input', clear);
      });
    });
    if (bad.length) bad[0].focus();
    return bad.length > 0;
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
})(window.ShallowLab);
