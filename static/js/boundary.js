// The decision boundary: the network's output a on a grid over the plane, with the data points on top, the
// a = 0.5 line and x₁, x₂ axes with ticks.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  // Label 0: orange circles; label 1: dark blue triangles. Shape and lightness tell them apart without hue.
  const CLASS0 = [230, 159, 0];
  const CLASS1 = [29, 58, 138];
  lab.CLASS_COLORS = ['rgb(' + CLASS0 + ')', 'rgb(' + CLASS1 + ')'];
  const LINE = [17, 24, 39];
  /** Where the output a is not a finite number (the weights overflowed): neither class's colour. */
  const GREY = [209, 213, 219], NOT_FINITE = 2;

  /** An opaque colour as one pixel of a Uint32Array over an ImageData's bytes (in the platform's byte order). */
  function word(rgb) {
    return new Uint32Array(new Uint8ClampedArray([rgb[0], rgb[1], rgb[2], 255]).buffer)[0];
  }

  /** Steps of |a − 0.5|·2 in the shade tables: rounding to a step moves a channel by under 0.05 of a level. */
  const SHADES = 1024;

  /**
   * The background of each class at strength 0.12 + 0.38·q/SHADES, q = 0 … SHADES (q = |a − 0.5|·2 rounded to a
   * step): the predicted class's colour, paler near a = 0.5. A table, not the colour worked out per pixel: a
   * 2× screen's plot has ~600,000 pixels, redrawn at each step of the timeline.
   */
  function shadeTable(c) {
    const table = new Uint32Array(SHADES + 1);
    for (let q = 0; q <= SHADES; q++) {
      const strength = 0.12 + 0.38 * (q / SHADES);
      table[q] = word(c.map((v) => 255 - (255 - v) * strength));
    }
    return table;
  }
  const SHADE0 = shadeTable(CLASS0), SHADE1 = shadeTable(CLASS1), LINE_WORD = word(LINE), GREY_WORD = word(GREY);

  /**
   * What a picture of the outputs values cannot say by itself, or '' (t: the iteration they are of, if not the
   * run's end): where a is not a finite number, an output within 0.001 of 0.5 everywhere that still crosses it (the
   * line is drawn where a crosses 0.5, the shading pales towards 0.5), one output everywhere, or one class everywhere.
   */
  lab.boundaryNote = function (values, t) {
    let bad = 0, lo = Infinity, hi = -Infinity, over = false, under = false;
    for (const v of values) {
      if (v === null || !Number.isFinite(v)) { bad++; continue; }
      lo = Math.min(lo, v); hi = Math.max(hi, v);
      if (v > 0.5) over = true; else under = true;
    }
    if (bad > 0) {
      return (t === undefined ? 'At the end of the run' : 'At iteration ' + t) + ' the output a is not a finite number on '
        + (bad === values.length ? 'the whole plane' : 'the grey part of the plane') + ': the weights have grown so large that'
        + ' the forward pass overflows (training diverged), so there is no class, and no boundary, to draw there.';
    }
    const a = Number(lo.toPrecision(6)), undecided = Math.max(hi - 0.5, 0.5 - lo);
    if (undecided < 1e-3 && over && under) {
      return 'The output stays within about ' + lab.small(undecided) + ' of 0.5 over the whole plane: the line marks where it'
        + ' crosses 0.5, but the network is nearly undecided everywhere, which is why the shading is so pale.';
    }
    if (hi - lo < 1e-9) {
      return 'The output is a = ' + a + ' over the whole plane: every point gets the same output, so the shading is one'
        + ' colour and there is no boundary.';
    }
    if (!over || !under) {
      return 'The output a is ' + (over ? 'above' : 'below') + ' 0.5 over the whole plane: the network predicts label '
        + (over ? 1 : 0) + ' everywhere, so there is no a = 0.5 line.';
    }
    return '';
  };

  /**
   * The plot area inside the canvas: room at the bottom for the x ticks and names, and on the left a tenth of the
   * width or, if more, the widest y tick label of plane b {yMin, yMax} (a small boundary's "-0.5" lost its minus
   * to the canvas's edge), 5 px from the frame and 2 px from the edge.
   */
  function plotArea(canvas, b) {
    const k = scaleOf(canvas), bottom = Math.round(canvas.height * 0.09);
    let left = Math.round(canvas.width * 0.1);
    if (b) {
      const ctx = canvas.getContext('2d');
      ctx.font = axisFont(canvas) + 'px system-ui, sans-serif';
      const widest = Math.max(0, ...ticks(b.yMin, b.yMax).map((t) => ctx.measureText(String(t)).width));
      left = Math.max(left, Math.ceil(widest + 7 * k));
    }
    return { x: left, y: Math.round(4 * k), w: canvas.width - left - Math.round(6 * k), h: canvas.height - bottom - Math.round(4 * k) };
  }
  lab.plotArea = plotArea;

  /** The axes' font size in canvas pixels: at least 10 px as shown (a canvas drawn smaller than its pixels scales its text down). */
  function axisFont(canvas) {
    const size = canvas.width, shown = canvas.clientWidth || size;
    return Math.max(Math.ceil(10 * size / shown), Math.round(size / 36));
  }

  /**
   * Gives a boundary's canvas the pixels the screen shows it with (its CSS size times devicePixelRatio), from the
   * size its page gave it up to twice that, so the plot stays sharp on a phone's dense screen; its layout is the
   * CSS's and does not change. Every length drawn on it is in the page's size times scaleOf(canvas).
   */
  function matchScreen(canvas) {
    const base = Number(canvas.dataset.baseSize || canvas.width);
    canvas.dataset.baseSize = String(base);
    const shown = canvas.clientWidth;
    if (!shown) return;   // not laid out (hidden): keep what it has
    const size = Math.min(2 * base, Math.max(base, Math.round(shown * (window.devicePixelRatio || 1))));
    if (canvas.width !== size) { canvas.width = size; canvas.height = size; }
  }

  /** Canvas pixels per pixel of the size the page gave the canvas: 1 unless matchScreen gave it more. */
  function scaleOf(canvas) {
    return canvas.width / Number(canvas.dataset.baseSize || canvas.width);
  }

  /** Draws boundary {xMin, xMax, yMin, yMax, size, values (row-major, row 0 at yMin)} and data {train, test}. */
  lab.drawBoundary = function (canvas, boundary, data) {
    matchScreen(canvas);
    const ctx = canvas.getContext('2d');
    const area = plotArea(canvas, boundary);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.putImageData(shading(ctx, boundary, area, Math.max(1, Math.round(scaleOf(canvas)))), area.x, area.y);
    const sx = (x) => area.x + ((x - boundary.xMin) / (boundary.xMax - boundary.xMin)) * area.w;
    const sy = (y) => area.y + area.h - ((y - boundary.yMin) / (boundary.yMax - boundary.yMin)) * area.h;
    drawPoints(ctx, data.train, sx, sy, false, canvas.width);
    if (data.test) drawPoints(ctx, data.test, sx, sy, true, canvas.width);
    drawAxes(ctx, boundary, area, sx, sy, canvas.width);
    canvas.dataset.drawn = 'true';
  };

  /**
   * The output a over the plot area, pale class colours, with a dark line `thick` pixels wide wherever a crosses 0.5
   * (a pixel whose class differs from the one `thick` pixels left or up), grey where a is not a finite number.
   */
  function shading(ctx, boundary, area, thick) {
    const n = boundary.size, w = area.w, h = area.h, values = boundary.values;
    const image = ctx.createImageData(w, h), pixels = new Uint32Array(image.data.buffer);
    const above = new Uint8Array(w * h);
    // Each column's grid cell and weight once, not once per pixel (a 2× screen's plot has ~600,000 pixels).
    const cell = new Int32Array(w), weight = new Float64Array(w);
    for (let px = 0; px < w; px++) {
      const gx = ((px + 0.5) / w) * (n - 1);
      cell[px] = Math.min(n - 2, Math.floor(gx));
      weight[px] = gx - cell[px];
    }
    for (let py = 0; py < h; py++) {
      const gy = (1 - (py + 0.5) / h) * (n - 1);
      const r = Math.min(n - 2, Math.floor(gy)), fy = gy - r;
      for (let px = 0; px < w; px++) {
        const a = bilinear(values, n, cell[px], weight[px], r, fy);
        const i = py * w + px;
        const here = !Number.isFinite(a) ? NOT_FINITE : a > 0.5 ? 1 : 0;
        above[i] = here;
        const left = px >= thick ? above[i - thick] : here, up = py >= thick ? above[i - thick * w] : here;
        const crosses = here !== NOT_FINITE && ((left !== here && left !== NOT_FINITE) || (up !== here && up !== NOT_FINITE));
        if (here === NOT_FINITE) pixels[i] = GREY_WORD;   // an overflowed output has no class, and no line beside it
        else if (crosses) pixels[i] = LINE_WORD;
        else pixels[i] = (here ? SHADE1 : SHADE0)[Math.round(Math.min(1, Math.abs(a - 0.5) * 2) * SHADES)];
      }
    }
    return image;
  }

  /**
   * The output between grid points, at fx of the way from column c to c + 1 and fy from row r to r + 1: grid point
   * (r, c) sits at column c, row r of the n × n values.
   */
  function bilinear(values, n, c, fx, r, fy) {
    const k = r * n + c;   // (r, c); (r, c + 1) is k + 1, (r + 1, c) is k + n
    return (1 - fy) * ((1 - fx) * values[k] + fx * values[k + 1]) + fy * ((1 - fx) * values[k + n] + fx * values[k + n + 1]);
  }

  /** Ticks at round steps (1, 2 or 5 × 10^k) between lo and hi, about five of them (the hidden space's too). */
  lab.ticks = ticks;
  function ticks(lo, hi) {
    const raw = (hi - lo) / 5, p = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
    const out = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(Number(t.toFixed(10)));
    return out;
  }

  /** The frame, ticks and names x₁, x₂ of the plane {xMin, xMax, yMin, yMax} drawn in area by sx, sy. */
  lab.drawAxes = drawAxes;
  function drawAxes(ctx, b, area, sx, sy, size) {
    const font = axisFont(ctx.canvas);
    const k = scaleOf(ctx.canvas);   // lengths below are in the page's canvas pixels, times k
    ctx.strokeStyle = '#374151'; ctx.fillStyle = '#1f2937'; ctx.lineWidth = k;
    ctx.strokeRect(area.x + k / 2, area.y + k / 2, area.w - k, area.h - k);
    ctx.font = 'italic ' + font + 'px system-ui, sans-serif';
    const nameFrom = area.x + area.w - ctx.measureText('x₁').width - 2 * k;   // where the x axis' name starts
    // the corner the y axis' name x₂ holds: drawn from (2, area.y) down, a line of the font's size at most
    const nameRight = 2 * k + ctx.measureText('x₂').width, nameBottom = area.y + font;
    ctx.font = font + 'px system-ui, sans-serif';
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    ticks(b.xMin, b.xMax).forEach((t) => {
      ctx.beginPath(); ctx.moveTo(sx(t), area.y + area.h); ctx.lineTo(sx(t), area.y + area.h + 4 * k); ctx.stroke();
      // a label that would run into the name (read "4x₁") is left to its tick mark
      if (sx(t) + ctx.measureText(String(t)).width / 2 < nameFrom) ctx.fillText(String(t), sx(t), area.y + area.h + 5 * k);
    });
    ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
    ticks(b.yMin, b.yMax).forEach((t) => {
      ctx.beginPath(); ctx.moveTo(area.x - 4 * k, sy(t)); ctx.lineTo(area.x, sy(t)); ctx.stroke();
      // a label beside the name x₂ (read "x₄" on a phone's small boundaries) is left to its tick mark; a label
      // centred on its tick spans half the font's size above it
      const clear = area.x - 5 * k - ctx.measureText(String(t)).width > nameRight || sy(t) - font / 2 >= nameBottom;
      if (clear) ctx.fillText(String(t), area.x - 5 * k, sy(t));
    });
    ctx.font = 'italic ' + font + 'px system-ui, sans-serif';
    ctx.textAlign = 'right'; ctx.textBaseline = 'bottom';
    ctx.fillText('x₁', area.x + area.w, size);
    ctx.textAlign = 'left'; ctx.textBaseline = 'top';
    ctx.fillText('x₂', 2 * k, area.y);
  }

  /**
   * A point: label 0 a circle, label 1 a triangle; training points filled with a dark rim (it keeps orange points
   * apart from the pale orange shading in greyscale), test points hollow.
   */
  function drawPoints(ctx, set, sx, sy, hollow, size) {
    const k = scaleOf(ctx.canvas), r = (Math.max(2.5, size / k / 150) + (hollow ? 1 : 0)) * k;
    ctx.lineWidth = (hollow ? 2 : 0.8) * k;
    for (let i = 0; i < set.label.length; i++) {
      const rgb = 'rgb(' + (set.label[i] === 1 ? CLASS1 : CLASS0) + ')';
      lab.markerPath(ctx, set.label[i], sx(set.x1[i]), sy(set.x2[i]), set.label[i] === 1 ? r * 1.25 : r);
      ctx.strokeStyle = hollow ? rgb : '#111827';
      ctx.fillStyle = hollow ? '#fff' : rgb;
      ctx.fill();
      ctx.stroke();
    }
  }

  /** The path of a class's marker centred at (x, y): a circle for label 0, an upward triangle for label 1. */
  lab.markerPath = function (ctx, label, x, y, r) {
    ctx.beginPath();
    if (label === 1) {
      ctx.moveTo(x, y - r); ctx.lineTo(x + 0.87 * r, y + 0.5 * r); ctx.lineTo(x - 0.87 * r, y + 0.5 * r); ctx.closePath();
    } else {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
  };
})(window.ShallowLab);
