// Opening the lab (or the comparison) on the learner's own points, for the upload field (fragments/upload.html) and
// the draw editor (fragments/editor.html): the CSV goes to POST /api/datasets, which answers custom:<id>; the form's
// page then opens on it with the form's other settings (points and noise can't change such a run: left out), or, on a
// comparison across datasets, the points join the values compared.
// What the learner typed into the Save box, and the answer's notes (a set column not used), go along to that page in
// sessionStorage: the Save box is filled again and the notes are shown under the headline.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const CARRIED = 'shallowlab.afterUpload';
  const UPLOADS = 'shallowlab.uploads', KEPT_UPLOADS = 12;

  /** The message of a refusal by /api/datasets ({"errors": {"csv": "line 12: …"}} and the like). */
  function refusal(body) {
    const errors = (body && body.errors) || {};
    if (errors.name) return 'the file\'s name ' + errors.name;
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
    if (comparesDatasets(query)) {
      query.set('varyValues', withValue(query.get('varyValues'), dataset));
    } else {
      query.set('dataset', dataset);
      query.delete('points');
      query.delete('noise');
    }
    return path + '?' + query.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  };

  /**
   * Whether the form is a comparison across datasets: there the base's dataset is replaced by each value, so new
   * points join the values (the base, and the points and noise the generated datasets use, stay as they are).
   */
  function comparesDatasets(query) { return query.get('varyKey') === 'dataset'; }

  /** The comma-separated values with value added at the end, unless they hold it already. */
  function withValue(values, value) {
    const given = (values || '').split(',').map((v) => v.trim()).filter(Boolean);
    if (!given.includes(value)) given.push(value);
    return given.join(',');
  }

  /**
   * Opens the form's page on the uploaded points (answer: {dataset, notes, …} from /api/datasets), carrying the Save
   * box's unsaved title and note and the answer's notes to it.
   */
  lab.openUploaded = function (answer) {
    const title = document.getElementById('save-title');
    const note = document.getElementById('save-note');
    const earlier = (!title && carriedFrom(null)) || { title: '', note: '' };   // this page has no box: keep its text
    const notes = (answer.notes || []).slice();
    if (comparesDatasets(lab.formQuery())) {
      notes.push((answer.name ? '“' + answer.name + '”' : 'The drawn points') + ' joined the datasets compared; the'
        + ' base above, and the points and noise of the generated datasets, stay as they were.');
    }
    const carried = { dataset: answer.dataset, notes: notes, title: title ? title.value : earlier.title,
      note: note ? note.value : earlier.note };
    try {
      if (carried.notes.length || carried.title.trim() || carried.note.trim()) {
        sessionStorage.setItem(CARRIED, JSON.stringify(carried));
      }
    } catch (storageOff) { /* nothing can be carried; the points still open */ }
    remember(answer);
    window.location.assign(lab.labLinkOn(answer.dataset));
  };

  /**
   * The uploads (and drawings) this browser stored, most recent first, as {dataset, name, points}; kept in its
   * localStorage, never sent, so that the Dataset field can offer them again (an upload can't be listed otherwise:
   * the server keeps no list of who uploaded what).
   */
  function remembered() {
    try {
      const list = JSON.parse(localStorage.getItem(UPLOADS));
      return Array.isArray(list) ? list.filter((u) => u && /^custom:[0-9a-f]{16}$/.test(u.dataset)) : [];
    } catch (unreadable) {
      return [];
    }
  }

  function remember(answer) {
    const entry = { dataset: answer.dataset, name: answer.name || null, points: answer.points };
    const list = [entry].concat(remembered().filter((u) => u.dataset !== entry.dataset)).slice(0, KEPT_UPLOADS);
    try { localStorage.setItem(UPLOADS, JSON.stringify(list)); } catch (storageOff) { /* not offered again */ }
  }

  /**
   * The Dataset field offers this browser's uploads under "Your uploads", each by its name and first digits; the
   * upload the page opened on goes there too when it is one of them (another's, from a link, stays on its own).
   */
  function offerUploads() {
    const select = document.getElementById('dataset');
    if (!select) return;
    const list = remembered();
    if (!list.length) return;
    const group = document.createElement('optgroup');
    group.label = 'Your uploads';
    for (const u of list) {
      const shown = [...select.options].find((o) => o.value === u.dataset);
      group.append(shown || new Option(uploadLabel(u), u.dataset));   // moved, the option keeps its selection
    }
    select.append(group);
  }
  offerUploads();

  /** An upload as the page names it: its file's name (or "drawn points"), first digits and count. */
  function uploadLabel(u) {
    const digits = u.dataset.slice('custom:'.length, 'custom:'.length + 6) + '…';
    return (u.name ? '“' + u.name + '”' : 'drawn points') + ' (' + digits + ', ' + u.points + ' points)';
  }

  /**
   * On the comparison's form, while the parameter is the dataset, a button per upload of this browser adds it to the
   * Values (its custom:<id>, which the page otherwise shows cut to six digits).
   */
  function offerUploadsAsValues() {
    const key = document.getElementById('varyKey'), values = document.getElementById('varyValues');
    const list = remembered();
    if (!key || !values || !list.length) return;
    const box = document.createElement('div');
    box.id = 'vary-uploads';
    box.className = 'vary-uploads';
    const title = document.createElement('span');
    title.textContent = 'Add an upload to the values:';
    box.append(title);
    for (const u of list) {
      const add = document.createElement('button');
      add.type = 'button';
      add.className = 'secondary';
      add.textContent = uploadLabel(u);
      add.addEventListener('click', () => { values.value = withValue(values.value, u.dataset); });
      box.append(add);
    }
    values.closest('.field').append(box);
    const follow = () => { box.hidden = key.value !== 'dataset'; };
    key.addEventListener('change', follow);
    follow();
  }
  offerUploadsAsValues();

  /**
   * What an upload carried, if it opened a page on its points (any page, when query is null): as its dataset, or as
   * one of the datasets compared; null otherwise.
   */
  function carriedFrom(query) {
    try {
      const carried = JSON.parse(sessionStorage.getItem(CARRIED));
      return carried && (query === null || opensOn(query, carried.dataset)) ? carried : null;
    } catch (unreadable) {
      return null;
    }
  }

  /** Whether the page of query runs on dataset: its own, or a value of its comparison across datasets. */
  function opensOn(query, dataset) {
    const vary = query.get('vary') || '';
    const compared = vary.startsWith('dataset:') ? vary.slice('dataset:'.length).split(/[,|]/)
      : query.get('varyKey') === 'dataset' ? (query.get('varyValues') || '').split(',') : [];
    return query.get('dataset') === dataset || compared.map((v) => v.trim()).includes(dataset);
  }

  /** The upload's notes, under the headline (or at the upload field when nothing ran), once. */
  function showNotes(notes) {
    const headline = document.getElementById('headline');
    const field = document.querySelector('#upload .field');
    if (!notes.length || (!headline && !field)) return;
    const box = document.createElement('p');
    box.className = 'notice upload-note';
    box.id = 'upload-note';
    box.setAttribute('role', 'status');
    if (headline) headline.after(box); else field.append(box);
    box.textContent = notes.join(' ');
  }

  /** The Save box as it was typed before the upload, opened; kept for later when this page has none. */
  function refillSaveBox(carried) {
    const title = document.getElementById('save-title');
    const note = document.getElementById('save-note');
    if (!title || !note) return false;
    if (!title.value) title.value = carried.title;
    if (!note.value) note.value = carried.note;
    const details = document.getElementById('save');
    if (details) details.open = true;
    return true;
  }

  const carried = carriedFrom(new URLSearchParams(window.location.search));
  if (carried) {
    showNotes(carried.notes);
    const typed = carried.title.trim() || carried.note.trim();
    try {   // the notes are said once; the text stays until a page has a Save box to take it
      if (!typed || refillSaveBox(carried)) sessionStorage.removeItem(CARRIED);
      else sessionStorage.setItem(CARRIED, JSON.stringify(Object.assign(carried, { notes: [] })));
    } catch (storageOff) { /* said once already */ }
  }

  /**
   * Whether the form can be carried to the points' page: a number field whose text the browser cannot read would
   * be carried empty and refused there, the text lost; fresh-form.js says so at the field instead (false then).
   */
  lab.formReadable = function () {
    const form = theForm();
    return !form || !lab.unreadableNumbers || !lab.unreadableNumbers(form);
  };

  /**
   * Stores the CSV's points under the file's name (none for drawn points): resolves to the answer {id, dataset,
   * points, link, notes, name}, rejects with the reason.
   */
  lab.uploadPoints = function (csv, name) {
    const path = '/api/datasets' + (name ? '?name=' + encodeURIComponent(name) : '');
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv })
      .catch(() => { throw new Error('the upload failed; check the connection and try again'); })
      .then((response) => response.json().catch(() => null).then((body) => {
        if (!response.ok) throw new Error(refusal(body));
        return body;
      }));
  };
})(window.ShallowLab);
