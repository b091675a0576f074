// Inside the network: the forward pass of a snapshot's parameters in the browser, each hidden unit's map over the
// boundary's grid, the signs that explain a unit (dead, saturated, same as another), and the hidden space.
// A[0] = X; for each layer Z[l] = W[l]·A[l−1] + b[l], A[l] = g(Z[l]); the output unit is σ (the course's formulas).
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const G = {
    sigmoid: (z) => 1 / (1 + Math.exp(-z)),
    tanh: Math.tanh,
    relu: (z) => (z > 0 ? z : 0),
    leaky_relu: (z, leak) => (z > 0 ? z : leak * z),
    linear: (z) => z
  };
  /** g′ from a = g(z), as the engine computes it (σ′ = a(1 − a), tanh′ = 1 − a², ReLU′(0) = 0). */
  const DERIVATIVE = {
    sigmoid: (a) => a * (1 - a),
    tanh: (a) => 1 - a * a,
    relu: (a) => (a > 0 ? 1 : 0),
    leaky_relu: (a, leak) => (a > 0 ? 1 : leak),
    linear: () => 1
  };
  /** Saturated where g′ is below a tenth of its maximum (σ′ ≤ 1/4, tanh′ ≤ 1); others never saturate. */
  const SATURATED_BELOW = { sigmoid: 0.025, tanh: 0.1 };

  /**
   * Activations of every layer for points (xs[i], ys[i]): layers[0] = [xs, ys], layers[l][j][i] = a_j of layer l at
   * point i; the last layer is the output σ(z).
   */
  lab.forward = function (params, activation, leak, xs, ys) {
    const g = G[activation];
    let a = [Float64Array.from(xs), Float64Array.from(ys)];
    const layers = [a];
    const L = params.W.length;
    for (let l = 0; l < L; l++) {
      const W = params.W[l], b = params.b[l], out = [];
      for (let j = 0; j < W.length; j++) {
        const z = new Float64Array(xs.length).fill(b[j]);
        for (let k = 0; k < W[j].length; k++) {
          const w = W[j][k], ak = a[k];
          for (let i = 0; i < z.length; i++) z[i] += w * ak[i];
        }
        for (let i = 0; i < z.length; i++) z[i] = l === L - 1 ? G.sigmoid(z[i]) : g(z[i], leak);
        out.push(z);
      }
      layers.push(out);
      a = out;
    }
    return layers;
  };

  /** The boundary's grid as point lists: point r·size + c is (xMin + c·Δx, yMin + r·Δy), as the server builds it. */
  lab.gridPoints = function (b) {
    const xs = [], ys = [];
    for (let r = 0; r < b.size; r++) {
      for (let c = 0; c < b.size; c++) {
        xs.push(b.xMin + (c * (b.xMax - b.xMin)) / (b.size - 1));
        ys.push(b.yMin + (r * (b.yMax - b.yMin)) / (b.size - 1));
      }
    }
    return { xs: xs, ys: ys };
  };

  /**
   * What explains hidden unit j of layer l (1-based l) on the training points: dead (g′ = 0 on every point),
   * saturated (g′ below a tenth of its maximum on more than 90 % of them: signs.saturated is that share, the
   * definition of the page's "saturated share"), or a clone of an earlier unit (signs.sameAs, 1-based).
   */
  lab.unitSigns = function (params, layers, l, j, activation, leak) {
    const a = layers[l][j], d = DERIVATIVE[activation];
    let zeroSlope = 0, saturated = 0;
    const bound = SATURATED_BELOW[activation] || 0;
    for (let i = 0; i < a.length; i++) {
      const slope = d(a[i], leak);
      if (slope === 0) zeroSlope++;
      if (slope < bound) saturated++;
    }
    const signs = {};
    if (a.length && zeroSlope === a.length) signs.dead = true;
    if (bound && a.length && saturated / a.length > 0.9) signs.saturated = saturated / a.length;   // the share
    for (let k = 0; k < j; k++) {
      if (twins(params, l, j, k)) { signs.sameAs = k + 1; break; }
    }
    return signs;
  };

  /** Whether units j and k of hidden layer l (1-based) have the same weights and bias: the same a at every input. */
  function twins(params, l, j, k) {
    const W = params.W[l - 1], b = params.b[l - 1];
    return b[k] === b[j] && W[k].every((w, i) => w === W[j][i]);
  }

  /**
   * The hidden space's roles of the last hidden layer's other units (0-based): twins of the x axis' unit (withX)
   * or of the y axis' (withY), whose a equals that axis' at every point, so they move with it; and the rest
   * (held), which a picture of two axes can only hold at their mean; and whether the axes' units are twins
   * themselves (axesTwins: every point on the diagonal).
   */
  lab.hiddenSpaceRoles = function (params, ux, uy) {
    const l = params.W.length - 1;
    const roles = { withX: [], withY: [], held: [], axesTwins: uy !== null && twins(params, l, ux, uy) };
    for (let j = 0; j < params.W[l - 1].length; j++) {
      if (j === ux || j === uy) continue;
      if (twins(params, l, j, ux)) roles.withX.push(j);
      else if (uy !== null && twins(params, l, j, uy)) roles.withY.push(j);
      else roles.held.push(j);
    }
    return roles;
  };

  /**
   * A unit's values as t in [−1, 1] for colour, each map scaled to its own largest |a − centre| so that its shape
   * shows even while the weights are tiny (centre 0.5 for σ, 0 otherwise); a flat map stays white.
   */
  function normalised(values, activation) {
    const centre = activation === 'sigmoid' ? 0.5 : 0;
    let max = 0;
    for (const v of values) max = Math.max(max, Math.abs(v - centre));
    return max > 1e-12 ? values.map((v) => (v - centre) / max) : values.map(() => 0);
  }
  const NEGATIVE = [230, 159, 0], POSITIVE = [29, 58, 138];

  /**
   * Paints a size × size map (row 0 at the bottom) of values t in [−1, 1]: orange below 0, white at 0, blue above,
   * at most `strongest` of the full colour (1 for a map alone; half, as the boundary's shading, under data points,
   * whose own orange and blue would vanish on full colour).
   */
  lab.paintMap = function (canvas, values, size, activation, strongest = 1) {
    const t = normalised(Array.from(values), activation);
    canvas.width = size; canvas.height = size;
    const ctx = canvas.getContext('2d'), image = ctx.createImageData(size, size);
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) {
        const v = t[r * size + c], rgb = v < 0 ? NEGATIVE : POSITIVE, s = strongest * Math.min(1, Math.abs(v));
        const p = 4 * ((size - 1 - r) * size + c);
        for (let ch = 0; ch < 3; ch++) image.data[p + ch] = Math.round(255 - (255 - rgb[ch]) * s);
        image.data[p + 3] = 255;
      }
    }
    ctx.putImageData(image, 0, 0);
    canvas.dataset.drawn = 'true';
  };

  /**
   * The hidden space's line for units ux, uy (uy null: one unit): w_x·a_x + w_y·a_y + rest = 0, where w_x adds to
   * the x unit's output weight those of its twins (their a is a_x: lab.hiddenSpaceRoles), w_y likewise, and
   * rest = b + Σ_held w_j·mean a_j (the other units held at their mean over the points), from layers as lab.forward
   * gives them; and the share of the points (labels) on their class's side (class 1 where it is > 0). With no unit
   * held, the line is the network's own decision.
   */
  function sliceLine(layers, params, labels, ux, uy) {
    const last = layers[layers.length - 2], out = params.W[params.W.length - 1][0];
    const roles = lab.hiddenSpaceRoles(params, ux, uy);
    let rest = params.b[params.b.length - 1][0], wx = out[ux], wy = uy === null ? 0 : out[uy];
    roles.withX.forEach((j) => { wx += out[j]; });
    roles.withY.forEach((j) => { wy += out[j]; });
    roles.held.forEach((j) => { rest += out[j] * last[j].reduce((s, v) => s + v, 0) / last[j].length; });
    const ax = last[ux], ay = uy === null ? null : last[uy];
    let right = 0;
    for (let i = 0; i < ax.length; i++) if ((wx * ax[i] + (ay ? wy * ay[i] : 0) + rest > 0) === (labels[i] === 1)) right++;
    return { wx: wx, wy: wy, rest: rest, right: right / ax.length, roles: roles };
  }

  /**
   * The two units of the last hidden layer whose line (sliceLine) puts the most points on their class's side, the
   * lowest indices among equals; with one unit, [0].
   */
  lab.bestPair = function (layers, params, labels) {
    const n = layers[layers.length - 2].length;
    if (n === 1) return [0];
    let best = [0, 1], most = -1;
    for (let x = 0; x < n; x++) {
      for (let y = x + 1; y < n; y++) {
        const right = sliceLine(layers, params, labels, x, y).right;
        if (right > most) { most = right; best = [x, y]; }
      }
    }
    return best;
  };

  /**
   * The training points as the last hidden layer sees them: units ux, uy as axes, and the output's line
   * w_x·a_x + w_y·a_y + (b + Σ_held w_j·mean a_j) = 0 (sliceLine: twins of an axis' unit move with it, the other
   * units are held at their mean over the points).
   * Returns {share, roles}: the share of the points on their class's side of that line (sliceLine), or null when
   * there is no line to draw (the output weighs both units 0, zero init: its a is the same wherever a point lands),
   * and the other units' roles (lab.hiddenSpaceRoles) it was drawn with.
   */
  lab.drawHiddenSpace = function (canvas, layers, params, data, ux, uy) {
    const last = layers[layers.length - 2];
    const ax = last[ux], ay = uy === null ? ax.map(() => 0) : last[uy];
    const ctx = canvas.getContext('2d'), w = canvas.width, h = canvas.height;
    const range = (v) => { let lo = Math.min(...v), hi = Math.max(...v); if (hi - lo < 1e-9) { lo -= 1; hi += 1; } const m = 0.08 * (hi - lo); return [lo - m, hi + m]; };
    const [x0, x1] = range(ax), [y0, y1] = range(ay);
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
    const axes = hiddenSpaceAxes(ctx, [x0, x1], uy === null ? null : [y0, y1],
      'unit ' + (ux + 1), uy === null ? '(one unit)' : 'unit ' + (uy + 1));
    const area = axes.area;
    const sx = (x) => area.x + ((x - x0) / (x1 - x0)) * area.w, sy = (y) => area.y + area.h - ((y - y0) / (y1 - y0)) * area.h;
    const { wx, wy, rest, right, roles } = sliceLine(layers, params, data.label, ux, uy);
    ctx.save(); ctx.beginPath(); ctx.rect(area.x, area.y, area.w, area.h); ctx.clip();
    const hasLine = Math.abs(wx) > 1e-12 || Math.abs(wy) > 1e-12;
    if (hasLine) {   // each side tinted by the class the output gives it: which side is class 1 shows
      const corners = [[area.x, area.y], [area.x + area.w, area.y], [area.x + area.w, area.y + area.h], [area.x, area.y + area.h]];
      const f = ([cx, cy]) => wx * (x0 + ((cx - area.x) / area.w) * (x1 - x0)) + wy * (y0 + ((area.y + area.h - cy) / area.h) * (y1 - y0)) + rest;
      [[corners, CLASS_TINTS[0]], [halfPlane(corners, f), CLASS_TINTS[1]]].forEach(([polygon, tint]) => {
        if (polygon.length < 3) return;
        ctx.fillStyle = tint; ctx.beginPath();
        polygon.forEach(([cx, cy], k) => (k ? ctx.lineTo(cx, cy) : ctx.moveTo(cx, cy)));
        ctx.closePath(); ctx.fill();
      });
    }
    ctx.strokeStyle = '#111827'; ctx.lineWidth = 2; ctx.beginPath();
    if (Math.abs(wy) > 1e-12) {
      ctx.moveTo(sx(x0), sy(-(wx * x0 + rest) / wy)); ctx.lineTo(sx(x1), sy(-(wx * x1 + rest) / wy));
    } else if (Math.abs(wx) > 1e-12) {
      ctx.moveTo(sx(-rest / wx), sy(y0)); ctx.lineTo(sx(-rest / wx), sy(y1));
    }
    ctx.stroke(); ctx.restore();
    for (let i = 0; i < ax.length; i++) lab.drawMarker(ctx, sx(ax[i]), sy(ay[i]), data.label[i], 3.5);
    const message = Math.max(...ax) - Math.min(...ax) < 1e-12 && Math.max(...ay) - Math.min(...ay) < 1e-12
      ? 'Every point lands on the same spot: these units give every input the same value.' : '';
    ctx.font = '12px system-ui, sans-serif'; ctx.textAlign = 'left'; ctx.textBaseline = 'alphabetic';
    const lines = lab.wrapText(ctx, message, area.w - 16);
    lines.forEach((line, k) => {   // on a white box, so the points under it don't hide the words
      const y = area.y + 16 + 16 * k;
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(area.x + 4, y - 12, ctx.measureText(line).width + 8, 16);
      ctx.fillStyle = '#1f2937';
      ctx.fillText(line, area.x + 8, y);
    });
    canvas.dataset.message = lines.join('\n');
    canvas.dataset.axes = JSON.stringify(axes);   // the frame, and each label's box, for the page's tests
    canvas.dataset.drawn = 'true';
    return { share: hasLine ? right : null, roles: roles };
  };

  /** The hidden space's sides, as the boundary's shading at its palest: class 0's orange, class 1's blue. */
  const CLASS_TINTS = ['rgba(230, 159, 0, 0.16)', 'rgba(29, 58, 138, 0.16)'];

  /** The part of a convex polygon (corners in order) where f > 0: Sutherland–Hodgman against one line. */
  function halfPlane(corners, f) {
    const out = [];
    corners.forEach((p, i) => {
      const q = corners[(i + 1) % corners.length], fp = f(p), fq = f(q);
      if (fp > 0) out.push(p);
      if ((fp > 0) !== (fq > 0)) {
        const t = fp / (fp - fq);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    });
    return out;
  }

  /**
   * The hidden space's frame, round ticks and axis names, as the boundary's (boundary.js), in a font of at least
   * 11 px as shown on a 300-pixel canvas drawn smaller (a phone): the ranges [x0, x1] and [y0, y1] (null: one unit,
   * no y ticks). The frame's left and bottom margins are what the labels need. Returns {area, font, labels} (each
   * label {text, left, top, right, bottom}, in canvas pixels).
   */
  function hiddenSpaceAxes(ctx, xRange, yRange, xName, yName) {
    const w = ctx.canvas.width, h = ctx.canvas.height, shown = ctx.canvas.clientWidth || w;
    const font = Math.max(11, Math.ceil(11 * w / shown)), gap = 4;
    ctx.font = font + 'px system-ui, sans-serif';
    const xTicks = lab.ticks(xRange[0], xRange[1]), yTicks = yRange ? lab.ticks(yRange[0], yRange[1]) : [];
    const widest = (ts) => Math.max(0, ...ts.map((t) => ctx.measureText(String(t)).width));
    const left = font + 2 * gap + widest(yTicks) + gap, bottom = 2 * font + 3 * gap;
    const right = Math.max(6, Math.ceil(ctx.measureText(String(xTicks[xTicks.length - 1])).width / 2) + 2);
    const top = Math.max(6, Math.ceil(font / 2) + 1);
    const area = { x: Math.round(left), y: top, w: w - Math.round(left) - right, h: h - top - bottom };
    const labels = [];
    const label = (text, x, y, align, baseline) => {   // draws text and keeps its box
      ctx.textAlign = align; ctx.textBaseline = baseline; ctx.fillText(text, x, y);
      const width = ctx.measureText(text).width, l = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
      const t = baseline === 'middle' ? y - font / 2 : baseline === 'bottom' ? y - font : y;
      labels.push({ text: text, left: l, top: t, right: l + width, bottom: t + font });
    };
    ctx.strokeStyle = '#374151'; ctx.fillStyle = '#1f2937'; ctx.lineWidth = 1;
    ctx.strokeRect(area.x + 0.5, area.y + 0.5, area.w - 1, area.h - 1);
    const px = (x) => area.x + ((x - xRange[0]) / (xRange[1] - xRange[0])) * area.w;
    xTicks.forEach((t) => {
      ctx.beginPath(); ctx.moveTo(px(t), area.y + area.h); ctx.lineTo(px(t), area.y + area.h + gap); ctx.stroke();
      label(String(t), px(t), area.y + area.h + gap + 1, 'center', 'top');
    });
    yTicks.forEach((t) => {
      const py = area.y + area.h - ((t - yRange[0]) / (yRange[1] - yRange[0])) * area.h;
      ctx.beginPath(); ctx.moveTo(area.x - gap, py); ctx.lineTo(area.x, py); ctx.stroke();
      label(String(t), area.x - gap - 1, py, 'right', 'middle');
    });
    label(xName, area.x + area.w / 2, h - 2, 'center', 'bottom');
    ctx.save(); ctx.translate(2, area.y + area.h / 2); ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center'; ctx.textBaseline = 'top'; ctx.fillText(yName, 0, 0); ctx.restore();
    const half = ctx.measureText(yName).width / 2;   // its box, upright: a column of the font's height at the left
    labels.push({ text: yName, left: 2, top: area.y + area.h / 2 - half, right: 2 + font, bottom: area.y + area.h / 2 + half });
    return { area: area, font: font, shown: shown, labels: labels };
  }

  /** The words of text as lines no wider than width in ctx's font (a longer single word stays whole). */
  lab.wrapText = function (ctx, text, width) {
    const lines = [];
    let line = '';
    text.split(/\s+/).filter(Boolean).forEach((word) => {
      const longer = line ? line + ' ' + word : word;
      if (line && ctx.measureText(longer).width > width) { lines.push(line); line = word; } else line = longer;
    });
    if (line) lines.push(line);
    return lines;
  };

  /** A class marker: label 0 an orange circle, label 1 a dark blue triangle, both with a dark rim. */
  lab.drawMarker = lab.drawMarker || function (ctx, x, y, label, r) {
    ctx.beginPath();
    if (label === 1) { ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); }
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = label === 1 ? 'rgb(29,58,138)' : 'rgb(230,159,0)';
    ctx.fill(); ctx.strokeStyle = '#111827'; ctx.lineWidth = 0.8; ctx.stroke();
  };
})(window.ShallowLab);
