// Draws every chart on the page with plotly.js when it scrolls into view. The figure JSON sits in a
// <script type="application/json"> next to each chart, so no inline script is needed (CSP script-src 'self').
// The written summary and the data table are the accessible version; with JavaScript off they are all
// there is, and the table stays open.
(function () {
  'use strict';
  if (typeof window.Plotly === 'undefined') {
    return;
  }

  document.documentElement.classList.add('js-charts');
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function draw(plot) {
    if (plot.getAttribute('data-drawn') === 'true') {
      return;
    }
    plot.setAttribute('data-drawn', 'true');
    var source = document.getElementById(plot.getAttribute('data-figure'));
    if (!source) {
      return;
    }
    var figure = JSON.parse(source.textContent);
    var layout = figure.layout || {};
    if (reduceMotion) {
      layout.transition = { duration: 0 };
    }
    window.Plotly.newPlot(plot, figure.data || [], layout, figure.config || {}).then(function () {
      plot.setAttribute('data-rendered', 'true');
    });
  }

  var plots = Array.prototype.slice.call(document.querySelectorAll('.chart-plot[data-figure]'));

  // With a chart to look at, each data table folds away behind its summary line, one key press from view.
  // It is done once, at load, so nothing moves while someone is reading or tabbing through the page.
  plots.forEach(function (plot) {
    var details = plot.parentNode.querySelector('details.chart-data');
    if (details) {
      details.removeAttribute('open');
    }
  });
  if (!('IntersectionObserver' in window)) {
    plots.forEach(draw);
    return;
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        draw(entry.target);
      }
    });
  }, { rootMargin: '200px 0px' });
  plots.forEach(function (plot) { observer.observe(plot); });

  // Printing needs every chart drawn, not only the ones scrolled to.
  window.addEventListener('beforeprint', function () { plots.forEach(draw); });
})();
