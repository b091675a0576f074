// The draw editor (templates/fragments/editor.html) over its model (editor-points.js): a click or tap adds a point
// of the chosen class, a drag paints several (one every 14 canvas pixels) or erases, each stroke one Undo step;
// the keyboard moves a cross and places or erases at it. The plane is drawn as the decision boundary's
// (boundary.js: axes, markers, class colours), so the points look the same before and after the run.
(function (lab) {
  'use strict';
  const dialog = document.getElementById('editor');
  const openNew = document.getElementById('draw-new');
  const openEdit = document.getElementById('draw-edit');
  if (!dialog || !openNew || !openEdit || !window.fetch || typeof dialog.showModal !== 'function') return;
  const canvas = document.getElementById('editor-canvas');
  const count = document.getElementById('editor-count');
  const cursorText = document.getElementById('editor-cursor');
  const error = document.getElementById('editor-error');
  const undo = document.getElementById('editor-undo');
  const model = new lab.EditorPoints();
  const PAINT_GAP = 14, ERASE_RADIUS = 18, MARKER = 5;   // CSS pixels; times scale() in canvas pixels
  const MIN_PER_CLASS = 2;   // points of each label an upload needs (PointsCsv.MIN_PER_CLASS)
  let cursor = null;        // the keyboard's cross, in plane units; shown while the canvas has focus
  let stroke = null;        // the pointer's last painted position while a button is down
  document.querySelector('.draw-buttons').hidden = false;

  const chosenClass = () => Number(dialog.querySelector('input[name="editor-class"]:checked').value);
  const erasing = () => dialog.querySelector('input[name="editor-tool"]:checked').value === 'erase';
  // The plot area, measured again only when what it depends on changes: sx and sy ask for it at every point drawn,
  // and measuring the axis labels each time made one redraw of 2,000 points measure tens of thousands of texts.
  let areaKey = '', areaFound = null;
  const area = () => {
    const key = [canvas.width, canvas.clientWidth, model.view.yMin, model.view.yMax].join(' ');
    if (key !== areaKey) { areaKey = key; areaFound = lab.plotArea(canvas, model.view); }
    return areaFound;
  };
  const scale = () => canvas.width / (canvas.clientWidth || canvas.width);   // canvas pixels per CSS pixel
  const unitsPerPixel = () => scale() * (model.view.xMax - model.view.xMin) / area().w;   // per CSS pixel
  const sx = (x) => area().x + ((x - model.view.xMin) / (model.view.xMax - model.view.xMin)) * area().w;
  const sy = (y) => area().y + area().h - ((y - model.view.yMin) / (model.view.yMax - model.view.yMin)) * area().h;

  /** The plane position under a pointer event, or null outside the plot area. */
  function planeAt(event) {
    const box = canvas.getBoundingClientRect(), a = area();
    const px = (event.clientX - box.left) * (canvas.width / box.width), py = (event.clientY - box.top) * (canvas.height / box.height);
    if (px < a.x || px > a.x + a.w || py < a.y || py > a.y + a.h) return null;
    return { px: px, py: py, x1: model.view.xMin + ((px - a.x) / a.w) * (model.view.xMax - model.view.xMin),
             x2: model.view.yMin + ((a.y + a.h - py) / a.h) * (model.view.yMax - model.view.yMin) };
  }

  function draw() {
    const ctx = canvas.getContext('2d'), a = area();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const r = MARKER * scale();
    ctx.lineWidth = 0.8 * scale();
    for (const p of model.points) {
      lab.markerPath(ctx, p.label, sx(p.x1), sy(p.x2), p.label === 1 ? r * 1.25 : r);
      ctx.fillStyle = lab.CLASS_COLORS[p.label];
      ctx.strokeStyle = '#111827';
      ctx.fill();
      ctx.stroke();
    }
    lab.drawAxes(ctx, model.view, a, sx, sy, canvas.width);
    if (cursor && document.activeElement === canvas) drawCross(ctx, sx(cursor.x1), sy(cursor.x2), scale());
    canvas.dataset.points = String(model.points.length);
  }

  function drawCross(ctx, x, y, k) {
    ctx.strokeStyle = '#111827';
    ctx.lineWidth = 2 * k;
    ctx.beginPath();
    ctx.moveTo(x - 12 * k, y); ctx.lineTo(x - 4 * k, y); ctx.moveTo(x + 4 * k, y); ctx.lineTo(x + 12 * k, y);
    ctx.moveTo(x, y - 12 * k); ctx.lineTo(x, y - 4 * k); ctx.moveTo(x, y + 4 * k); ctx.lineTo(x, y + 12 * k);
    ctx.stroke();
  }

  /** Gives the canvas as many pixels as it shows (times the screen's density), so markers keep their size. */
  function fit() {
    const pixels = Math.round(canvas.clientWidth * (window.devicePixelRatio || 1));
    if (pixels > 0 && pixels !== canvas.width) { canvas.width = pixels; canvas.height = pixels; }
  }
  window.addEventListener('resize', () => { if (dialog.open) { fit(); draw(); } });

  function changed(message) {
    const c = model.counts();
    count.textContent = c.all === 0 ? 'no points yet'
      : c.all + (c.all === 1 ? ' point: ' : ' points: ') + c.zeros + ' of label 0, ' + c.ones + ' of label 1';
    undo.disabled = model.history.length === 0;
    say(message || '');
    draw();
  }

  /** The line under the plane keeps its height when empty, so the plane never moves under a finger. */
  function say(message) {
    error.textContent = message;
  }

  /** Adds at p, or says the editor is full. */
  function addAt(p) {
    if (!model.add(p.x1, p.x2, chosenClass())) say('at most ' + lab.EditorPoints.MAX_POINTS + ' points');
  }

  canvas.addEventListener('pointerdown', (event) => {
    const p = planeAt(event);
    if (!p) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    model.checkpoint();
    stroke = p;
    if (erasing()) model.erase(p.x1, p.x2, ERASE_RADIUS * unitsPerPixel());
    else addAt(p);
    changed();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!stroke) return;
    const p = planeAt(event);
    if (!p) return;
    if (erasing()) model.erase(p.x1, p.x2, ERASE_RADIUS * unitsPerPixel());
    else if (Math.hypot(p.px - stroke.px, p.py - stroke.py) >= PAINT_GAP * scale()) addAt(p);
    else return;
    stroke = p;
    changed(error.textContent);
  });
  const endStroke = () => { stroke = null; };
  canvas.addEventListener('pointerup', endStroke);
  canvas.addEventListener('pointercancel', endStroke);

  /** Keyboard: arrows move the cross by 1/40 of the plane (Shift: 1/8); Space/Enter adds; Delete erases. */
  canvas.addEventListener('keydown', (event) => {
    const v = model.view, step = (v.xMax - v.xMin) / (event.shiftKey ? 8 : 40);
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    let handled = true;
    if (moves[event.key]) {
      cursor.x1 = Math.min(v.xMax, Math.max(v.xMin, cursor.x1 + moves[event.key][0]));
      cursor.x2 = Math.min(v.yMax, Math.max(v.yMin, cursor.x2 + moves[event.key][1]));
      cursorText.textContent = 'cross at x₁ ' + cursor.x1.toFixed(2) + ', x₂ ' + cursor.x2.toFixed(2);
      draw();
    } else if (event.key === ' ' || event.key === 'Enter') {
      model.checkpoint();
      addAt(cursor);
      changed(error.textContent);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      model.checkpoint();
      if (!model.eraseNearest(cursor.x1, cursor.x2, ERASE_RADIUS * 2 * unitsPerPixel())) model.history.pop();
      changed();
    } else if (event.key === '0' || event.key === '1') {
      dialog.querySelector('input[name="editor-class"][value="' + event.key + '"]').checked = true;
      cursorText.textContent = 'class: label ' + event.key;
    } else if (event.key === 'e' || event.key === 'E') {
      const next = erasing() ? 'add' : 'erase';
      dialog.querySelector('input[name="editor-tool"][value="' + next + '"]').checked = true;
      cursorText.textContent = 'tool: ' + next;
    } else if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey)) {
      model.undo();
      changed();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  });
  canvas.addEventListener('focus', () => {
    if (!cursor) cursor = { x1: (model.view.xMin + model.view.xMax) / 2, x2: (model.view.yMin + model.view.yMax) / 2 };
    draw();
  });
  canvas.addEventListener('blur', draw);

  undo.addEventListener('click', () => { model.undo(); changed(); });
  document.getElementById('editor-clear').addEventListener('click', () => {
    if (model.points.length === 0) return;
    model.checkpoint();
    model.clear();
    changed();
  });
  document.getElementById('editor-close').addEventListener('click', () => dialog.close());

  document.getElementById('editor-run').addEventListener('click', () => {
    const c = model.counts();
    if (c.zeros < MIN_PER_CLASS || c.ones < MIN_PER_CLASS) {
      say('add at least ' + MIN_PER_CLASS + ' points of each class: now ' + c.zeros + ' of label 0 and ' + c.ones
        + ' of label 1');
      return;
    }
    say('');
    if (!lab.formReadable()) {   // marked at its field, behind this dialog
      say('a number in the form can\'t be read as typed: close this to mend it (the drawing stays)');
      return;
    }
    lab.uploadPoints(model.csv())
      .then((answer) => lab.openUploaded(answer))
      .catch((failure) => say(failure.message));
  });

  /**
   * Opens the dialog on the drawing as it is (the points stay while the page does), without the last message: it
   * spoke of the drawing or the form as they were when the dialog closed.
   */
  function open() {
    dialog.showModal();
    fit();
    changed();
  }
  openNew.addEventListener('click', open);

  /** "Edit these points": the form's dataset as generated now (or the upload it names), exactly, then open. */
  openEdit.addEventListener('click', () => {
    const form = lab.formQuery(), query = new URLSearchParams();
    for (const key of ['dataset', 'points', 'noise', 'dataSeed']) if (form.has(key)) query.set(key, form.get(key));
    fetch('/api/experiment/points.csv?' + query)
      .then((response) => response.text().then((text) => ({ ok: response.ok, text: text })))
      .then((answer) => {
        if (!answer.ok) throw new Error(Object.values(JSON.parse(answer.text).errors || {}).join('; '));
        model.checkpoint();
        model.load(answer.text);
        cursor = null;
        open();
      })
      .catch((failure) => {
        open();
        say('the points could not be loaded: ' + (failure.message || 'check the connection'));
      });
  });
})(window.ShallowLab);
