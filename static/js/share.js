// The share box: shows the absolute link and, where the clipboard works, a Copy button.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';

  /** Wires input #share-link and button #copy-link, if the page has them. */
  lab.shareBox = function () {
    const copy = document.getElementById('copy-link');
    const link = document.getElementById('share-link');
    if (!copy || !link) return;
    link.value = new URL(link.value, window.location.href).href;
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(link.value).then(
        () => { copy.textContent = 'Copied'; },
        () => { link.select(); copy.textContent = 'Press Ctrl+C'; });
    });
  };
})(window.ShallowLab);
