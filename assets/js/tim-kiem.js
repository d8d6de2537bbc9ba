/*
 * tim-kiem.js: the site search (layouts/tim-kiem.html). The page lists every
 * entry, each with data-f, its words folded in Go (internal/search.Fold):
 * this script folds the query the same way (lower case, Vietnamese tones and
 * đ/Đ removed) and hides the entries that lack one of its words. The query
 * comes from ?q= on load and is kept in the address as one types, so a
 * search can be linked. CSP: no eval, no inline style, no HTML strings.
 */
(function () {
  'use strict';

  function fold(s) {
    return s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function setup() {
    var form = document.querySelector('form.tim-kiem');
    var input = document.getElementById('q');
    var list = document.getElementById('ket-qua');
    var status = document.getElementById('tim-kiem-so');
    if (!form || !input || !list || !status) { return; }
    var items = Array.prototype.slice.call(list.children);
    var folded = items.map(function (li) { return li.getAttribute('data-f') || ''; });

    function run() {
      var words = fold(input.value).split(' ').filter(Boolean);
      var n = 0;
      items.forEach(function (li, i) {
        var ok = words.every(function (w) { return folded[i].indexOf(w) >= 0; });
        li.hidden = !ok;
        if (ok) { n++; }
      });
      var t = !words.length ? status.getAttribute('data-all') : (n ? status.getAttribute('data-found') : status.getAttribute('data-none'));
      status.textContent = t.replace('{n}', String(words.length ? n : items.length)).replace('{q}', input.value.trim());
    }

    function remember() {
      var u = new URL(window.location.href);
      if (input.value.trim()) { u.searchParams.set('q', input.value.trim()); } else { u.searchParams.delete('q'); }
      window.history.replaceState(null, '', u);
    }

    input.value = new URLSearchParams(window.location.search).get('q') || '';
    input.addEventListener('input', function () { run(); remember(); });
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); remember(); });
    run();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setup();
  }
})();
