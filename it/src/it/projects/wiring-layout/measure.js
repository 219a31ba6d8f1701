// Appended to a copy of portcheck.html by verify.groovy: measures the wiring pictures as drawn and
// writes the figures as JSON into a pre element (id layout-figures) for --dump-dom.
(function () {
  function overlap(a, b) {
    return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  }
  function inside(a, b) {
    return a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  }
  function orient(a, b, c) { return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]); }
  function cross(s, t) {
    var d1 = orient(t[0], t[1], s[0]), d2 = orient(t[0], t[1], s[1]);
    var d3 = orient(s[0], s[1], t[0]), d4 = orient(s[0], s[1], t[1]);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }
  var root = document.getElementById('wiring');
  var out = {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    perRow: +root.dataset.perRow,
    pictures: []
  };
  document.querySelectorAll('svg.wiring').forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    var scale = box.width / svg.viewBox.baseVal.width;
    var p = {id: svg.id, width: box.width, height: box.height, scale: scale, problems: []};
    var rects = [];
    svg.querySelectorAll('.node').forEach(function (n) {
      var r = n.querySelector('rect').getBoundingClientRect();
      rects.push({what: 'box ' + n.textContent.split('\n')[0], r: r});
      n.querySelectorAll('text').forEach(function (t) {
        if (!inside(t.getBoundingClientRect(), r)) p.problems.push('text out of its box: ' + t.textContent);
      });
    });
    var edges = svg.querySelectorAll('.edge');
    var labelled = 0;
    edges.forEach(function (e) {
      var l = svg.querySelector('.label[data-edge="' + e.id + '"]');
      if (!l) { p.problems.push('no label: ' + e.id); return; }
      var r = l.querySelector('rect').getBoundingClientRect();
      var t = l.querySelector('text').getBoundingClientRect();
      var style = getComputedStyle(l);
      if (t.width < 8 || style.visibility === 'hidden' || style.display === 'none' || +style.opacity < 1
          || !inside(t, r) || !inside(r, box)) {
        p.problems.push('label not visible: ' + e.id);
      } else {
        labelled++;
      }
      rects.push({what: 'label ' + e.id + ' ' + l.textContent, r: r});
    });
    var overlaps = 0;
    for (var i = 0; i < rects.length; i++) {
      for (var j = i + 1; j < rects.length; j++) {
        if (overlap(rects[i].r, rects[j].r)) {
          overlaps++;
          p.problems.push('overlap: ' + rects[i].what + ' / ' + rects[j].what);
        }
      }
    }
    // every stretch of line drawn once (lines to one box share their way past the rows)
    var seen = {}, segments = [];
    edges.forEach(function (e) {
      var pts = e.querySelector('path').getAttribute('d').replace(/[ML]/g, ' ').trim().split(/\s+/)
        .map(function (xy) { return xy.split(',').map(Number); });
      for (var k = 0; k + 1 < pts.length; k++) {
        var key = pts[k] + ';' + pts[k + 1];
        if (!seen[key]) { seen[key] = true; segments.push([pts[k], pts[k + 1]]); }
      }
    });
    var crossings = 0;
    for (var a = 0; a < segments.length; a++) {
      for (var b = a + 1; b < segments.length; b++) {
        if (cross(segments[a], segments[b])) crossings++;
      }
    }
    // the longest chain of calls: a top-to-bottom picture needs a row for each of its boxes
    var out2 = {}, nodes = svg.querySelectorAll('.node');
    edges.forEach(function (e) { (out2[e.dataset.from] = out2[e.dataset.from] || []).push(e.dataset.to); });
    var memo = {};
    function chain(v, path) {
      if (memo[v]) return memo[v];
      path[v] = true;
      var best = 1;
      (out2[v] || []).forEach(function (w) { if (!path[w]) best = Math.max(best, 1 + chain(w, path)); });
      delete path[v];
      return memo[v] = best;
    }
    var longest = 0;
    nodes.forEach(function (n) { longest = Math.max(longest, chain(n.dataset.node, {})); });
    var rowHeight = +root.dataset.rowHeight * scale;
    var handRows = Math.max(Math.ceil(nodes.length / out.perRow), longest);
    // pointing at a box brings out its lines: the page's script marks them
    var first = svg.querySelector('.edge');
    if (first) {
      var node = svg.querySelector('.node[data-node="' + first.dataset.from + '"]');
      node.dispatchEvent(new MouseEvent('mouseenter'));
      var lit = svg.querySelectorAll('.edge.on').length;
      var own = svg.querySelectorAll('.edge[data-from="' + first.dataset.from + '"],.edge[data-to="'
        + first.dataset.from + '"]').length;
      p.hover = svg.classList.contains('focus') && lit === own && lit > 0;
      node.dispatchEvent(new MouseEvent('mouseleave'));
      p.hover = p.hover && !svg.classList.contains('focus');
    }
    p.nodes = nodes.length;
    p.edges = edges.length;
    p.labelled = labelled;
    p.overlaps = overlaps;
    p.crossings = crossings;
    p.longestChain = longest;
    p.handHeight = handRows * rowHeight;
    p.heightRatio = box.height / p.handHeight;
    out.pictures.push(p);
  });
  var pre = document.createElement('pre');
  pre.id = 'layout-figures';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
