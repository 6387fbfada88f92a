// Draws every chart on the page with plotly.js when it scrolls into view. The figure JSON sits in a
// <script type="application/json"> next to each chart, so no inline script is needed (CSP script-src 'self').
// The written summary and the data table are the accessible version; with JavaScript off they are all
// there is, and the table stays open.
//
// The JSON is the same for every reader; this script fits it to the reader's screen and settings when it draws:
// on a narrow chart the legend goes below the plot and the margins shrink, so the plot keeps most of the width;
// in the dark scheme the colours come from the page's colour tokens (site.css), and any line too faint on the
// dark background is lightened; with forced colours (Windows high contrast) every line, marker and label is drawn
// in the user's own text colour on their background (series still differ by dash pattern and marker shape); with
// reduced motion there are no transitions. A change of scheme or width redraws the charts already drawn.
(function () {
  'use strict';
  if (typeof window.Plotly === 'undefined') {
    return;
  }

  document.documentElement.classList.add('js-charts');

  // Below this width in CSS pixels a chart is "narrow": legend below, small margins and font.
  var narrowWidth = 480;

  function query(text) {
    return window.matchMedia ? window.matchMedia(text) : { matches: false };
  }

  var darkScheme = query('(prefers-color-scheme: dark)');
  var forcedColours = query('(forced-colors: active)');
  var reducedMotion = query('(prefers-reduced-motion: reduce)');

  // --- Colours -------------------------------------------------------------------------------------------------

  function parse(colour) {
    if (typeof colour !== 'string') {
      return null;
    }
    var hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
    if (hex) {
      var h = hex[1].length === 3 ? hex[1].replace(/(.)/g, '$1$1') : hex[1];
      return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 1];
    }
    var rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/i.exec(colour.trim());
    return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])] : null;
  }

  function format(rgb) {
    var solid = 'rgb(' + rgb.slice(0, 3).map(Math.round).join(', ') + ')';
    return rgb[3] === 1 ? solid : 'rgba(' + rgb.slice(0, 3).map(Math.round).join(', ') + ', ' + rgb[3] + ')';
  }

  function luminance(rgb) {
    var c = rgb.slice(0, 3).map(function (v) {
      v = v / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function contrast(a, b) {
    var la = luminance(a);
    var lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  function mix(a, b, share) {
    return [0, 1, 2].map(function (i) { return a[i] + (b[i] - a[i]) * share; }).concat([a[3]]);
  }

  // The colours to draw with, read from the page so that a site's own tokens (or the user's forced colours) win.
  function palette() {
    var probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;forced-color-adjust:none;color:CanvasText;background-color:Canvas';
    document.body.appendChild(probe);
    var system = getComputedStyle(probe);
    var forced = forcedColours.matches;
    var result = null;
    if (forced) {
      result = { background: parse(system.backgroundColor), text: parse(system.color), forced: true };
    } else {
      var root = getComputedStyle(document.documentElement);
      result = {
        background: parse(root.getPropertyValue('--background')),
        text: parse(root.getPropertyValue('--text')),
        forced: false
      };
    }
    document.body.removeChild(probe);
    return result.background && result.text ? result : null;
  }

  // Returns a function that maps each colour of the figure (drawn for a white page) to one for this page.
  function recolour(figure, colours) {
    var layout = figure.layout || {};
    var oldBackground = parse(layout.paper_bgcolor) || [255, 255, 255, 1];
    var oldText = parse(layout.font && layout.font.color) || [11, 12, 12, 1];
    return function (value) {
      var rgb = parse(value);
      if (!rgb) {
        return value;
      }
      if (rgb[3] < 1) {
        // A translucent fill, such as the target band: keep its hue and strength, over the new background.
        return colours.forced ? format(colours.text.slice(0, 3).concat([rgb[3]])) : value;
      }
      if (colours.forced) {
        return format(String(rgb) === String(oldBackground) ? colours.background : colours.text);
      }
      if (String(rgb) === String(oldBackground)) {
        return format(colours.background);
      }
      if (String(rgb) === String(oldText)) {
        return format(colours.text);
      }
      // Lines and markers need 3:1 against the background (WCAG 1.4.11): move a faint one towards the text colour.
      var adjusted = rgb;
      for (var step = 1; step <= 10 && contrast(adjusted, colours.background) < 3; step++) {
        adjusted = mix(rgb, colours.text, step / 10);
      }
      return adjusted === rgb ? value : format(adjusted);
    };
  }

  var colourKeys = { color: true, bgcolor: true, bordercolor: true, fillcolor: true, gridcolor: true, linecolor: true,
    tickcolor: true, zerolinecolor: true, paper_bgcolor: true, plot_bgcolor: true, fgcolor: true };

  function walk(node, map) {
    if (Array.isArray(node)) {
      return node.map(function (item) { return walk(item, map); });
    }
    if (node && typeof node === 'object') {
      Object.keys(node).forEach(function (key) {
        var value = node[key];
        if (colourKeys[key] && (typeof value === 'string' || Array.isArray(value))) {
          node[key] = Array.isArray(value) ? value.map(map) : map(value);
        } else if (typeof value === 'object') {
          node[key] = walk(value, map);
        }
      });
    }
    return node;
  }

  // --- Layout --------------------------------------------------------------------------------------------------

  function fit(figure, plot) {
    var layout = figure.layout = figure.layout || {};
    var colours = palette();
    var isDark = darkScheme.matches || (colours && luminance(colours.background) < 0.2);
    if (colours && (isDark || colours.forced)) {
      var map = recolour(figure, colours);
      figure.data = walk(figure.data || [], map);
      walk(layout, map);
      // Grid lines: a quiet line between the background and the text colour, fainter than any series.
      ['xaxis', 'yaxis'].forEach(function (name) {
        if (layout[name] && layout[name].gridcolor) {
          layout[name].gridcolor = format(mix(colours.background, colours.text, colours.forced ? 0.35 : 0.2));
        }
      });
    }

    if (plot.clientWidth > 0 && plot.clientWidth < narrowWidth) {
      layout.margin = { l: 8, r: 8, t: 8, b: 8, pad: 0 };
      layout.font = layout.font || {};
      layout.font.size = 12;
      layout.legend = { orientation: 'h', traceorder: 'normal', x: 0, xanchor: 'left', y: -0.25, yanchor: 'top' };
      ['xaxis', 'yaxis'].forEach(function (name) {
        if (layout[name]) {
          layout[name].automargin = true;
          // Slanted tick labels where they would overlap, rather than labels written over each other.
          if (layout[name].tickangle === 0 && name === 'xaxis' && !layout[name].tickvals) {
            layout[name].tickangle = 'auto';
          }
        }
      });
    }

    if (reducedMotion.matches) {
      layout.transition = { duration: 0 };
    }
    return figure;
  }

  // --- Drawing -------------------------------------------------------------------------------------------------

  function figureOf(plot) {
    var source = document.getElementById(plot.getAttribute('data-figure'));
    return source ? JSON.parse(source.textContent) : null;
  }

  function draw(plot) {
    if (plot.getAttribute('data-drawn') === 'true') {
      return;
    }
    plot.setAttribute('data-drawn', 'true');
    var figure = figureOf(plot);
    if (!figure) {
      return;
    }
    fit(figure, plot);
    plot.setAttribute('data-narrow', String(plot.clientWidth < narrowWidth));
    window.Plotly.newPlot(plot, figure.data || [], figure.layout, figure.config || {}).then(function () {
      plot.setAttribute('data-rendered', 'true');
    });
  }

  // Draws a chart again from its JSON, for a new scheme or width: each redraw starts from the same figure.
  function redraw(plot) {
    if (plot.getAttribute('data-drawn') !== 'true') {
      return;
    }
    var figure = figureOf(plot);
    if (!figure) {
      return;
    }
    fit(figure, plot);
    plot.setAttribute('data-narrow', String(plot.clientWidth < narrowWidth));
    window.Plotly.react(plot, figure.data || [], figure.layout, figure.config || {});
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

  [darkScheme, forcedColours, reducedMotion].forEach(function (mediaQuery) {
    if (mediaQuery.addEventListener) {
      mediaQuery.addEventListener('change', function () { plots.forEach(redraw); });
    }
  });

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) {
      return;
    }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      plots.forEach(function (plot) {
        if (plot.getAttribute('data-narrow') !== String(plot.clientWidth < narrowWidth)) {
          redraw(plot);
        }
      });
    });
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
