// Fields that can't change the run (leak unless leaky_relu, initScale for xavier, he and zeros) are disabled, so
// the form submits the canonical link; they follow the select they depend on (data-depends-on, data-active-values).
(function () {
  document.querySelectorAll('[data-depends-on]').forEach(function (field) {
    var select = document.getElementById(field.dataset.dependsOn);
    var input = field.querySelector('input');
    var note = field.querySelector('.inactive-note');
    if (!select || !input) return;
    var active = field.dataset.activeValues.split(',');
    function update() {
      var on = active.indexOf(select.value) >= 0;
      input.disabled = !on;
      if (note) note.hidden = on;
    }
    select.addEventListener('change', update);
    update();
  });
})();
