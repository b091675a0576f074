// The comparison form's Values follow its Parameter: choosing another parameter puts that parameter's example
// values in the field (learning rates for α, activations' names for the activation), or the values typed for it
// before, so switching back loses nothing typed.
(function () {
  'use strict';
  const key = document.getElementById('varyKey'), values = document.getElementById('varyValues');
  if (!key || !values || !key.dataset.examples) return;
  const examples = JSON.parse(key.dataset.examples), typed = {};
  let shown = key.value;
  key.addEventListener('change', () => {
    typed[shown] = values.value;
    shown = key.value;
    values.value = typed[shown] !== undefined ? typed[shown] : (examples[shown] || '');
    values.dispatchEvent(new Event('input', { bubbles: true }));   // listeners on the field (upload buttons) see it
  });
})();
