// One bar per layer at a chosen recorded iteration: the gradient norms ‖dW[l]‖ (log axis) and, when the run
// records it, the saturated share per hidden layer. Deep nets read here where 14 overlaid curves cannot.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';

  /** A bar chart of values[l] (null: nothing to draw) labelled by layer; log axis in decades or linear 0–100. */
  function barChart(canvas, labels, values, log, range, yTitle) {
    const y = log
      ? Object.assign({ type: 'logarithmic' }, lab.decadeAxis(range))
      : { type: 'linear', min: 0, max: 100, ticks: { stepSize: 25 } };
    y.title = { display: true, text: yTitle };
    return new Chart(canvas, {
      type: 'bar',
      plugins: [lab.drawnFlag(canvas)],
      // bar l in layer l's colour, as its curve on the gradient chart (hidden l's on the saturation chart)
      data: { labels: labels, datasets: [{ label: yTitle, data: values, backgroundColor: values.map((_, l) => lab.color(l)) }] },
      options: {
        responsive: true, maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { title: { display: true, text: 'layer' } }, y: y }
      }
    });
  }

  /**
   * Wires the slider #{prefix}-at to a bar chart of layers[l][record] on #{prefix}-bars, with the iteration in
   * #{prefix}-iteration and a note #{prefix}-bars-note when no bar can be drawn at that iteration; where the page
   * has a timeline (inside.js), moving the slider moves it to the snapshot at or before that iteration.
   */
  lab.layerBars = function (prefix, run, layers, options) {
    const slider = document.getElementById(prefix + '-at');
    const canvas = document.getElementById(prefix + '-bars');
    const log = options.log;
    const range = lab.decades(layers.flat().filter((v) => v !== null && Number.isFinite(v) && v > 0));
    const labels = layers.map((_, l) => options.label(l, layers.length));
    const last = run.iterations.length - 1;
    slider.max = String(last);
    slider.value = '0';
    let chart = null;
    const show = () => {
      const k = Number(slider.value);
      const values = layers.map((layer) => {
        const v = layer[k];
        return v === null || !Number.isFinite(v) || (log && v <= 0) ? null : (options.scale ? options.scale(v) : v);
      });
      document.getElementById(prefix + '-iteration').textContent = String(run.iterations[k]);
      if (chart) {   // same axes, new heights: update in place rather than build a chart per slider step
        chart.data.datasets[0].data = values;
        chart.update('none');
      } else {
        chart = barChart(canvas, labels, values, log, range, options.yTitle);
      }
      lab.note(prefix + '-bars-note', values.every((v) => v === null) ? options.empty(run.iterations[k]) : '');
    };
    slider.addEventListener('input', (event) => {
      show();
      // The learner's own move (not the timeline setting it) takes the timeline along: one iteration on the page.
      if (event.isTrusted && lab.timeline) lab.timeline.follow(run.iterations[Number(slider.value)]);
    });
    show();
  };
})(window.ShallowLab);
