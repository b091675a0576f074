// The compare page: one run per value of the varied parameter, overlaid. Runs come either in #page-data
// (static=1) or one by one from the server's event stream; each fills its table row and boundary, and the charts
// take the runs so far in place, at most once a frame however fast runs arrive. #comparison gets
// data-complete="true" once every run is in and drawn.
(function (lab) {
  'use strict';
  const page = JSON.parse(document.getElementById('page-data').textContent);
  const section = document.getElementById('comparison');
  if (!section || !page.values) return;

  const runs = [];          // by index; undefined until that run arrives
  const charts = {};
  const progress = document.getElementById('progress');
  const costLog = document.getElementById('cost-log');

  lab.shareBox();
  const tableBox = document.querySelector('.table-scroll');
  /** Says so under the table when it is wider than its box (a phone): its last columns are out of sight. */
  const sayIfTheTableScrolls = () => {
    document.getElementById('table-scroll-hint').hidden = tableBox.scrollWidth <= tableBox.clientWidth + 1;
  };
  sayIfTheTableScrolls();
  window.addEventListener('resize', sayIfTheTableScrolls);
  document.querySelectorAll('#comparison [data-index]').forEach((el) => {
    const swatch = el.querySelector('.swatch');
    swatch.textContent = lab.glyph(Number(el.dataset.index));
    swatch.style.color = lab.color(Number(el.dataset.index));
  });
  let costLogChosen = false;   // once the learner sets the axis, it stays as set
  costLog.addEventListener('change', () => {
    costLogChosen = true;
    if (charts.cost) lab.setLogScale(charts.cost, costLog.checked);
  });

  /** Whether a linear cost axis would hide the arrived runs' curves ({@link lab.costNeedsLog}). */
  const costNeedsLog = () => lab.costNeedsLog(runs.filter(Boolean));   // spiked, diverged or started far apart

  /**
   * Series over the arrived runs, one colour and one marker shape per value (colour alone fails some readers and
   * every greyscale print): f(run, label, color) gives that run's series, labelled "<parameter's label> = <value>"
   * (what a tooltip says; the legend says the label once, as its title, and then each value).
   */
  function overlay(f) {
    const series = [];
    runs.forEach((run, i) => {
      if (run) f(run, page.label + ' = ' + (page.shown || page.values)[i], lab.color(i)).forEach((s) => series.push(Object.assign(s, { marker: lab.marker(i), group: i })));
    });
    return series;
  }

  /** A value's legend text: its series' label without the parameter's (the legend's title) or the layer. */
  const valueOnly = (text) => text.slice((page.label + ' = ').length).replace(/ · dW\d+$/, '');
  const legend = { legendTitle: page.label, legendText: valueOnly };

  const costOf = (run, label, color) => [{ label: label, x: run.iterations, y: run.cost, color: color }];

  function accuracyOf(run, label, color) {
    const s = [{ label: label, x: run.iterations, y: run.trainAccuracy.map((a) => 100 * a), color: color }];
    if (run.testAccuracy) {
      s.push({ label: label + ' (test)', x: run.iterations, y: run.testAccuracy.map((a) => 100 * a), color: color, dashed: true });
    }
    return s;
  }

  function normsOf(run, label, color) {
    const layers = lab.runSeries(run).norms;
    const first = layers[0], last = layers[layers.length - 1];
    return [{ label: label + ' · dW1', x: first.x, y: first.y, color: color },
            { label: label + ' · dW' + layers.length, x: last.x, y: last.y, color: color, dashed: true }];
  }

  /**
   * One legend entry per value: the dashed twins (test accuracy, output layer) are told apart in the caption, so the
   * gradient legend drops the layer its tooltips name.
   */
  const solid = (item, data) => !data.datasets[item.datasetIndex].borderDash.length;

  /** Draws chart `name` on canvas `id` the first time, then updates it in place. */
  function draw(id, name, series, options) {
    if (charts[name]) lab.updateChart(charts[name], series);
    else charts[name] = lab.lineChart(document.getElementById(id), series, Object.assign({ legend: true }, options));
  }

  let frame = 0;
  /** One redraw at the next frame for every run that arrived before it. */
  function redrawSoon() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; redraw(); });
  }

  function redraw() {
    if (!costLogChosen && !costLog.checked && costNeedsLog()) {
      costLog.checked = true;
      if (charts.cost) lab.setLogScale(charts.cost, true);
    }
    draw('cost-chart', 'cost', overlay(costOf), Object.assign({ yTitle: 'cost J', yMin: 0, yType: costLog.checked ? 'logarithmic' : 'linear' }, legend));
    draw('accuracy-chart', 'accuracy', overlay(accuracyOf), Object.assign({ yTitle: 'accuracy (%)', yMin: 0, yMax: 100, yStep: 25, legendFilter: solid }, legend));
    draw('gradient-chart', 'norms', overlay(normsOf), Object.assign({ yTitle: '‖dW‖ (Frobenius)', yType: 'logarithmic', legendFilter: solid }, legend));
  }

  /** One finished run: {index, value, link, row, run}. */
  function add(event) {
    runs[event.index] = event.run;
    fillRow(event.index, event.row);
    lab.drawBoundary(document.getElementById('boundary-' + event.index), event.run.boundary, event.run.data);
    lab.note('boundary-note-' + event.index, lab.boundaryNote(event.run.boundary.values));   // a line alone can mislead
  }

  function fillRow(index, row) {
    const tr = document.querySelector('#compare-table tbody tr[data-index="' + index + '"]');
    const set = (cls, text) => { const td = tr.querySelector('.' + cls); if (td) td.textContent = text; };
    set('final-cost', row.finalCost);
    set('train-accuracy', row.trainAccuracy);
    set('test-accuracy', row.testAccuracy || '—');
    set('cost-rises', row.costRises);
    set('distinct-units', row.distinctUnits);
    set('diverged', row.diverged == null ? 'no' : 'at ' + row.diverged);
    tr.className = 'done';
    sayIfTheTableScrolls();   // a finished row's numbers may widen it
  }

  function done() {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    redraw();
    const n = runs.filter(Boolean).length;
    progress.textContent = 'All ' + n + ' runs done.';
    section.dataset.complete = 'true';
  }

  if (!page.events) {
    page.runs.forEach(add);
    done();
    return;
  }

  const source = new EventSource(page.events);
  let count = 0;
  source.addEventListener('run', (e) => {
    add(JSON.parse(e.data));
    count += 1;
    progress.textContent = count + ' of ' + page.values.length + ' runs done…';
    redrawSoon();
  });
  source.addEventListener('done', () => { source.close(); done(); });
  source.addEventListener('failed', (e) => {
    source.close();
    const data = JSON.parse(e.data), said = Object.values(data.errors || {}).join(' ');
    // the button counts the wait down: the message's own "wait N s" would stand still beside it
    const why = data.retryAfter ? said.replace(/; wait \d+ s\b/, '') : said;
    progress.textContent = (count ? 'Some runs could not be done' : 'No run could be done') + (why ? ': ' + why : '.');
    markNotRun();
    if (data.retryAfter) offerToRunTheRest(data.retryAfter);
    redraw();
  });

  /** Rows still waiting when the stream ends were refused: each says "not run" (the progress line says why, once). */
  function markNotRun() {
    document.querySelectorAll('#compare-table tbody tr.running').forEach((tr) => {
      tr.className = 'refused';
      tr.querySelector('.final-cost').textContent = 'not run';
      const caption = document.querySelector('.multiple[data-index="' + tr.dataset.index + '"] figcaption');
      caption.appendChild(document.createTextNode(' — not run'));
    });
  }

  /**
   * A refusal that says when to ask again (a browser's budget, a full queue): a button under the progress line
   * counts the seconds down, then runs the rest — the page again, whose runs already done come from the cache.
   */
  function offerToRunTheRest(seconds) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'run-the-rest';
    button.className = 'secondary';
    button.addEventListener('click', () => window.location.reload());
    progress.after(button);
    const until = Date.now() + 1000 * seconds;
    const tick = () => {
      const left = Math.ceil((until - Date.now()) / 1000);
      button.disabled = left > 0;
      button.textContent = left > 0 ? 'Run the rest in ' + left + ' s' : 'Run the rest now';
      if (left > 0) setTimeout(tick, 250);
      else progress.textContent += ' The wait is over: run the rest now.';   // said aloud: #progress is a live region
    };
    tick();
  }
  source.onerror = () => {
    if (section.dataset.complete === 'true') return;
    source.close();
    progress.textContent = 'The connection was lost. Reload, or use "Show results without JavaScript".';
  };
})(window.ShallowLab);
