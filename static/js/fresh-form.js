// A page the browser brings back (Back, Forward) shows the run it was rendered with, so its form shows that run's
// values: not the ones typed before leaving it, which the browser would restore (the forms say autocomplete="off"),
// nor the whole page as it was left (the back-forward cache: then the form is reset to the values it came with, and
// the fields that follow another field are told it changed).
(function () {
  'use strict';
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    document.querySelectorAll('form.experiment').forEach(function (form) {
      form.reset();
      form.querySelectorAll('select, input').forEach(function (field) {
        field.dispatchEvent(new Event('input'));
        field.dispatchEvent(new Event('change'));
      });
    });
  });
})();
