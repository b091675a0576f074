// The lab page: draws the run the server put in #page-data, says what a chart can't show, and wires the copy,
// log-scale and iteration controls. The charts in view (cost, accuracy) are drawn at once, the rest after the first
// paint (docs/ARCHITECTURE.md, "A request, from route to page", step 5).
(function (lab) {
  'use strict';
  const page = JSON.parse(document.getElementById('page-data').textContent);
  const run = page.run;
  if (!run) return;
  /** Curves drawn at most on the gradient chart; deeper nets show first, last hidden and output (all in the bars). */
  const MAX_CURVES = 4;
  const diverged = run.diverged === null ? '' : ' Training diverged at iteration ' + run.diverged + '.';

  const series = lab.runSeries(run);
  const cost = lab.lineChart(document.getElementById('cost-chart'), series.cost, { yTitle: 'cost J', yMin: 0 });
  lab.lineChart(document.getElementById('accuracy-chart'), series.accuracy,
    { yTitle: 'accuracy (%)', yMin: 0, yMax: 100, yStep: 25, legend: true });
  // layer l keeps colour l and marker l on the curves and in the bar chart, even where a deep net's curves skip layers
  const norms = shownLayers(series.norms.map((s, l) => Object.assign({}, s, { color: lab.color(l), marker: lab.marker(l) })));
  notes();
  lab.afterFirstPaint(belowTheCurves);

  const costLog = document.getElementById('cost-log');
  costLog.addEventListener('change', (e) => lab.setLogScale(cost, e.target.checked));
  if (lab.costNeedsLog([run])) {   // a blown-up or overshooting cost spans decades: only a log axis shows the rest
    costLog.checked = true;
    lab.setLogScale(cost, true);
  }
  lab.shareBox();

  /** The charts below the cost and accuracy: drawn once those are on screen. */
  function belowTheCurves() {
    lab.lineChart(document.getElementById('gradient-chart'), norms,
      { yTitle: '‖dW‖ (Frobenius)', yType: 'logarithmic', legend: true });
    if (!lab.timelineDrawsBoundary) {   // else inside.js draws it in this same task, at its first snapshot
      lab.drawBoundary(document.getElementById('boundary'), run.boundary, run.data);
      lab.note('boundary-note', lab.boundaryNote(run.boundary.values));
    }
    lab.layerBars('gradient', run, run.gradientNorms, {
      log: true, yTitle: '‖dW‖ (log)', label: (l, n) => lab.layerName(l, n).replace(/ \(.*/, ''),
      empty: (t) => 'At iteration ' + t + ' no layer\'s ‖dW‖ is a finite number above 0, so the log axis has no bar to draw.' + diverged
    });
    if (run.saturation && ['sigmoid', 'tanh'].indexOf(run.config.activation) >= 0) {
      document.getElementById('saturation-card').hidden = false;
      lab.layerBars('saturation', run, run.saturation, {
        log: false, yTitle: 'saturated (%)', scale: (v) => 100 * v, label: (l) => 'hidden ' + (l + 1),
        empty: (t) => 'No saturation was recorded at iteration ' + t + '.'
      });
    }
  }

  /** Every layer for shallow nets; for deeper ones hidden 1, the last hidden layer and the output layer. */
  function shownLayers(layers) {
    if (layers.length <= MAX_CURVES) return layers;
    const n = layers.length;
    lab.note('gradient-shown', 'Curves for hidden 1, hidden ' + (n - 1) + ' and the output layer; the bar chart shows all '
      + n + ' layers at one iteration.');
    return [layers[0], layers[n - 2], layers[n - 1]];
  }

  /** The notes under the charts: a cost too flat to see, and why a chart has nothing on it. */
  function notes() {
    const spread = lab.spread(run.cost);
    const level = Math.max(...run.cost.filter((v) => v !== null).map(Math.abs), 0);
    if (spread === 0) {
      lab.note('cost-flat', 'The cost does not change: it is ' + Number(run.cost[0].toPrecision(6)) + ' at every recorded iteration.');
    } else if (spread !== null && spread <= 1e-3 * level) {
      lab.note('cost-flat', 'The cost is flat: it changes by ' + lab.small(spread) + ' over the run, too little to see on this axis.');
    } else if (spread !== null && level > 10 * Math.abs(last(run.cost))) {
      const first = run.cost.find((v) => v !== null);
      lab.note('cost-flat', 'The cost ' + (Math.abs(first) === level ? 'starts at ' : 'peaks at ') + Number(level.toPrecision(3))
        + ' and ends at ' + Number(last(run.cost).toPrecision(3)) + ', over ten times lower: on a log scale the whole curve shows.');
    }
    if (!lab.drawable(series.cost, false).length) lab.note('cost-note', 'No recorded cost is a finite number, so there is nothing to draw.' + diverged);
    if (!lab.drawable(series.accuracy, false).length) lab.note('accuracy-note', 'No recorded accuracy is a finite number, so there is nothing to draw.' + diverged);
    const allZero = run.gradientNorms.every((layer) => layer.every((v) => v === 0));
    if (allZero) {
      lab.note('gradient-note', 'Every gradient is exactly 0, at every iteration: no weight can change, so nothing is'
        + ' learned and a log axis has nothing to draw. The explanation of the initialisation below says why.');
    } else if (!lab.drawable(norms, true).length) {
      lab.note('gradient-note', 'No recorded gradient norm is a finite number above 0, so a log axis has nothing to draw.' + diverged);
    } else {
      const k = lastDrawn(run.gradientNorms);
      if (k < run.iterations.length - 1) {
        lab.note('gradient-note', 'From iteration ' + run.iterations[k + 1] + ' on no gradient norm is a finite number above 0'
          + ' (a log axis cannot draw 0), so the curves stop there.' + (run.diverged === null ? ' No weight matrix W changes any more.' : diverged));
      }
    }
  }

  function last(values) { return values.filter((v) => v !== null).slice(-1)[0]; }

  /** The last record at which some layer's norm is finite and above 0 (−1 if none). */
  function lastDrawn(layers) {
    let k = -1;
    layers.forEach((layer) => layer.forEach((v, i) => { if (v !== null && v > 0 && i > k) k = i; }));
    return k;
  }
})(window.ShallowLab);
