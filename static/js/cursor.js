// A vertical cursor at iteration chart.$cursor on the lab's line charts, for the timeline (inside.js sets it).
(function () {
  'use strict';
  if (!window.Chart) return;
  window.Chart.register({
    id: 'timelineCursor',
    afterDatasetsDraw(chart) {
      const t = chart.$cursor, x = chart.scales.x;
      if (t === undefined || t === null || !x) return;
      const px = x.getPixelForValue(t), area = chart.chartArea, ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#111827'; ctx.lineWidth = 1.5; ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(px, area.top); ctx.lineTo(px, area.bottom); ctx.stroke();
      ctx.restore();
    }
  });
})();
