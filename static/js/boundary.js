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
      const gy = (1 - (py + 0.5) / h) * (n - 1);
      for (let px = 0; px < w; px++) {
        const rgb = shade(bilinear(boundary.values, n, ((px + 0.5) / w) * (n - 1), gy));
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

  /** The output between grid points: grid point (r, c) sits at column c, row r of the n × n values. */
  function bilinear(values, n, gx, gy) {
    const c = Math.min(n - 2, Math.floor(gx)), r = Math.min(n - 2, Math.floor(gy));
    const fx = gx - c, fy = gy - r;
    const at = (rr, cc) => values[rr * n + cc];
    return (1 - fy) * ((1 - fx) * at(r, c) + fx * at(r, c + 1)) + fy * ((1 - fx) * at(r + 1, c) + fx * at(r + 1, c + 1));
  }

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
