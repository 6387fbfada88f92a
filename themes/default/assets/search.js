// Searches the index the generator wrote (search/index.json) in the browser, so search works on any
// static host. Every word typed must appear in an indicator's title, number or text. Without script the
// page still lists every indicator.
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  if (!form || !window.fetch) {
    return;
  }

  var input = document.getElementById('search-query');
  var status = document.querySelector('.search-status');
  var results = document.querySelector('.search-results');
  var entries = null;
  // The page's words, in its language (data-words: JSON from the strings file); a plural sentence has a form per
  // CLDR category, chosen with the browser's rules for the page's language.
  var wording = JSON.parse(form.getAttribute('data-words') || '{}');
  var language = document.documentElement.lang || 'en';
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(language) : null;
  var numbers = window.Intl ? new Intl.NumberFormat(language) : null;

  function fill(template, values) {
    return String(template || '').replace(/\{([A-Za-z0-9_]+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function plural(forms, count, values) {
    var category = plurals ? plurals.select(count) : (count === 1 ? 'one' : 'other');
    return fill(forms && (forms[category] || forms.other), values);
  }

  function number(value) {
    return numbers ? numbers.format(value) : String(value);
  }

  function words(text) {
    return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9%£]+/).filter(Boolean);
  }

  function render(query) {
    results.textContent = '';
    var terms = words(query);
    if (!terms.length) {
      results.hidden = true;
      status.textContent = '';
      return;
    }

    var matches = entries.filter(function (entry) {
      var haystack = entry.haystack || (entry.haystack = ' ' + words(entry.id + ' ' + entry.title + ' ' + entry.committee + ' ' + entry.text).join(' ') + ' ');
      return terms.every(function (term) { return haystack.indexOf(' ' + term) >= 0; });
    });

    matches.slice(0, 50).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = new URL(entry.url, document.baseURI).href;
      link.textContent = entry.id + ': ' + entry.title;
      var meta = document.createElement('span');
      meta.className = 'search-meta';
      meta.textContent = ' (' + entry.committee + ', ' + entry.period + ', ' + entry.rating + ')';
      item.appendChild(link);
      item.appendChild(meta);
      results.appendChild(item);
    });
    results.hidden = matches.length === 0;
    var values = { query: query, count: number(matches.length), shown: number(50) };
    status.textContent = matches.length === 0
      ? fill(wording.no_results, values)
      : plural(matches.length > 50 ? wording.first_matches : wording.matches, matches.length, values);
  }

  function search() {
    var query = input.value.trim();
    if (entries) {
      render(query);
      return;
    }
    status.textContent = fill(wording.loading, {});
    fetch(form.getAttribute('data-index'))
      .then(function (response) { return response.json(); })
      .then(function (data) { entries = data; render(input.value.trim()); })
      .catch(function () { status.textContent = fill(wording.unavailable, {}); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value.trim());
    window.history.replaceState(null, '', url);
    search();
  });

  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    search();
  }
})();
