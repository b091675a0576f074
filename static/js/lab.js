// Draws the lab page's charts from the JSON the server put in #page-data.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('page-data').textContent);
  const canvas = document.getElementById('cost-chart');
  if (!canvas || !data.x) return;
  new Chart(canvas, {
    type: 'line',
    data: { labels: data.x, datasets: [{ label: data.label, data: data.y, borderColor: '#2563eb', pointRadius: 0 }] },
    options: {
      responsive: true, maintainAspectRatio: false,
      animation: { onComplete: () => { canvas.dataset.drawn = 'true'; } },
      scales: { x: { title: { display: true, text: 'iteration' } }, y: { title: { display: true, text: 'cost' } } }
    }
  });
})();
