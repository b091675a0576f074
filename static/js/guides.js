// Guide pages: for each plot the server put in #guide-data, draws g and g′ over z with the histogram of Z[1].
// Each canvas gets data-drawn="true" once drawn.
(function () {
  'use strict';
  const data = document.getElementById('guide-data');
  if (!data) return;
  const plots = JSON.parse(data.textContent).plots || [];

  function points(xs, ys) { return xs.map((x, i) => ({ x: x, y: ys[i] })); }

  function draw(canvas, plot) {
    const name = plot.activation;
    return new Chart(canvas, {
      data: {
        datasets: [
          { type: 'line', label: name + '(z)', data: points(plot.z, plot.g), yAxisID: 'y',
            borderColor: '#2563eb', backgroundColor: '#2563eb', borderWidth: 2, pointRadius: 0, pointStyle: 'line' },
          { type: 'line', label: name + '′(z)', data: points(plot.z, plot.derivative), yAxisID: 'y',
            borderColor: '#dc2626', backgroundColor: '#dc2626', borderWidth: 2, borderDash: [6, 4], pointRadius: 0,
            pointStyle: 'line' },
          { type: 'bar', label: 'share of Z[1] (%)', data: points(plot.binCentres, plot.share.map((s) => 100 * s)),
            yAxisID: 'share', backgroundColor: 'rgba(5, 150, 105, 0.45)', borderColor: '#059669', borderWidth: 1,
            barPercentage: 1, categoryPercentage: 1, pointStyle: 'rect' }
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false,
        animation: { duration: 250, onComplete: () => { canvas.dataset.drawn = 'true'; } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        // The legend draws each line as a short line, dashed for g′ (as a point style, Chart.js takes the points' dash,
        // none, so the line's is put back), and the histogram as a box.
        plugins: { legend: { labels: { usePointStyle: true, pointStyleWidth: 28, generateLabels: (chart) =>
          Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) =>
            Object.assign(item, { lineDash: chart.data.datasets[item.datasetIndex].borderDash || [] })) } } },
        scales: {
          // Even ticks every 2 at any width (left to itself, a phone-wide axis read −6, 0, 5, 6).
          x: { type: 'linear', min: -6, max: 6, offset: false, ticks: { stepSize: 2 }, title: { display: true, text: 'z' } },
          y: { position: 'left', min: name === 'tanh' ? -1 : 0, max: 1, title: { display: true, text: 'g, g′' } },
          share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
                   title: { display: true, text: '% of Z[1]' } }
        }
      }
    });
  }

  document.querySelectorAll('canvas.derivative-chart').forEach((canvas) => {
    draw(canvas, plots[Number(canvas.dataset.plot)]);
  });
})();
