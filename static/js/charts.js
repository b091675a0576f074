// Line charts of a run's recorded series, drawn with Chart.js. Each canvas gets data-drawn="true" once drawn.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d'];

  lab.color = (i) => PALETTE[i % PALETTE.length];

  /**
   * A line chart of series [{label, x, y}] with a linear x axis; yType is 'linear' or 'logarithmic';
   * legendFilter(item), if given, picks the legend's entries.
   */
  lab.lineChart = function (canvas, series, options) {
    const opts = options || {};
    return new Chart(canvas, {
      type: 'line',
      data: {
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.x.map((x, j) => ({ x: x, y: s.y[j] })),
          borderColor: s.color || lab.color(i),
          backgroundColor: s.color || lab.color(i),
          borderDash: s.dashed ? [6, 4] : [],
          borderWidth: 1.8, pointRadius: s.x.length < 60 ? 2.5 : 0, tension: 0
        }))
      },
      options: {
        responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
        animation: { duration: 250, onComplete: () => { canvas.dataset.drawn = 'true'; } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        plugins: { legend: { display: series.length > 1 || !!opts.legend, labels: { filter: opts.legendFilter } } },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'iteration' } },
          y: { type: opts.yType || 'linear', title: { display: !!opts.yTitle, text: opts.yTitle },
               min: opts.yMin, max: opts.yMax, ticks: { callback: tickLabel } }
        }
      }
    });
  };

  /**
   * A y tick's label: on a log axis only powers of ten are labelled (1e-3, 0.01, 0.1, 1, 10), so the axis reads
   * as orders of magnitude; on a linear axis Chart.js's own label.
   */
  function tickLabel(value, index, ticks) {
    if (this.type !== 'logarithmic') return Chart.Ticks.formatters.numeric.call(this, value, index, ticks);
    const exponent = Math.log10(value);
    if (Math.abs(exponent - Math.round(exponent)) > 1e-9) return '';
    return value >= 0.01 && value <= 1000 ? String(Number(value.toPrecision(1))) : value.toExponential(0);
  }

  /** Switches a chart's y axis between linear and logarithmic. */
  lab.setLogScale = function (chart, log) {
    chart.options.scales.y.type = log ? 'logarithmic' : 'linear';
    chart.update();
  };

  /** Series of one run: cost, accuracies, gradient norms per layer (zeros dropped on a log axis). */
  lab.runSeries = function (run) {
    const it = run.iterations;
    const accuracy = [{ label: 'train', x: it, y: run.trainAccuracy.map((a) => 100 * a) }];
    if (run.testAccuracy) accuracy.push({ label: 'test', x: it, y: run.testAccuracy.map((a) => 100 * a), dashed: true });
    const norms = run.gradientNorms.map((layer, l) => ({
      label: l === run.gradientNorms.length - 1 ? 'output layer (dW' + (l + 1) + ')' : 'hidden ' + (l + 1) + ' (dW' + (l + 1) + ')',
      x: it, y: layer.map((v) => (v > 0 ? v : null))
    }));
    return { cost: [{ label: 'cost', x: it, y: run.cost }], accuracy: accuracy, norms: norms };
  };
})(window.ShallowLab);
