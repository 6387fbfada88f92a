// Says "scroll the table sideways" above each table that is wider than its scrolling region, and only while it
// is: on a phone most tables stack into labelled blocks (site.css) and need no hint, on a mid-width screen a wide
// table may still scroll. The words come from the page (data-hint on this script's tag), not from this file.
// The regions are focusable (tabindex="0"), so the arrow keys scroll them.
(function () {
  'use strict';
  var script = document.currentScript;
  var words = script && script.getAttribute('data-hint');
  if (!words) {
    return;
  }

  var regions = Array.prototype.slice.call(document.querySelectorAll('.table-scroll'));
  var hints = regions.map(function (region) {
    var hint = document.createElement('p');
    hint.className = 'scroll-hint';
    hint.textContent = words;
    hint.hidden = true;
    region.parentNode.insertBefore(hint, region);
    return hint;
  });

  function update() {
    regions.forEach(function (region, index) {
      // A region folded away in closed details is not seen, so it needs no hint (its size is still measured).
      var folded = region.closest('details:not([open])') !== null;
      hints[index].hidden = folded || !(region.clientWidth > 0 && region.scrollWidth > region.clientWidth + 1);
    });
  }

  var pending = false;
  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () { pending = false; update(); });
    }
  }

  window.addEventListener('resize', schedule);
  document.addEventListener('toggle', schedule, true);
  update();
})();
