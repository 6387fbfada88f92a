// Filter and sort controls for a report's indicator table, added only when script runs: without it the
// full table is there as it is. The controls are ordinary labelled form fields, so they work with a
// keyboard and screen readers, and a status message announces how many indicators are shown.
(function () {
  'use strict';
  var table = document.getElementById('indicator-table');
  if (!table || !table.tBodies.length) {
    return;
  }

  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var ratingOrder = ['red', 'amber', 'green', 'blue', 'baseline', 'contextual', 'in-development', 'suspended', 'withheld', 'no-target', 'no-data'];

  function distinct(attribute) {
    var seen = [];
    rows.forEach(function (row) {
      var value = row.getAttribute(attribute);
      if (value && seen.indexOf(value) < 0) {
        seen.push(value);
      }
    });
    return seen;
  }

  function words(key) {
    var text = key.replace(/-/g, ' ');
    // The words the tables show for keys that are not their own words (see Formatting/Labels.cs).
    var labels = { up: 'Higher is better', down: 'Lower is better', none: 'No preferred direction', withheld: 'Not rated yet' };
    return labels[key] || text.charAt(0).toUpperCase() + text.slice(1);
  }

  function field(id, label, options) {
    var wrapper = document.createElement('div');
    wrapper.className = 'table-tools-field';
    var labelElement = document.createElement('label');
    labelElement.htmlFor = id;
    labelElement.textContent = label;
    var select = document.createElement('select');
    select.id = id;
    options.forEach(function (option) {
      var element = document.createElement('option');
      element.value = option[0];
      element.textContent = option[1];
      select.appendChild(element);
    });
    wrapper.appendChild(labelElement);
    wrapper.appendChild(select);
    return { wrapper: wrapper, select: select };
  }

  function choices(attribute, allLabel, order) {
    var values = distinct(attribute);
    if (order) {
      values.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
    }
    return [['', allLabel]].concat(values.map(function (value) { return [value, words(value)]; }));
  }

  var form = document.createElement('form');
  form.className = 'table-tools';
  form.setAttribute('aria-label', 'Filter and sort the indicators');
  form.addEventListener('submit', function (event) { event.preventDefault(); });

  var rating = field('filter-rating', 'Rating', choices('data-rating', 'All ratings', ratingOrder));
  var direction = field('filter-direction', 'Direction for improvement', choices('data-direction', 'All directions'));
  var change = field('filter-change', 'Change in performance', choices('data-change', 'All changes'));
  var sort = field('sort-by', 'Sort by', [['id', 'Indicator number'], ['rating', 'Rating, worst first'], ['title', 'Title']]);
  [rating, direction, change, sort].forEach(function (f) { form.appendChild(f.wrapper); });

  var status = document.createElement('p');
  status.className = 'table-tools-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  var region = table.closest('.table-scroll') || table;
  region.parentNode.insertBefore(form, region);
  region.parentNode.insertBefore(status, region);

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!rating.select.value || row.getAttribute('data-rating') === rating.select.value) &&
        (!direction.select.value || row.getAttribute('data-direction') === direction.select.value) &&
        (!change.select.value || row.getAttribute('data-change') === change.select.value);
      row.hidden = !visible;
      if (visible) {
        shown++;
      }
    });

    var key = sort.select.value;
    var sorted = rows.slice().sort(function (a, b) {
      if (key === 'rating') {
        var byRating = ratingOrder.indexOf(a.getAttribute('data-rating')) - ratingOrder.indexOf(b.getAttribute('data-rating'));
        if (byRating !== 0) {
          return byRating;
        }
      } else if (key === 'title') {
        var byTitle = a.cells[0].textContent.replace(/^\d+:\s*/, '').localeCompare(b.cells[0].textContent.replace(/^\d+:\s*/, ''));
        if (byTitle !== 0) {
          return byTitle;
        }
      }
      return Number(a.getAttribute('data-id')) - Number(b.getAttribute('data-id'));
    });
    sorted.forEach(function (row) { body.appendChild(row); });

    status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' indicators.';
  }

  [rating, direction, change, sort].forEach(function (f) { f.select.addEventListener('change', apply); });
  apply();
})();
