// The lab's "Inside the network": the diagram (units with their maps, weights as lines), the timeline over the
// run's snapshots and the hidden space, all redrawn together when the timeline moves. Reads #page-data's run.
(function (lab) {
  'use strict';
  const pageData = document.getElementById('page-data');
  const run = pageData && JSON.parse(pageData.textContent).run;
  if (!run || !run.snapshots || !document.getElementById('inside')) return;
  lab.timelineDrawsBoundary = true;   // show() draws the boundary and its note at the snapshot: lab.js need not
  /** Units drawn per layer; a larger layer shows its first ones and "+N more". */
  const SHOWN = 8;
  /** Frames per second while playing. */
  const FPS = 6;
  const snaps = run.snapshots, config = run.config;
  const activation = config.activation, leak = config.leak;
  const grid = lab.gridPoints(run.boundary);
  const train = run.data.train;
  const slider = document.getElementById('timeline');
  const net = document.getElementById('net');
  let current = 0, playing = null, chosen = null, frame = null;

  lab.afterFirstPaint(() => {   // below the fold, after the lab's own charts (lab.js queued them first)
    const bar = document.getElementById('timeline-box');
    bar.hidden = false;
    keepClearOf(bar);
    document.getElementById('inside-help').hidden = false;
    slider.max = String(snaps.iterations.length - 1);
    buildDiagram();
    sayWhenTheDiagramScrolls();
    buildHiddenSpaceAxes();
    wireControls();
    const start = startIndex(), last = snaps.iterations.length - 1;
    chosen = { l: 1, j: 0 };   // unit 1 of layer 1, large from the start: hovering another later shifts nothing
    if (start !== last) show(last);   // the units' signs at the end keep their room (updateDiagram) from the start
    show(start);
    sayWhereTheLinkOpens(start);
    window.addEventListener('hashchange', () => {   // a #t= link clicked, typed or gone back to: open at it
      if (!location.hash.startsWith('#t=')) return;   // a link within the page (#inside, the form): not ours
      const i = startIndex();
      show(i);
      sayWhereTheLinkOpens(i);
    });
  });

  /** The index of the last of the ascending iterations at or before t (0 if none is). */
  function atOrBefore(iterations, t) {
    let found = 0;
    iterations.forEach((it, i) => { if (it <= t) found = i; });
    return found;
  }

  /**
   * The timeline stays in sight at the window's top or bottom edge (inside.css): what the page scrolls to (a focused
   * control, a link's target such as #inside) is placed clear of it, by scroll padding of its height.
   */
  function keepClearOf(bar) {
    const pad = () => {
      const px = (bar.offsetHeight + 8) + 'px', root = document.documentElement.style;
      root.scrollPaddingTop = px;
      root.scrollPaddingBottom = bar.classList.contains('in-use') ? px : '';   // held at the bottom only once used
      root.setProperty('--timeline-clearance', px);   // the bar's own controls take it back (inside.css)
    };
    pad();
    if (window.ResizeObserver) new ResizeObserver(pad).observe(bar);
    new MutationObserver(pad).observe(bar, { attributes: true, attributeFilter: ['class'] });
  }

  /**
   * The snapshot a #t=<iteration> fragment names (the nearest at or before it, saying so when it is not that
   * iteration), else the last (saying so when the fragment is not a whole number).
   */
  function startIndex() {
    const m = /^#t=(\d+)$/.exec(location.hash);
    if (!m) {
      lab.note('timeline-asked', location.hash.startsWith('#t=') ? 'The link asks for iteration "'
        + decodeURIComponent(location.hash.slice(3)) + '", which is not a whole number (write e.g. #t=1000): it opens at the'
        + ' end of the run.' : '');
      return snaps.iterations.length - 1;
    }
    const t = Number(m[1]);
    const best = atOrBefore(snaps.iterations, t), at = snaps.iterations[best];
    lab.note('timeline-asked', at === t ? '' : 'The link asks for iteration ' + t + '; the run keeps snapshots at '
      + snaps.iterations.length + ' iterations, and the nearest at or before it is iteration ' + at + '.');
    return best;
  }

  /**
   * Opened at a snapshot (#t=), the page says so in its first screen, where the numbers are the run's end, with a
   * link down to the network at that iteration.
   */
  function sayWhereTheLinkOpens(i) {
    const cue = document.getElementById('opened-at');
    if (!cue) return;
    if (!cue.dataset.wired) {   // "see it there": down to the network, the address keeping its #t= (a reload opens there)
      cue.dataset.wired = 'true';
      cue.querySelector('a').addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById('inside').scrollIntoView();
        document.getElementById('inside-title').focus({ preventScroll: true });
      });
    }
    const asked = location.hash.startsWith('#t=') && i !== snaps.iterations.length - 1;
    cue.hidden = !asked;
    if (asked) document.getElementById('opened-at-iteration').textContent = String(snaps.iterations[i]);
  }

  /**
   * What the learner shares or saves keeps the iteration they are looking at: the share link and the save form
   * (whose answer redirects to the saved run; a redirect keeps the request's fragment) carry #t=, as the address does.
   */
  function keepInLinks(t) {
    const link = document.getElementById('share-link');
    if (link) {
      if (link.dataset.base === undefined) link.dataset.base = link.value.split('#')[0];
      link.value = link.dataset.base + '#t=' + t;
    }
    const save = document.querySelector('form.save-form');
    if (save) save.setAttribute('action', '/x#t=' + t);
  }

  function wireControls() {
    slider.addEventListener('input', () => show(Number(slider.value), true));
    document.getElementById('timeline-back').addEventListener('click', () => show(Math.max(0, current - 1), true));
    document.getElementById('timeline-forward').addEventListener('click', () => show(Math.min(snaps.iterations.length - 1, current + 1), true));
    document.getElementById('timeline-play').addEventListener('click', togglePlay);
    ['hidden-x', 'hidden-y'].forEach((id, axis, ids) => document.getElementById(id).addEventListener('change', (e) => {
      keepAxesApart(e.target, document.getElementById(ids[1 - axis]));
      describeUnitsOffTheAxes();
      drawHiddenSpace();
    }));
    window.addEventListener('resize', drawEdges);
  }

  function togglePlay() {
    const button = document.getElementById('timeline-play');
    if (playing) {
      clearInterval(playing); playing = null;
      sayTheNumbers(true);
    } else {
      sayTheNumbers(false);   // six changes a second would flood a screen reader; the iteration it stops at is said
      if (current === snaps.iterations.length - 1) show(0, true);
      playing = setInterval(() => {
        if (current >= snaps.iterations.length - 1) { togglePlay(); return; }
        show(current + 1, true);
      }, 1000 / FPS);
    }
    button.textContent = playing ? 'Pause' : 'Play';
    button.setAttribute('aria-pressed', playing ? 'true' : 'false');
  }

  /** The numbers line read out as it changes (aloud: true), or not; turned on again, it says where it stands. */
  function sayTheNumbers(aloud) {
    const el = document.getElementById('timeline-numbers');
    el.setAttribute('aria-live', aloud ? 'polite' : 'off');
    if (aloud) numbers(snaps.iterations[current]);
  }

  /**
   * Moves everything to snapshot i: numbers, chart cursors, boundary, unit maps, diagram, hidden space; the layer
   * bars to the last record at or before barsAt (default: the snapshot's iteration).
   */
  function show(i, fromUser, barsAt) {
    if (fromUser) {
      lab.note('timeline-asked', '');   // the link's request is answered once the learner moves on
      const bar = document.getElementById('timeline-box');   // it now follows them up the page too: once, as its
      if (!bar.classList.contains('in-use')) bar.classList.add('in-use');   // class change re-pads the page
    }
    current = i;
    slider.value = String(i);
    const t = snaps.iterations[i], params = snaps.parameters[i];
    frame = { t: t, params: params, grid: lab.forward(params, activation, leak, grid.xs, grid.ys),
      points: lab.forward(params, activation, leak, train.x1, train.x2) };
    numbers(t);
    cursors(t, barsAt === undefined ? t : barsAt);
    const out = frame.grid[frame.grid.length - 1][0];
    lab.drawBoundary(document.getElementById('boundary'), Object.assign({}, run.boundary, { values: Array.from(out) }), run.data);
    document.getElementById('boundary').dataset.iteration = String(t);
    document.getElementById('boundary-iteration').textContent = String(t);
    document.getElementById('boundary-at').hidden = false;
    noteTheBoundary(lab.boundaryNote(out, t));   // of what is drawn: this snapshot's exact outputs
    updateDiagram();
    drawHiddenSpace();
    if (chosen) enlarge(chosen.l, chosen.j);
    if (fromUser) {
      history.replaceState(null, '', '#t=' + t);
      // The address, and so the link, now open at t: a notice above that says where the link opens follows (its
      // number only: shown or hidden, it would move the page under the learner's eyes while the timeline plays).
      const cue = document.getElementById('opened-at');
      if (cue && !cue.hidden) document.getElementById('opened-at-iteration').textContent = String(t);
    }
    if (fromUser || /^#t=\d+$/.test(location.hash)) keepInLinks(t);
    slider.setAttribute('aria-valuetext', 'iteration ' + t);
  }

  /**
   * The boundary's note under it as the page opens; once the learner moves the timeline, over the plot's top edge,
   * the note under it keeping its room unseen: a note coming and going while playing (iteration 0's "nearly
   * undecided") would move everything below the boundary twice.
   */
  function noteTheBoundary(text) {
    const below = document.getElementById('boundary-note');
    if (!document.getElementById('timeline-box').classList.contains('in-use')) {
      lab.note('boundary-note', text);
      return;
    }
    below.style.visibility = 'hidden';
    lab.note('boundary-snapshot-note', text);
  }

  /** A share as the page writes it: "90.50 %", "47 %" (".00" dropped), "—" for none. */
  function pct(v) { return v === null || v === undefined ? '—' : (100 * v).toFixed(2).replace(/\.00$/, '') + '\u00a0%'; }   // never a lone % on a line

  /** The cost and accuracies recorded at iteration t (snapshots sit on recorded iterations). */
  function numbers(t) {
    const r = run.iterations.indexOf(t);
    let text = 'iteration ' + t;
    if (r < 0 && run.diverged !== null) text += ' · the cost is no longer a finite number: training diverged here';
    if (r >= 0) {
      text += ' · cost ' + (run.cost[r] === null ? '—' : run.cost[r].toFixed(6)) + ' · train ' + pct(run.trainAccuracy[r]);
      if (run.testAccuracy) text += ' · test ' + pct(run.testAccuracy[r]);
    }
    const el = document.getElementById('timeline-numbers');
    el.textContent = text;
    el.dataset.iteration = String(t);
    if (r >= 0) el.dataset.cost = String(run.cost[r]);
  }

  /** A vertical cursor at iteration t on every line chart of the page (see cursor.js); the layer bars at barsAt. */
  function cursors(t, barsAt) {
    ['cost-chart', 'accuracy-chart', 'gradient-chart'].forEach((id) => {
      const canvas = document.getElementById(id);
      const chart = canvas && window.Chart && window.Chart.getChart(canvas);
      if (chart) { chart.$cursor = t; chart.draw(); canvas.dataset.cursor = String(t); }
    });
    const r = atOrBefore(run.iterations, barsAt);
    ['gradient-at', 'saturation-at'].forEach((id) => {
      const range = document.getElementById(id);
      if (range && range.value !== String(r)) { range.value = String(r); range.dispatchEvent(new Event('input')); }
    });
  }

  /** Shows, while the diagram is wider than its box (a deep net on a phone), that it scrolls sideways. */
  function sayWhenTheDiagramScrolls() {
    const note = document.getElementById('net-scroll');
    const check = () => { note.hidden = net.scrollWidth <= net.clientWidth + 1; };
    check();
    window.addEventListener('resize', check);
  }

  function layerName(l, L) { return l === 0 ? 'input' : l === L ? 'output' : 'hidden layer ' + l; }

  /** Columns for x, each hidden layer and the output; units as buttons with a canvas, lines in an SVG behind. */
  function buildDiagram() {
    const W = snaps.parameters[0].W, L = W.length;
    const sizes = [2].concat(W.map((w) => w.length));
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'net-edges');
    svg.setAttribute('aria-hidden', 'false');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', 'The weights: one stop of the Tab key, the arrow keys move between them');
    svg.addEventListener('keydown', stepAmongWeights);
    net.appendChild(svg);
    sizes.forEach((n, l) => {
      const col = document.createElement('div');
      col.className = 'net-layer';
      const head = document.createElement('p');
      head.className = 'net-head';
      head.innerHTML = l === 0 ? 'x: 2 inputs' : layerName(l, L) + ': ' + n + (n === 1 ? ' unit' : ' units')
        + '<br><small>W[' + l + '] ' + n + '×' + sizes[l - 1] + ', b[' + l + '], a[' + l + '] = '
        + (l === L ? 'σ' : activation.replace('_', ' ')) + '(z[' + l + '])</small>';
      col.appendChild(head);
      for (let j = 0; j < Math.min(n, SHOWN); j++) col.appendChild(unitButton(l, j, L));
      if (n > SHOWN) {
        const more = document.createElement('p');
        more.className = 'net-more';
        more.textContent = '+' + (n - SHOWN) + ' more';
        col.appendChild(more);
      }
      net.appendChild(col);
    });
  }

  function unitButton(l, j, L) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'unit';
    b.dataset.layer = String(l); b.dataset.unit = String(j);
    const canvas = document.createElement('canvas');
    canvas.width = 60; canvas.height = 60;
    b.appendChild(canvas);
    const label = document.createElement('span');
    label.className = 'unit-label';
    label.textContent = l === 0 ? 'x' + 'ₓ₁₂'[j + 1] : l === L ? 'ŷ' : String(j + 1);
    b.appendChild(label);
    b.appendChild(document.createTextNode(' '));
    const sign = document.createElement('span');
    sign.className = 'unit-sign';
    b.appendChild(sign);
    const pick = () => { chosen = { l: l, j: j }; enlarge(l, j); };
    b.addEventListener('mouseenter', pick);
    b.addEventListener('focus', pick);
    b.addEventListener('click', pick);
    return b;
  }

  /** Unit maps, signs and labels for the current snapshot, then the lines. */
  function updateDiagram() {
    const L = frame.params.W.length;
    net.querySelectorAll('.unit').forEach((b) => {
      const l = Number(b.dataset.layer), j = Number(b.dataset.unit);
      const values = frame.grid[l][j];
      lab.paintMap(b.querySelector('canvas'), values, run.boundary.size, l === 0 ? 'linear' : l === L ? 'sigmoid' : activation);
      const signs = l > 0 && l < L ? lab.unitSigns(frame.params, frame.points, l, j, activation, leak) : {};
      const words = [];
      if (signs.dead) words.push('dead');
      if (signs.saturated) words.push(Math.round(100 * signs.saturated) + '\u00a0% saturated');
      if (signs.sameAs) words.push('same as unit\u00a0' + signs.sameAs);   // the number never alone on a line
      b.querySelector('.unit-sign').textContent = words.join(' · ');
      b.classList.toggle('dead', !!signs.dead);
      b.classList.toggle('clone', !!signs.sameAs);
      // the accessible name starts with the visible text (the unit's number and its signs), then says the rest
      const visible = (b.querySelector('.unit-label').textContent + ' ' + words.join(' · ')).trim();
      b.setAttribute('aria-label', visible + ': ' + describe(l, j, L));
      b.title = describe(l, j, L);
    });
    keepTheUnitsRoom();
    drawEdges();
  }

  /**
   * A unit's signs come and go as the timeline moves ("93 % saturated" takes two lines): each unit keeps the tallest
   * room it has needed, so the diagram and what is below it do not move while playing. Heights read in one pass,
   * then set, so the page lays out once.
   */
  function keepTheUnitsRoom() {
    const units = Array.from(net.querySelectorAll('.unit'));
    const heights = units.map((b) => b.getBoundingClientRect().height);   // a fraction of a pixel counts
    units.forEach((b, i) => { if (heights[i] > (Number(b.dataset.room) || 0)) { b.dataset.room = String(heights[i]); b.style.minHeight = heights[i] + 'px'; } });
  }

  function describe(l, j, L) {
    if (l === 0) return 'input x' + (j + 1);
    const w = frame.params.W[l - 1][j], b = frame.params.b[l - 1][j];
    return layerName(l, L) + ', unit ' + (j + 1) + ': a = ' + (l === L ? 'σ' : activation) + '(w·a[' + (l - 1) + '] + b), b = '
      + b.toPrecision(3) + ', w = (' + w.slice(0, 6).map((v) => v.toPrecision(3)).join(', ') + (w.length > 6 ? ', …' : '') + ')';
  }

  /**
   * The weight lines are one stop of the Tab key (a deep net has hundreds): the line last focused has tabindex 0, the
   * others −1, and the arrow keys move among them in order (Home, End: the first, the last).
   */
  let weightInFocus = 0;
  function stepAmongWeights(event) {
    const lines = Array.from(net.querySelectorAll('line.weight')), i = lines.indexOf(event.target);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: lines.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(lines.length - 1, to));
    lines[i].setAttribute('tabindex', '-1');
    lines[next].setAttribute('tabindex', '0');
    lines[next].focus();
  }

  /**
   * Per layer, the largest |w| of any snapshot: the lines' widths are on one scale for the whole run, so that a
   * line as wide at two steps is the same weight, and weights that grow thicken as the timeline plays (scaled per
   * step, the course run's 0.02 at the start and 13 at the end were drawn alike).
   */
  const largestWeight = snaps.parameters[0].W.map((_, l) => {
    let max = 0;
    for (const p of snaps.parameters) p.W[l].forEach((row) => row.forEach((w) => { if (Math.abs(w) > max) max = Math.abs(w); }));
    return max;
  });

  /** Lines between the shown units: colour by the weight's sign, width by its size on the run's scale of its layer. */
  function drawEdges() {
    const svg = net.querySelector('svg');
    if (!frame) return;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const box = net.getBoundingClientRect();
    svg.setAttribute('width', String(box.width)); svg.setAttribute('height', String(net.scrollHeight));
    const centre = (el, side) => {
      const r = el.getBoundingClientRect();
      return { x: (side > 0 ? r.right : r.left) - box.left, y: r.top + r.height / 2 - box.top };
    };
    const units = (l) => Array.from(net.querySelectorAll('.unit[data-layer="' + l + '"]'));
    let index = 0;   // the weight line's place among all of them, for the one Tab stop
    frame.params.W.forEach((W, l) => {
      const max = largestWeight[l];
      const from = units(l), to = units(l + 1);
      to.forEach((target, j) => from.forEach((source, k) => {
        const w = W[j][k], a = centre(source, 1), b = centre(target, -1);
        const segment = (cls) => {
          const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
          line.setAttribute('class', cls);
          line.setAttribute('x1', a.x); line.setAttribute('y1', a.y); line.setAttribute('x2', b.x); line.setAttribute('y2', b.y);
          return line;
        };
        const text = 'W[' + (l + 1) + '] row ' + (j + 1) + ', column ' + (k + 1) + ' = ' + w.toPrecision(4);
        const say = () => { document.getElementById('unit-info').textContent = text; document.getElementById('unit-large-box').hidden = false; };
        const line = segment('weight');   // what shows, and what the keyboard focuses
        line.setAttribute('stroke', w === 0 ? '#9ca3af' : w > 0 ? 'rgb(29,58,138)' : 'rgb(230,159,0)');
        line.setAttribute('stroke-width', String(0.6 + (max > 0 ? 5 * Math.abs(w) / max : 0)));
        line.setAttribute('stroke-dasharray', w >= 0 ? '' : '5 3');
        const mine = index++;
        line.setAttribute('tabindex', mine === weightInFocus ? '0' : '-1');
        line.setAttribute('aria-label', text);
        line.addEventListener('focus', () => { weightInFocus = mine; say(); });
        const hit = segment('hit');   // an invisible band 9 px wide along it, so a thin line is as easy to hover
        hit.setAttribute('aria-hidden', 'true');
        hit.addEventListener('mouseenter', say);
        [line, hit].forEach((el) => {   // the title names the line for assistive technology, and is the hover tooltip
          const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
          title.textContent = text;
          el.appendChild(title);
        });
        svg.appendChild(line);
        svg.appendChild(hit);
      }));
    });
  }

  /** Unit j of layer l large, with the data points, on the boundary's axes. */
  function enlarge(l, j) {
    const canvas = document.getElementById('unit-large'), L = frame.params.W.length;
    const small = document.createElement('canvas');
    lab.paintMap(small, frame.grid[l][j], run.boundary.size, l === 0 ? 'linear' : l === L ? 'sigmoid' : activation, 0.5);
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, canvas.width, canvas.height);
    const b = run.boundary;
    const sx = (x) => ((x - b.xMin) / (b.xMax - b.xMin)) * canvas.width, sy = (y) => canvas.height - ((y - b.yMin) / (b.yMax - b.yMin)) * canvas.height;
    for (let i = 0; i < train.x1.length; i++) lab.drawMarker(ctx, sx(train.x1[i]), sy(train.x2[i]), train.label[i], 2.5);
    canvas.dataset.unit = l + '-' + j;
    canvas.dataset.drawn = 'true';
    document.getElementById('unit-info').textContent = describe(l, j, L) + ' — at iteration ' + frame.t;
    document.getElementById('unit-large-box').hidden = false;
  }

  function buildHiddenSpaceAxes() {
    const last = snaps.parameters[0].W[snaps.parameters[0].W.length - 2];
    if (!last) return;   // no hidden layer
    const n = last.length;
    // The axes start on the pair whose line sorts the most points at the run's end: the slice that shows most.
    const end = snaps.parameters[snaps.parameters.length - 1];
    const start = lab.bestPair(lab.forward(end, activation, leak, train.x1, train.x2), end, train.label);
    ['hidden-x', 'hidden-y'].forEach((id, axis) => {
      const select = document.getElementById(id);
      for (let j = 0; j < n; j++) {
        const o = document.createElement('option');
        o.value = String(j); o.textContent = 'unit ' + (j + 1);
        select.appendChild(o);
      }
      select.value = String(start[Math.min(axis, start.length - 1)]);
      select.dataset.was = select.value;
      select.disabled = n === 1;
    });
    document.getElementById('hidden-space-box').hidden = false;
    describeUnitsOffTheAxes();
  }

  /** Units as "unit 3", "units 3 and 4", "units 2, 3 and 4" (0-based indices in). */
  function unitNames(indices) {
    const n = indices.map((j) => String(j + 1));
    return n.length === 1 ? 'unit ' + n[0] : 'units ' + n.slice(0, -1).join(', ') + ' and ' + n[n.length - 1];
  }

  /**
   * The caption's account of the units on neither axis, as they are at the run's end (set when the axes change,
   * never while the timeline plays: the caption sits above the plot): clones of an axis' unit (the same weights,
   * the diagram's "same as unit k") move with it; the others are held at their mean over the points.
   */
  function describeUnitsOffTheAxes() {
    const n = snaps.parameters[0].W[snaps.parameters[0].W.length - 2].length;
    const note = document.getElementById('hidden-space-note');
    if (n <= 2) { note.textContent = ''; return; }
    const ux = Number(document.getElementById('hidden-x').value), uy = Number(document.getElementById('hidden-y').value);
    const roles = lab.hiddenSpaceRoles(snaps.parameters[snaps.parameters.length - 1], ux, uy);
    let parts;
    if (roles.axesTwins && !roles.held.length) {
      note.textContent = '(all ' + n + ' units are clones of one another, one distinct unit: the same weights, so the'
        + ' same a at every point; the points lie on the diagonal, and the line is the network\'s own decision)';
      return;
    }
    if (roles.axesTwins) {
      const more = roles.withX.concat(roles.withY);
      parts = [unitNames([ux, uy].sort((a, b) => a - b)) + ' are clones, with the same weights and so the same a at every'
        + ' point: the points lie on the diagonal']
        .concat(more.length ? [unitNames(more) + (more.length === 1 ? ' is one too' : ' are clones too') + ', moving with the axes'] : []);
    } else {
      const same = ' — the same weights, so the same a at every point —';
      parts = [[roles.withX, ux], [roles.withY, uy]].filter(([twins]) => twins.length).map(([twins, axis]) =>
        unitNames(twins) + (twins.length === 1 ? ' is a clone' : ' are clones') + ' of unit ' + (axis + 1) + same
          + ' and ' + (twins.length === 1 ? 'moves' : 'move') + ' with its axis');
    }
    if (roles.held.length) {   // then the pair matters: it is chosen
      const k = roles.held.length;
      parts.push('the other ' + k + (k === 1 ? ' unit is' : ' units are') + ' held at their mean over the points',
        'the axes start on the pair whose line puts the most points on their side at the end');
    } else {
      parts.push('so the line is the network\'s own decision');
    }
    note.textContent = '(' + parts.join('; ') + ')';
  }

  /** The same unit on both axes would plot a diagonal: the other axis takes the unit this one had (they swap). */
  function keepAxesApart(changed, other) {
    if (changed.value === other.value) { other.value = changed.dataset.was; other.dataset.was = other.value; }
    changed.dataset.was = changed.value;
  }

  function drawHiddenSpace() {
    const box = document.getElementById('hidden-space-box');
    if (box.hidden || !frame) return;
    const n = frame.params.W[frame.params.W.length - 2].length;
    const ux = Number(document.getElementById('hidden-x').value), uy = n === 1 ? null : Number(document.getElementById('hidden-y').value);
    const canvas = document.getElementById('hidden-space');
    const { share, roles } = lab.drawHiddenSpace(canvas, frame.points, frame.params, train, ux, uy);
    canvas.dataset.iteration = String(frame.t);
    document.getElementById('hidden-space-fit').textContent = fit(share, n, roles);
  }

  /**
   * What the line of the hidden space gets right beside what the network does (at the frame's iteration): with one
   * or two units, or when every other unit is a clone of an axis' unit, the line is the network's own decision;
   * else the units held at their mean (roles.held) may move points across, so the share the line puts on its
   * class's side can be far below the network's accuracy.
   */
  function fit(line, n, roles) {
    if (line === null) {
      return 'At iteration ' + frame.t + ' there is no line: the output weighs these units 0, so it gives every point'
        + ' the same a wherever it lands; the network, with all ' + n + (n === 1 ? ' unit, ' : ' units, ')
        + pct(networkAccuracy()) + '.';
    }
    if (n <= 2) {
      return 'With ' + n + (n === 1 ? ' unit' : ' units') + ', the line is the network\'s own decision: it puts '
        + pct(line) + ' of the training points on their class\'s side.';
    }
    if (!roles.held.length) {
      return 'At iteration ' + frame.t + (roles.axesTwins ? ' all ' + n + ' units are one unit, cloned,'
        : ' the other units are clones of these two,') + ' so the line is the network\'s own decision: it puts '
        + pct(line) + ' of the training points on their class\'s side.';
    }
    const network = networkAccuracy();
    return 'At iteration ' + frame.t + ' this line puts ' + pct(line) + ' of the training points on their class\'s side;'
      + ' the network, with all ' + n + ' units, ' + pct(network) + '.' + (network - line > 0.05
        ? ' The gap is the work of the units held at their mean, which no two axes show at once.' : '');
  }

  /** The share of the training points the network puts on their class's side at the frame's iteration. */
  function networkAccuracy() {
    const out = frame.points[frame.points.length - 1][0];
    let right = 0;
    for (let i = 0; i < out.length; i++) if ((out[i] > 0.5) === (train.label[i] === 1)) right++;
    return right / out.length;
  }

  /**
   * The timeline as other controls move it: show(i) at snapshot i; follow(t), from a layer-bar slider the learner
   * moved to recorded iteration t, moves it to the snapshot at or before t and both bar charts to t itself.
   */
  lab.timeline = {
    show: (i) => show(i, true),
    current: () => current,
    follow: (t) => show(atOrBefore(snaps.iterations, t), true, t)
  };
})(window.ShallowLab);
