// Line charts of a run's recorded series, drawn with Chart.js. Each canvas gets data-drawn="true" once drawn.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  // Series colours: the Okabe–Ito palette (safe for every common colour-vision type) without its orange and yellow
  // (the class colour, and unreadable on white), then a purple and a dark brown, so that the seven series of the
  // hidden-size comparison stay apart in colour (CIE ΔE ≥ 16 between any two, also as deuteranopes, protanopes and
  // tritanopes see them) and spread in lightness for greyscale (L* 0, 21, 35, 54, 58, 61, 70); blue comes eighth.
  // Their order spreads the first few in lightness, as most comparisons have 2 to 4 runs: black, vermillion,
  // purple, sky blue (L* 0, 54, 35, 70: at least 16 apart; green, pink and vermillion, 54 to 61, looked one grey).
  // Each series also has its own marker shape, the same in the charts and as its glyph in tables and captions
  // ('triangleDown' and 'triangleRight': a triangle turned; a rounded square read as ■ in greyscale, and as ▬ in
  // the table): filled ones on the light colours, the thin crosses on the dark brown and blue (a thin ✕ in sky blue
  // all but vanished in greyscale).
  const PALETTE = ['#000000', '#D55E00', '#6A3D9A', '#56B4E9', '#009E73', '#CC79A7', '#661100', '#0072B2'];
  const MARKERS = ['circle', 'triangle', 'rect', 'rectRot', 'triangleDown', 'triangleRight', 'cross', 'crossRot'];
  const GLYPHS = ['●', '▲', '■', '◆', '▼', '▶', '✚', '✕'];
  /** Markers drawn as a Chart.js style turned by some degrees. */
  const TURNED = { triangleDown: ['triangle', 180], triangleRight: ['triangle', 90] };

  lab.color = (i) => PALETTE[i % PALETTE.length];
  lab.marker = (i) => MARKERS[i % MARKERS.length];
  /** The text mark of series i (its marker shape), for tables and captions. */
  lab.glyph = (i) => GLYPHS[i % GLYPHS.length];

  const finite = (v) => v !== null && Number.isFinite(v);

  /** The y values a chart can draw: finite ones, and on a log axis only the positive ones. */
  lab.drawable = (series, log) => series.flatMap((s) => (s.band ? s.y.concat(s.band.lo, s.band.hi) : s.y))
    .filter((v) => finite(v) && (!log || v > 0));

  /**
   * A series' band {lo, hi} (the least and greatest value since the previous record) as two datasets, the upper
   * one filled down to the lower: what happened between two records, which the line alone could hide.
   */
  function bandDatasets(s) {
    const points = (v) => s.x.map((x, j) => ({ x: x, y: v[j] }));
    const shade = 'rgba(17, 24, 39, 0.18)';
    return [
      { label: '', data: points(s.band.lo), borderWidth: 0, borderDash: [], pointRadius: 0, fill: false, $band: true },
      { label: 'range between records', data: points(s.band.hi), borderWidth: 0, pointRadius: 0,
        borderDash: [], backgroundColor: shade, borderColor: shade, fill: '-1', $band: true }
    ];
  }

  /**
   * Whole decades around the drawable values, [10^floor(log10 min), 10^ceil(log10 max)], at least one decade
   * wide: a log axis whose ticks are powers of ten and whose range does not jump with every small change.
   */
  lab.decades = function (values) {
    if (!values.length) return { min: 1e-3, max: 1 };
    const lo = Math.floor(Math.log10(Math.min(...values))), hi = Math.ceil(Math.log10(Math.max(...values)));
    return { min: Math.pow(10, lo), max: Math.pow(10, Math.max(hi, lo + 1)) };
  };

  /** A power of ten as 1e-3, 1e-2, 1e-1, 1e0, 1e1: one style on every log axis; other ticks unlabelled. */
  lab.powerLabel = function (value) {
    const exponent = Math.log10(value);
    return Math.abs(exponent - Math.round(exponent)) > 1e-9 ? '' : '1e' + Math.round(exponent);
  };

  /**
   * A log axis over decades d = {min, max} with one tick and grid line per power of ten, or per k-th power when
   * the range spans more than 8 decades (a diverged run spans over a hundred). Over three decades or fewer (the cost
   * of runs that swing, 0.1 to 100), also at 2 and 5 in each, every tick in plain numbers (0.2, 0.5, 1, 2): costs
   * of 0.22 and 0.29 are then read off the axis, not only from a table; given the values drawn, that axis ends at
   * the ticks around them (0.1 to 20 for costs up to 14), not at whole decades, and within a decade and a half has
   * a tick at 3 as well.
   */
  lab.decadeAxis = function (d, drawn) {
    const lo = Math.round(Math.log10(d.min)), hi = Math.round(Math.log10(d.max));
    const every = Math.max(1, Math.ceil((hi - lo) / 8)), fine = hi - lo <= 3;
    const ticksAt = (mantissas) => {
      const at = [];
      for (let e = lo; e <= hi; e += every) {
        for (const m of e < hi ? mantissas : [1]) at.push(Number((m * Math.pow(10, e)).toPrecision(1)));
      }
      return at;
    };
    let ticks = ticksAt(fine ? [1, 2, 5] : [1]);
    let min = d.min, max = d.max;
    if (fine && drawn && drawn.length) {
      const least = Math.min(...drawn), most = Math.max(...drawn);
      min = Math.max(...ticks.filter((t) => t <= least).concat([d.min]));
      max = Math.min(...ticks.filter((t) => t >= most).concat([d.max]));
      if (min === max) max = ticks.find((t) => t > min) || max;
      // within about a decade and a half (costs of 0.25 to 0.36 between 0.2 and 0.5), a tick at 3 too
      ticks = (Math.log10(max / min) <= 1.5 ? ticksAt([1, 2, 3, 5]) : ticks).filter((t) => t >= min && t <= max);
    }
    return { min: min, max: max, afterBuildTicks: (axis) => { axis.ticks = ticks.map((v) => ({ value: v })); },
             ticks: { callback: fine ? (v) => String(Number(v.toPrecision(1))) : lab.powerLabel, autoSkip: false } };
  };

  /** The y axis: log in whole decades, or linear from yMin (default: Chart.js's own) to yMax. */
  function yScale(series, opts, log) {
    const scale = { type: log ? 'logarithmic' : 'linear', title: { display: !!opts.yTitle, text: opts.yTitle } };
    if (log) {
      const drawn = lab.drawable(series, true);
      return Object.assign(scale, lab.decadeAxis(lab.decades(drawn), drawn));
    }
    return Object.assign(scale, { min: opts.yMin, max: opts.yMax,
      ticks: { stepSize: opts.yStep, maxTicksLimit: 8, callback: (v) => String(Number(v.toPrecision(6))) } });
  }

  /** The last recorded iteration: every chart of a run spans the whole run, even where a series has no values. */
  const lastX = (series) => Math.max(0, ...series.map((s) => (s.x.length ? s.x[s.x.length - 1] : 0)));

  /**
   * A marker at about 8 points of series i of n, so the shapes show without clutter; each series' markers are
   * shifted by i/n of a step, so overlapping curves don't hide each other's shapes.
   */
  function markerRadius(s, i, n) {
    const step = Math.max(1, Math.round(s.x.length / 8)), shift = Math.floor((i * step) / n);
    return s.x.map((_, j) => (j % step === shift ? 3 : 0));   // an array, not a function: Chart.js resolves it faster
  }

  /**
   * A line chart of series [{label, x, y, color?, dashed?, marker?, group?}] with a linear x axis (a legend entry
   * hides or shows every series of its group, as a comparison's run has two on some charts); options: yTitle,
   * yType ('linear' | 'logarithmic'), yMin, yMax, yStep, legend, legendFilter(item), legendText(label) (the
   * legend's text for a series' label, which tooltips keep whole), legendTitle (a line above the entries). On a
   * phone-wide canvas the legend is smaller.
   */
  lab.lineChart = function (canvas, series, options) {
    const opts = options || {};
    const chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: datasetsOf(series) },
      plugins: [lab.drawnFlag(canvas)],
      options: {
        responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
        animation: false,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        plugins: { legend: { display: legendShown(series, opts), onClick: toggleGroup,
                             labels: legendLabels(canvas, series, opts), title: legendTitle(canvas, opts) },
                   tooltip: tooltip },
        scales: { x: xScale(series), y: yScale(series, opts, opts.yType === 'logarithmic') }
      }
    });
    chart.$series = series;
    chart.$options = opts;
    return chart;
  };

  /**
   * Gives a chart from {@link lab.lineChart} new series in place (same options, the y axis on its current
   * linear/log type): one redraw, where destroying and rebuilding the chart costs a new canvas context and layout.
   */
  lab.updateChart = function (chart, series) {
    const opts = chart.$options, log = chart.options.scales.y.type === 'logarithmic';
    // What the learner hid from the legend stays hidden (the new datasets would otherwise all show).
    const hidden = new Set(chart.data.datasets.filter((d, i) => !chart.isDatasetVisible(i)).map((d) => d.label));
    chart.data.datasets = datasetsOf(series).map((d) => Object.assign(d, { hidden: hidden.has(d.label) }));
    chart.options.plugins.legend.display = legendShown(series, opts);
    chart.options.plugins.legend.labels.usePointStyle = series.some((s) => s.marker);
    chart.options.scales.x = xScale(series);
    chart.options.scales.y = yScale(series, opts, log);
    chart.$series = series;
    chart.update('none');
  };

  /**
   * Tooltip lines: the iteration, named (a bare "1,020" read as a value), then a band's two edges as one line,
   * "range between records: lo – hi" (its lower edge alone, without a name, read as a stray number), then each
   * series' own "label: value".
   */
  const tooltip = {
    filter: (item) => item.dataset.label !== '',
    callbacks: {
      title: (items) => (items.length ? 'iteration ' + items[0].label : ''),
      label: (item) => {
        if (!item.dataset.$band) return item.dataset.label + ': ' + item.formattedValue;
        const lo = item.chart.data.datasets[item.datasetIndex - 1].data[item.dataIndex];
        return item.dataset.label + ': ' + item.chart.scales.y.getLabelForValue(lo.y) + ' – ' + item.formattedValue;
      }
    }
  };

  /** A legend entry's click: hides or shows its series and the others of its group, all alike. */
  function toggleGroup(event, item, legend) {
    const chart = legend.chart, group = chart.data.datasets[item.datasetIndex].$group;
    const show = !chart.isDatasetVisible(item.datasetIndex);
    chart.data.datasets.forEach((d, i) => {
      if (i === item.datasetIndex || (group !== undefined && d.$group === group)) chart.setDatasetVisibility(i, show);
    });
    chart.update();
  }

  /** Chart.js legend labels: the filter and text of the options, a smaller font and padding under 400 px (phones). */
  function legendLabels(canvas, series, opts) {
    const narrow = canvas.parentElement.clientWidth < 400;
    const labels = {
      filter: (item, data) => item.text !== '' && (!opts.legendFilter || opts.legendFilter(item, data)),
      usePointStyle: series.some((s) => s.marker), boxHeight: 8, boxWidth: narrow ? 16 : 24, padding: narrow ? 6 : 10,
      font: { size: narrow ? 11 : 12 }
    };
    if (opts.legendText) {
      labels.generateLabels = (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart)
        .map((item) => Object.assign(item, { text: opts.legendText(item.text) }));
    }
    return labels;
  }

  /** Chart.js legend title: the option's text, in the entries' font size, or none. */
  function legendTitle(canvas, opts) {
    const narrow = canvas.parentElement.clientWidth < 400;
    return { display: !!opts.legendTitle, text: opts.legendTitle || '', padding: { top: 2, bottom: 0 },
             font: { size: narrow ? 11 : 12, weight: 'bold' } };
  }

  const legendShown = (series, opts) => series.length > 1 || !!opts.legend || series.some((s) => s.band);
  const xScale = (series) => ({ type: 'linear', title: { display: true, text: 'iteration' }, min: 0, max: lastX(series) });

  /** The Chart.js datasets of series: each line, after its band's two datasets when it has one. */
  function datasetsOf(series) {
    return series.flatMap((s, i) => (s.band ? bandDatasets(s) : []).concat([{
      label: s.label, $group: s.group,
      data: s.x.map((x, j) => ({ x: x, y: s.y[j] })),
      borderColor: s.color || lab.color(i), backgroundColor: s.color || lab.color(i),
      borderDash: s.dashed ? [6, 4] : [], borderWidth: 1.8, tension: 0,
      clip: 5,   // a point on the axes' edge (100 %, iteration 0) is drawn whole, not cut in half
      pointStyle: TURNED[s.marker] ? TURNED[s.marker][0] : s.marker || 'circle',
      pointRotation: TURNED[s.marker] ? TURNED[s.marker][1] : 0, pointRadius: s.marker ? markerRadius(s, i, series.length) : (s.x.length < 60 ? 2.5 : 0)
    }]));
  }

  /** A Chart.js plugin that marks the canvas data-drawn="true" once a frame is on it (animation is off). */
  lab.drawnFlag = (canvas) => ({ id: 'drawn', afterRender: () => { canvas.dataset.drawn = 'true'; } });

  /**
   * Whether a linear cost axis would hide the curves of these runs: one diverged, climbed above 3× the highest
   * starting cost (α = 10's overshoot reaches ~14 from 0.693, and squeezes its later swings onto the axis' floor),
   * or the runs start more than 3× apart (randn·10's units start the course's net near 14, and a linear axis
   * then lays the small scales' curves flat along its floor).
   */
  lab.costNeedsLog = function (runs) {
    const starts = runs.map((run) => run.cost[0]).filter(Number.isFinite);
    const start = Math.max(...starts);
    return Math.min(...starts) * 3 < start
      || runs.some((run) => run.diverged !== null || run.cost.some((c) => Number.isFinite(c) && c > 3 * start));
  };

  /** Switches a chart's y axis between linear and logarithmic (log in whole decades). */
  lab.setLogScale = function (chart, log) {
    chart.options.scales.y = yScale(chart.$series, chart.$options, log);
    chart.update();
  };

  const afterPaint = [];
  /**
   * Runs fn after the page's first paint: a page draws what is in view first (the lab's cost and accuracy charts)
   * and the rest right after. Every queued fn runs in one task, in the order queued, so none sees the page between
   * two of them.
   */
  lab.afterFirstPaint = function (fn) {
    if (afterPaint.push(fn) > 1) return;
    requestAnimationFrame(() => setTimeout(() => afterPaint.splice(0).forEach((f) => f())));
  };

  /** Shows the note with this id saying {@code text}, or hides it when text is empty. */
  lab.note = function (id, text) {
    const note = document.getElementById(id);
    note.textContent = text || '';
    note.hidden = !text;
  };

  /** How much a series moves over the run (max − min of its finite values), or null without one. */
  lab.spread = function (values) {
    const v = values.filter(finite);
    return v.length ? Math.max(...v) - Math.min(...v) : null;
  };

  /** A small number as 2e-7, one significant digit (or 0). */
  lab.small = (v) => (v === 0 ? '0' : v.toExponential(0).replace('e+', 'e'));

  /** Series of one run: cost, accuracies, gradient norms per layer (zeros dropped on a log axis). */
  lab.runSeries = function (run) {
    const it = run.iterations;
    const accuracy = [{ label: 'train', x: it, y: run.trainAccuracy.map((a) => (a === null ? null : 100 * a)) }];
    if (run.testAccuracy) {
      accuracy.push({ label: 'test', x: it, y: run.testAccuracy.map((a) => (a === null ? null : 100 * a)), dashed: true });
    }
    const norms = run.gradientNorms.map((layer, l) => ({
      label: lab.layerName(l, run.gradientNorms.length), x: it, y: layer.map((v) => (v > 0 ? v : null))
    }));
    const band = run.costMin && run.costMax ? { lo: run.costMin, hi: run.costMax } : null;
    return { cost: [{ label: 'cost', x: it, y: run.cost, band: band }], accuracy: accuracy, norms: norms };
  };

  /** "hidden 1 (dW1)" … "output (dW3)": layer l of n (0-based). */
  lab.layerName = (l, n) => (l === n - 1 ? 'output' : 'hidden ' + (l + 1)) + ' (dW' + (l + 1) + ')';
})(window.ShallowLab);
