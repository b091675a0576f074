// The decision boundary: the network's output a on a grid over the plane, with the data points on top.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const CLASS0 = [215, 48, 31];   // label 0
  const CLASS1 = [37, 99, 235];   // label 1

  /** Background colour for output a in [0, 1]: the predicted class's colour, paler near a = 0.5. */
  function shade(a) {
    const c = a > 0.5 ? CLASS1 : CLASS0;
    const strength = 0.15 + 0.45 * Math.min(1, Math.abs(a - 0.5) * 2);
    return c.map((v) => Math.round(255 - (255 - v) * strength));
  }

  /** Draws boundary {xMin, xMax, yMin, yMax, size, values (row-major, row 0 at yMin)} and data {train, test}. */
  lab.drawBoundary = function (canvas, boundary, data) {
    const ctx = canvas.getContext('2d');
    const w = canvas.width, h = canvas.height, n = boundary.size;
    const image = ctx.createImageData(w, h);
    for (let py = 0; py < h; py++) {
      const row = Math.min(n - 1, Math.floor((1 - (py + 0.5) / h) * n));
      for (let px = 0; px < w; px++) {
        const col = Math.min(n - 1, Math.floor(((px + 0.5) / w) * n));
        const rgb = shade(boundary.values[row * n + col]);
        const k = 4 * (py * w + px);
        image.data[k] = rgb[0]; image.data[k + 1] = rgb[1]; image.data[k + 2] = rgb[2]; image.data[k + 3] = 255;
      }
    }
    ctx.putImageData(image, 0, 0);
    const sx = (x) => ((x - boundary.xMin) / (boundary.xMax - boundary.xMin)) * w;
    const sy = (y) => h - ((y - boundary.yMin) / (boundary.yMax - boundary.yMin)) * h;
    drawPoints(ctx, data.train, sx, sy, false);
    if (data.test) drawPoints(ctx, data.test, sx, sy, true);
    canvas.dataset.drawn = 'true';
  };

  function drawPoints(ctx, set, sx, sy, hollow) {
    ctx.lineWidth = 1.5;
    for (let i = 0; i < set.label.length; i++) {
      const rgb = set.label[i] === 1 ? CLASS1 : CLASS0;
      ctx.beginPath();
      ctx.arc(sx(set.x1[i]), sy(set.x2[i]), hollow ? 4 : 3, 0, 2 * Math.PI);
      ctx.strokeStyle = hollow ? 'rgb(' + rgb + ')' : '#fff';
      ctx.fillStyle = hollow ? '#fff' : 'rgb(' + rgb + ')';
      ctx.fill();
      ctx.stroke();
    }
  }
})(window.ShallowLab);
