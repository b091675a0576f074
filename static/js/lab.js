// The lab page: draws the run the server put in #page-data, and wires the copy and log-scale controls.
(function (lab) {
  'use strict';
  const page = JSON.parse(document.getElementById('page-data').textContent);
  const run = page.run;
  if (!run) return;

  const series = lab.runSeries(run);
  const cost = lab.lineChart(document.getElementById('cost-chart'), series.cost, { yTitle: 'cost J' });
  lab.lineChart(document.getElementById('accuracy-chart'), series.accuracy,
    { yTitle: 'accuracy (%)', yMax: 100, legend: true });
  lab.lineChart(document.getElementById('gradient-chart'), series.norms,
    { yTitle: '‖dW‖ (Frobenius)', yType: 'logarithmic', legend: true });
  lab.drawBoundary(document.getElementById('boundary'), run.boundary, run.data);
  const allZero = series.norms.every((layer) => layer.y.every((v) => v === null));
  document.getElementById('gradient-note').hidden = !allZero;

  document.getElementById('cost-log').addEventListener('change', (e) => lab.setLogScale(cost, e.target.checked));

  lab.shareBox();
})(window.ShallowLab);
