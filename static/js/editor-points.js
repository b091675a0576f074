// The draw editor's model (editor.js draws it): the points, the plane they are shown on, and the history that Undo
// walks back. Points keep their exact numbers: those loaded from a CSV are written back as they were read (a
// JavaScript number prints as the shortest text that reads back to the same double), so points left unchanged
// give the same dataset id and the same run.
window.ShallowLab = window.ShallowLab || {};
(function (lab) {
  'use strict';
  const MAX_POINTS = 2000;   // as PointsCsv.MAX_POINTS on the server
  const HISTORY = 100;       // undo steps kept

  /** The plane, square, around the points (padded by 10 %), or [-4.5, 4.5]² for none. */
  function viewOf(points) {
    if (points.length === 0) return { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 };
    const xs = points.map((p) => p.x1), ys = points.map((p) => p.x2);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2, cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const half = Math.max(1, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) * 0.55;
    return { xMin: cx - half, xMax: cx + half, yMin: cy - half, yMax: cy + half };
  }

  /** A coordinate placed by hand, rounded to about a thousandth of the plane's width. */
  function rounded(v, view) {
    const step = Math.pow(10, Math.floor(Math.log10(view.xMax - view.xMin)) - 3);
    return Number((Math.round(v / step) * step).toFixed(Math.max(0, -Math.round(Math.log10(step)))));
  }

  lab.EditorPoints = function () {
    this.points = [];
    this.history = [];
    this.view = viewOf([]);
  };
  const proto = lab.EditorPoints.prototype;

  proto.counts = function () {
    const ones = this.points.filter((p) => p.label === 1).length;
    return { all: this.points.length, zeros: this.points.length - ones, ones: ones };
  };

  /** Remembers the points as they are now, for one Undo (a stroke, a clear, a load). */
  proto.checkpoint = function () {
    this.history.push(this.points.slice());
    if (this.history.length > HISTORY) this.history.shift();
  };

  proto.undo = function () {
    if (this.history.length > 0) this.points = this.history.pop();
  };

  /** Adds a point of label at plane position (x1, x2); false when the editor is full. */
  proto.add = function (x1, x2, label) {
    if (this.points.length >= MAX_POINTS) return false;
    this.points.push({ x1: rounded(x1, this.view), x2: rounded(x2, this.view), label: label });
    return true;
  };

  /** Removes the points within radius (plane units) of (x1, x2); how many went. */
  proto.erase = function (x1, x2, radius) {
    const before = this.points.length;
    this.points = this.points.filter((p) => Math.hypot(p.x1 - x1, p.x2 - x2) > radius);
    return before - this.points.length;
  };

  /** Removes the point nearest (x1, x2) if it is within radius; whether one went. */
  proto.eraseNearest = function (x1, x2, radius) {
    let best = -1, bestDistance = radius;
    this.points.forEach((p, i) => {
      const d = Math.hypot(p.x1 - x1, p.x2 - x2);
      if (d <= bestDistance) { best = i; bestDistance = d; }
    });
    if (best >= 0) this.points.splice(best, 1);
    return best >= 0;
  };

  proto.clear = function () { this.points = []; };

  /** Replaces the points by those of a CSV x1,x2,label (as GET /api/experiment/points.csv writes it). */
  proto.load = function (csv) {
    const rows = csv.trim().split(/\r?\n/).slice(1);
    this.points = rows.map((row) => {
      const cells = row.split(',');
      return { x1: Number(cells[0]), x2: Number(cells[1]), label: Number(cells[2]) };
    });
    this.view = viewOf(this.points);
  };

  /** The points as the upload format, in the order they were loaded and drawn. */
  proto.csv = function () {
    return 'x1,x2,label\n' + this.points.map((p) => p.x1 + ',' + p.x2 + ',' + p.label).join('\n') + '\n';
  };

  lab.EditorPoints.MAX_POINTS = MAX_POINTS;
})(window.ShallowLab);
