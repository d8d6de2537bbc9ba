/*
 * chitieu.js: the site's one script. Draws every chart on the page with the
 * vendored ECharts (static/vendor/echarts/), Vietnamese locale and number
 * formats, and wires the buttons (PNG/SVG download, copy embed code).
 *
 * Markup contract (layouts/_partials/bieu-do.html):
 *   <figure class="chart chart--VARIANT">
 *     <div class="chart__canvas" id="ID" role="img" aria-label="ALT">…fallback…</div>
 *     <script type="application/json" class="chart__data" data-for="ID">
 *       {"option":{…pure JSON ECharts option…},"unit":"…","percent":false,
 *        "filename":"…","alt":"…","caption":"…","kind":"main|target"}
 *     </script>
 *     <button data-action="png|svg" data-for="ID" hidden>…</button>
 *   </figure>
 *
 * CSP: works under "default-src 'self'": no eval, no inline styles (tooltips
 * are rendered in the canvas with renderMode "richText"), no HTML strings.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  // Numbers in the page's language. How many decimals is decided once per
  // indicator in Go (spec.decimals for the values, spec.shareDecimals for
  // shares): fixed(d) writes exactly d (tooltips, labels, as the table and
  // the headline do), upTo(d) at most d (axis ticks: 20 %, not 20,0 %).
  var LANG = root.lang || 'vi';
  // ECharts' own words (toolbox, aria): its Vietnamese locale, else English.
  var EC_LOCALE = LANG === 'vi' ? 'VI' : 'EN';
  // The words the script writes, from the page's catalogue (i18n/<lang>.toml)
  // on its own <script> tag.
  var SELF = document.currentScript;
  function word(name) { return (SELF && SELF.getAttribute('data-' + name)) || ''; }
  var NFS = {};
  function nf(min, max) {
    var k = min + ':' + max;
    if (!NFS[k]) { NFS[k] = new Intl.NumberFormat(LANG, { minimumFractionDigits: min, maximumFractionDigits: max }); }
    return NFS[k];
  }
  function dec(d) { return (typeof d === 'number' && d >= 0 && d <= 6) ? d : 2; }
  function fixed(d) { d = dec(d); return nf(d, d); }
  function upTo(d) { return nf(0, dec(d)); }
  var NF = upTo(2);
  var charts = {};      // id -> {el, spec, chart}
  var observer = null;
  var params = new URLSearchParams(window.location.search);
  var onlySeries = params.get('chuoi');

  function num(v, nf) {
    if (v === null || v === undefined || v === '' || v === '-') { return '–'; }
    if (typeof v === 'object' && v !== null && 'value' in v) { v = v.value; }
    if (Array.isArray(v)) { v = v[v.length - 1]; }
    var n = Number(v);
    if (!isFinite(n)) { return String(v); }
    return (nf || NF).format(n);
  }

  function withUnit(spec, v) {
    var s = num(v, fixed(spec.decimals));
    if (s === '–') { return s; }
    if (spec.percent) { return s + ' %'; }
    return spec.unit ? s + ' ' + spec.unit : s;
  }

  // a value as a label writes it: the indicator's decimals, " %" after a percentage
  function valueText(spec, v) {
    var s = num(v, fixed(spec.decimals));
    return spec.percent && s !== '–' ? s + ' %' : s;
  }

  function axisText(spec, v) {
    var s = num(v, upTo(spec.decimals));
    return spec.percent ? s + ' %' : s;
  }

  // a pie slice's share: the one Go worked out on the table's denominator
  // (data item "share"), else ECharts' share of the slices
  function sliceShare(spec, p) {
    var sh = p.data && typeof p.data.share === 'number' ? p.data.share : p.percent;
    return num(sh, fixed(spec.shareDecimals));
  }

  function asArray(x) {
    if (x === undefined || x === null) { return []; }
    return Array.isArray(x) ? x : [x];
  }

  function readSpec(el) {
    var data = document.querySelector('script.chart__data[data-for="' + CSS.escape(el.id) + '"]');
    if (!data) { return null; }
    try {
      return JSON.parse(data.textContent);
    } catch (e) {
      if (window.console) { console.warn('chitieu: invalid chart JSON', el.id, e); }
      return null;
    }
  }

  // Names that a legend can toggle: series names, and data names of pies.
  function legendNames(option) {
    var names = [];
    asArray(option.series).forEach(function (s) {
      if (!s) { return; }
      if (s.type === 'pie' || s.type === 'funnel') {
        asArray(s.data).forEach(function (d) { if (d && d.name !== undefined) { names.push(String(d.name)); } });
      } else if (s.name !== undefined) {
        names.push(String(s.name));
      }
    });
    return names;
  }

  // A scrolling legend prints as "1/3 ▶": in images and on paper show it
  // whole, and make room under the plot for the rows it wraps to. Widths
  // are estimated (6,5 px a character at 12 px); a name longer than a row
  // wraps inside its entry.
  var CH = 6.5, ROW = 26, LINE = 16;

  function legendLayout(o, width) {
    var legs = asArray(o.legend);
    if (!legs.length) { return null; }
    var atBottom = legs.some(function (l) { return l && l.bottom !== undefined && l.bottom !== null && l.top === undefined; });
    if (!atBottom) { return null; }
    var avail = Math.max(120, width - 40);
    var textMax = avail - 45;
    var x = Infinity, rowH = 0, height = 0, long = {};
    legendNames(o).forEach(function (n) {
      var tw = n.length * CH;
      var lines = Math.max(1, Math.ceil(tw / textMax));
      if (lines > 1) { long[n] = true; }
      var iw = Math.min(tw, textMax) + 45;
      if (x + iw > avail) { height += rowH; rowH = 0; x = 0; }
      x += iw;
      rowH = Math.max(rowH, ROW + (lines - 1) * LINE);
    });
    height += rowH;
    return { height: height, long: long, textMax: textMax };
  }

  function legendGrid(o, width) {
    var lay = legendLayout(o, width);
    if (!lay || !o.grid) { return null; }
    var bottom = lay.height + 26;
    return asArray(o.grid).map(function (g) {
      var b = parseFloat(g && g.bottom);
      var ob = Object.assign({}, (g && g.outerBounds) || {});
      ob.bottom = Math.max(parseFloat(ob.bottom) || 0, lay.height + 6);
      return { bottom: isFinite(b) && b > bottom ? b : bottom, outerBounds: ob };
    });
  }

  function plainLegend(o, width) {
    if (!o.legend) { return o; }
    var lay = legendLayout(o, width);
    var grids = legendGrid(o, width);
    var legs = asArray(o.legend).map(function (l) {
      l = Object.assign({}, l || {}, { type: 'plain' });
      // rows laid out by this height, not the font's guess (short of the
      // accents of Vietnamese)
      l.textStyle = Object.assign({ lineHeight: LINE }, l.textStyle || {});
      if (lay) {
        // every name listed, so that a wide screen resets a narrow one's widths
        l.data = legendNames(o).map(function (n) {
          return lay.long[n] ? { name: n, textStyle: { width: lay.textMax, overflow: 'break', lineHeight: LINE } } : { name: n };
        });
      }
      return l;
    });
    o.legend = Array.isArray(o.legend) ? legs : legs[0];
    if (grids) {
      var gs = asArray(o.grid).map(function (g, i) { return Object.assign({}, g || {}, grids[i]); });
      o.grid = Array.isArray(o.grid) ? gs : gs[0];
    }
    return o;
  }

  // Bars lying down (category axis on the left): names wrap to a share of
  // the width; the plot gets the rows they need (returned: extra height).
  function fitCategories(o, width, height) {
    var extra = 0;
    asArray(o.yAxis).forEach(function (a) {
      if (!a || a.type !== 'category' || !a.axisLabel || !a.axisLabel.width) { return; }
      var lw = Math.round(Math.min(220, Math.max(90, width * 0.36)));
      a.axisLabel = Object.assign({}, a.axisLabel, { width: lw });
      var data = asArray(a.data).map(function (d) { return String(d && d.value !== undefined ? d.value : d); });
      var lines = data.reduce(function (m, d) { return Math.max(m, Math.ceil(d.length * CH / lw)); }, 1);
      var g = asArray(o.grid)[0] || {};
      var plot = height - (parseFloat(g.top) || 0) - (parseFloat(g.bottom) || 0) - 24;
      var need = data.length * (lines * (a.axisLabel.lineHeight || LINE) + 10);
      extra = Math.max(extra, Math.ceil(need - plot));
      // the values along the bottom: as many ticks as the plot's width
      // holds ("1.500" is some 40 px), and none drawn over another
      asArray(o.xAxis).forEach(function (x) {
        if (!x || x.type !== 'value') { return; }
        x.splitNumber = Math.max(2, Math.floor((width - lw - 40) / 64));
        x.axisLabel = Object.assign({}, x.axisLabel || {}, { hideOverlap: true });
      });
    });
    return extra;
  }

  // Labels on bars ("Chưa đến hạn" at a bar's foot): when the bars are
  // narrower than the words, the words stand up inside their bar; any that
  // still meet another are left out (the bar's pattern, the tooltip and the
  // table say it).
  function narrowBarLabels(o, width) {
    asArray(o.series).forEach(function (s) {
      if (!s || s.type !== 'bar' || !Array.isArray(s.data)) { return; }
      var n = s.data.length || 1;
      var labelled = false;
      s.data.forEach(function (d) {
        if (!d || typeof d !== 'object' || !d.label || !d.label.show) { return; }
        labelled = true;
        var text = String(d.label.formatter || '');
        var up = (width - 80) / n < text.length * CH + 16;
        d.label = Object.assign({}, d.label, up
          ? { rotate: 90, align: 'left', verticalAlign: 'middle', position: 'insideBottom', distance: 6 }
          : { rotate: 0, align: 'center', verticalAlign: 'bottom', position: 'insideBottom', distance: 5 });
      });
      if (labelled) { s.labelLayout = Object.assign({}, s.labelLayout || {}, { hideOverlap: true }); }
    });
  }

  /* Build the option actually drawn: the JSON option from Go plus the
     site's formatters, locale-aware labels, aria and CSP-safe tooltips. */
  function buildOption(spec, opts) {
    opts = opts || {};
    var o = JSON.parse(JSON.stringify(spec.option || {}));

    // Accessibility: our text alternative wins over ECharts' generated one
    // (which would use English number formats); decal patterns on.
    o.aria = Object.assign({}, o.aria || {}, { enabled: true });
    o.aria.label = Object.assign({}, o.aria.label || {}, { enabled: true, description: spec.alt || spec.caption || '' });
    o.aria.decal = Object.assign({}, o.aria.decal || {}, { show: true });

    if (opts.forExport) {
      o.animation = false;
      o.backgroundColor = '#ffffff';
      plainLegend(o, EXPORT_W);
      fitCategories(o, EXPORT_W, EXPORT_H);
      // A saved image travels alone: it carries the figure's caption as its
      // title, with room made for it above the plot.
      if (spec.caption) {
        o.title = { show: true, text: spec.caption, left: 'center', top: 10, textStyle: { fontSize: 16, fontWeight: 'bold', color: '#1a1a1a' } };
        o.grid = asArray(o.grid).length ? o.grid : {};
        asArray(o.grid).forEach(function (g) { if (g) { g.top = Math.max(Number(g.top) || 0, 64); } });
      }
    } else {
      // The figcaption already titles the figure on screen.
      if (spec.caption && o.title) {
        asArray(o.title).forEach(function (t) { if (t) { t.show = false; } });
      }
    }

    // Tooltip rendered inside the canvas (no HTML strings, no inline styles).
    var tips = asArray(o.tooltip);
    if (!tips.length) { tips = [{ show: true }]; }
    tips = tips.map(function (t) {
      t = Object.assign({}, t || {});
      t.renderMode = 'richText';
      t.confine = true;
      t.valueFormatter = function (v) { return withUnit(spec, v); };
      delete t.formatter;
      return t;
    });
    o.tooltip = Array.isArray(o.tooltip) ? tips : tips[0];

    ['xAxis', 'yAxis'].forEach(function (k) {
      if (!o[k]) { return; }
      var axes = asArray(o[k]).map(function (a) {
        a = Object.assign({}, a || {});
        if (a.type === 'value' || a.type === 'log' || (!a.type && k === 'yAxis')) {
          a.axisLabel = Object.assign({}, a.axisLabel || {});
          a.axisLabel.formatter = function (v) { return axisText(spec, v); };
          a.axisPointer = Object.assign({}, a.axisPointer || {});
          a.axisPointer.label = Object.assign({}, a.axisPointer.label || {});
          a.axisPointer.label.formatter = function (p) { return axisText(spec, p.value); };
        }
        return a;
      });
      o[k] = Array.isArray(o[k]) ? axes : axes[0];
    });

    asArray(o.series).forEach(function (s) {
      if (!s) { return; }
      if (s.type === 'pie') {
        s.label = Object.assign({}, s.label || {});
        s.label.formatter = function (p) {
          if (spec.percent) { return p.name + ': ' + valueText(spec, p.value); }
          return p.name + ': ' + valueText(spec, p.value) + ' (' + sliceShare(spec, p) + ' %)';
        };
        if (!opts.forExport && window.matchMedia && window.matchMedia('(max-width: 40em)').matches) {
          // long Vietnamese labels do not fit a phone: the share inside each slice,
          // the names in the legend and tooltip
          s.label.show = true;
          s.label.position = 'inside';
          s.label.color = '#ffffff';
          s.label.textBorderColor = '#1b1b1f';
          s.label.textBorderWidth = 3;
          s.label.fontWeight = 'bold';
          s.label.formatter = function (p) {
            if (p.percent < 5) { return ''; }
            return spec.percent ? valueText(spec, p.value) : sliceShare(spec, p) + ' %';
          };
        }
      } else if (s.label) {
        s.label = Object.assign({}, s.label);
        s.label.formatter = function (p) { return valueText(spec, p.value); };
      }
      if (s.markLine) {
        s.markLine = Object.assign({}, s.markLine);
        s.markLine.label = Object.assign({
          position: 'insideEndTop', backgroundColor: '#ffffff', padding: [2, 4], color: '#1b1b1f'
        }, s.markLine.label || {});
        s.markLine.label.formatter = function (p) {
          // Go names the line "Chỉ tiêu > 80 %" (with its value): keep it as is.
          if (p.name && /\d/.test(p.name)) { return p.name; }
          return (p.name ? p.name + ': ' : '') + valueText(spec, p.value);
        };
      }
    });

    // Deep link ?chuoi=<name>: show only that series (legend selection).
    if (onlySeries) {
      var names = legendNames(o);
      // The link names a series as the CSV does; a subset is drawn as
      // "Trong đó: …" with the CSV name kept as its series id.
      var wanted = onlySeries;
      asArray(o.series).forEach(function (s) { if (s && s.id === onlySeries && s.name) { wanted = s.name; } });
      if (names.indexOf(wanted) !== -1) {
        var sel = {};
        names.forEach(function (n) { sel[n] = (n === wanted); });
        var legs = asArray(o.legend);
        if (!legs.length) { legs = [{ show: true }]; }
        legs = legs.map(function (l) { return Object.assign({}, l || {}, { selected: sel }); });
        o.legend = Array.isArray(o.legend) ? legs : legs[0];
        spec.filtered = true;
      }
    }
    return o;
  }

  function ready() {
    return typeof window.echarts !== 'undefined';
  }

  // ECharts is loaded by this script, once the page has painted: the
  // page's text and tables never wait for the chart library (its address is
  // the script tag's data-echarts, on pages that draw a chart). A page
  // printed before it has come prints each chart's text alternative in its
  // place (the print stylesheet).
  function loadECharts(done, failed) {
    if (ready()) { done(); return; }
    var src = SELF && SELF.getAttribute('data-echarts');
    if (!src) { failed(); return; }
    var s = document.createElement('script');
    s.src = src;
    s.onload = function () { if (ready()) { done(); } else { failed(); } };
    s.onerror = failed;
    document.head.appendChild(s);
  }

  // On screen too the legend is shown whole (a scrolling legend cuts the
  // names: "Hoàn… 1/5 ▶"): the chart grows by the rows the legend wraps to,
  // and by the rows that bars lying down need for their names (an embedded
  // chart keeps the frame's height; its plot gives way). A pie keeps its
  // place above the legend.
  function fitLegend(c, o) {
    var w = c.el.clientWidth;
    if (!w) { return o; }
    if (c.baseH === undefined) {
      c.baseH = c.el.clientHeight;
      // drawn first for print (never scrolled to): the print stylesheet
      // gives the box no height; the chart is drawn PRINT_H high
      if (printMode && c.baseH < 100) { c.baseH = PRINT_H; c.printBase = true; }
    }
    var lay = legendLayout(o, w);
    var extra = 0;
    var embed = c.el.classList.contains('chart__canvas--embed');
    if (lay && embed && lay.height > c.baseH * 0.35) {
      // A small frame cannot give the legend the rows it needs: one row
      // that pages (the names whole in the tooltip), the plot keeps its room.
      asArray(o.legend).forEach(function (l) {
        if (!l) { return; }
        l.type = 'scroll';
        l.textStyle = Object.assign({}, l.textStyle || {}, { width: Math.max(80, w - 120), overflow: 'truncate', lineHeight: LINE });
      });
      lay = null;
    }
    if (lay) {
      var g0 = asArray((c.spec.option || {}).grid)[0];
      plainLegend(o, w);
      if (g0) {
        extra = Math.max(0, asArray(o.grid)[0].bottom - (parseFloat(g0.bottom) || 0));
      } else {
        extra = Math.max(0, lay.height - ROW);
        asArray(o.series).forEach(function (s) {
          if (s && s.type === 'pie') { s.center = ['50%', Math.round(c.baseH * 0.45)]; }
        });
      }
    }
    narrowBarLabels(o, w);
    var more = Math.max(0, fitCategories(o, w, c.baseH + extra));
    if (embed && more > 0) {
      // The frame keeps its height: names of bars lying down get one line
      // each, cut with "…" (whole in the tooltip).
      asArray(o.yAxis).forEach(function (a) {
        if (a && a.type === 'category' && a.axisLabel && a.axisLabel.width) {
          a.axisLabel = Object.assign({}, a.axisLabel, { overflow: 'truncate', ellipsis: '…' });
        }
      });
      more = 0;
    }
    extra += more;
    if (!embed) {
      c.el.style.height = (c.baseH + extra) + 'px';
    }
    return o;
  }

  function initChart(id) {
    var c = charts[id];
    if (!c || c.chart || !ready()) { return c && c.chart; }
    c.el.querySelectorAll('.chart__fallback, .chart__loading').forEach(function (p) { p.remove(); });
    c.el.classList.add('chart__canvas--ready');
    var option = fitLegend(c, buildOption(c.spec));
    c.chart = window.echarts.init(c.el, null, {
      locale: EC_LOCALE,
      renderer: 'canvas',
      // sharp on phones and when printed
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1)
    });
    c.chart.setOption(option);
    // ECharts may replace the label with its own; keep ours.
    c.el.setAttribute('aria-label', c.spec.alt || c.spec.caption || '');
    if (c.spec.filtered) { showFilterNote(c); }
    return c.chart;
  }

  function showFilterNote(c) {
    var fig = c.el.closest('figure');
    if (!fig || fig.querySelector('.chart__loc')) { return; }
    var p = document.createElement('p');
    p.className = 'chart__loc';
    p.appendChild(document.createTextNode(word('series-only').replace('{name}', onlySeries) + ' '));
    var a = document.createElement('a');
    var u = new URL(window.location.href);
    u.searchParams.delete('chuoi');
    a.href = u.pathname + u.search + u.hash;
    a.textContent = word('show-all');
    p.appendChild(a);
    c.el.parentNode.insertBefore(p, c.el);
  }

  function initAll() {
    Object.keys(charts).forEach(initChart);
  }

  function resizeAll() {
    Object.keys(charts).forEach(function (id) {
      var c = charts[id];
      if (!c.chart) { return; }
      // the whole option again: legend rows, label widths and the phone's
      // pie labels follow the new width
      c.chart.setOption(fitLegend(c, buildOption(c.spec)));
      c.chart.resize();
    });
  }

  function download(href, name, revoke) {
    var a = document.createElement('a');
    a.href = href;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    if (revoke) { setTimeout(function () { URL.revokeObjectURL(href); }, 2000); }
  }

  var EXPORT_W = 960, EXPORT_H = 540, PRINT_W = 680, PRINT_H = 380;
  var printMode = false;  // between beforeprint and afterprint

  function exportPNG(c) {
    // Rendered off-screen at a fixed size with the title, so the image is
    // the same whatever the screen.
    var box = document.createElement('div');
    var tmp = window.echarts.init(box, null, {
      locale: EC_LOCALE, renderer: 'canvas', width: EXPORT_W, height: EXPORT_H, devicePixelRatio: 2
    });
    tmp.setOption(buildOption(c.spec, { forExport: true }));
    var url = tmp.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    tmp.dispose();
    // data: URL -> Blob without fetch() (connect-src stays 'self').
    var bin = atob(url.slice(url.indexOf(',') + 1));
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var blob = new Blob([bytes], { type: 'image/png' });
    download(URL.createObjectURL(blob), (c.spec.filename || c.el.id) + '.png', true);
  }

  function exportSVG(c) {
    // Server-side-rendering mode of the SVG renderer: no DOM, no styles.
    var tmp = window.echarts.init(null, null, {
      locale: EC_LOCALE, renderer: 'svg', ssr: true, width: EXPORT_W, height: EXPORT_H
    });
    tmp.setOption(buildOption(c.spec, { forExport: true }));
    var svg = tmp.renderToSVGString();
    tmp.dispose();
    var blob = new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
    download(URL.createObjectURL(blob), (c.spec.filename || c.el.id) + '.svg', true);
  }

  function copyCode(btn) {
    var ta = document.getElementById(btn.getAttribute('data-target'));
    if (!ta) { return; }
    var status = btn.parentNode.querySelector('[role="status"]');
    var say = function (msg) { if (status) { status.textContent = msg; } };
    var fallback = function () {
      ta.focus();
      ta.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      say(btn.getAttribute(ok ? 'data-copied' : 'data-copy-failed'));
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(ta.value).then(function () {
        say(btn.getAttribute('data-copied'));
      }, fallback);
    } else {
      fallback();
    }
  }

  // The embed code carries the page's absolute URL. When the site was built
  // with a host-less baseURL ("/"), complete it from where the page is served.
  function absolutizeEmbedCodes() {
    document.querySelectorAll('textarea[data-nhung-src]').forEach(function (ta) {
      var m = ta.value.match(/src="([^"]*)"/);
      if (!m || /^https?:\/\//i.test(m[1])) { return; }
      var abs = new URL(ta.getAttribute('data-nhung-src'), window.location.href).href;
      ta.value = ta.value.replace(m[0], 'src="' + abs + '"');
    });
  }

  function openTableFromHash() {
    if (window.location.hash !== '#bang') { return; }
    var t = document.getElementById('bang');
    if (!t) { return; }
    var d = t.closest('details');
    if (d) { d.open = true; }
    t.scrollIntoView();
    t.focus({ preventScroll: true });
  }

  function setup() {
    absolutizeEmbedCodes();

    document.addEventListener('click', function (ev) {
      var btn = ev.target.closest('button[data-action]');
      if (!btn) { return; }
      var action = btn.getAttribute('data-action');
      if (action === 'copy') { copyCode(btn); return; }
      var c = charts[btn.getAttribute('data-for')];
      if (!c || !ready()) { return; }
      if (action === 'png') { exportPNG(c); }
      if (action === 'svg') { exportSVG(c); }
    });
    document.querySelectorAll('button[data-action="copy"]').forEach(function (b) { b.hidden = false; });

    window.addEventListener('hashchange', openTableFromHash);
    openTableFromHash();

    document.querySelectorAll('.chart__canvas[id]').forEach(function (el) {
      var spec = readSpec(el);
      if (spec) { charts[el.id] = { el: el, spec: spec, chart: null }; }
    });
    if (!Object.keys(charts).length) { return; }  // a page without charts: static content

    // Charts are drawn as they near the viewport, once ECharts has come
    // (without it, or without JavaScript, the text alternatives and the
    // tables stay).
    var start = function () {
      Object.keys(charts).forEach(function (id) {
        var fig = charts[id].el.closest('figure');
        if (fig) {
          fig.querySelectorAll('button[data-action="png"], button[data-action="svg"]').forEach(function (b) { b.hidden = false; });
        }
      });
      if ('IntersectionObserver' in window) {
        observer = new IntersectionObserver(function (entries) {
          entries.forEach(function (e) {
            if (e.isIntersecting) {
              observer.unobserve(e.target);
              initChart(e.target.id);
            }
          });
        }, { rootMargin: '300px 0px' });
        Object.keys(charts).forEach(function (id) { observer.observe(charts[id].el); });
      } else {
        initAll();
      }
    };
    // ECharts could not be had (a copy of the site without its vendor
    // folder, a blocked request): each chart's text alternative, with its
    // figures, shows in its place.
    var failed = function () {
      Object.keys(charts).forEach(function (id) { charts[id].el.classList.add('chart__canvas--text'); });
    };
    // after the first frame: requestAnimationFrame runs before it is
    // painted, a task queued from there after
    var afterPaint = function (f) { window.requestAnimationFrame(function () { setTimeout(f, 0); }); };
    var load = function () { loadECharts(start, failed); };
    if (window.requestAnimationFrame) { afterPaint(load); } else { load(); }

    var t = null;
    window.addEventListener('resize', function () {
      clearTimeout(t);
      t = setTimeout(function () { if (!printing) { resizeAll(); } }, 150);
    });

    // Printing: draw every chart (even those never scrolled to) at a fixed
    // size that the print stylesheet scales to the A4 text width, so the
    // result does not depend on when the browser lays out the printed page.
    var printing = false;
    var beforePrint = function () {
      if (printing) { return; }
      printing = true;
      printMode = true;
      initAll();
      Object.keys(charts).forEach(function (id) {
        var c = charts[id];
        if (!c.chart) { return; }
        // the paper gets the final frame, not one in the middle of a move
        c.chart.setOption({ animation: false });
        var cur = c.chart.getOption();
        c.legendTypes = asArray(cur.legend).map(function (l) { return l.type || 'plain'; });
        c.gridBottoms = asArray(cur.grid).map(function (g) { return g.bottom; });
        if (c.legendTypes.length) {
          var grids = legendGrid(c.spec.option || {}, PRINT_W);
          var upd = { legend: c.legendTypes.map(function () { return { type: 'plain' }; }) };
          if (grids) { upd.grid = grids; }
          c.chart.setOption(upd);
        }
        c.chart.resize({ width: PRINT_W, height: PRINT_H, animation: { duration: 0 } });
        // ECharts paints on the next animation frame, which never comes
        // before the browser takes its print snapshot: paint now.
        c.chart.getZr().refreshImmediately();
      });
    };
    var afterPrint = function () {
      if (!printing) { return; }
      printing = false;
      printMode = false;
      Object.keys(charts).forEach(function (id) {
        var c = charts[id];
        // first drawn for print: on screen, the box's own height again
        if (c.printBase) { delete c.baseH; c.printBase = false; c.el.style.height = ''; }
      });
      Object.keys(charts).forEach(function (id) {
        var c = charts[id];
        if (c.chart) { c.chart.setOption({ animation: true }); }
        if (c.chart && c.legendTypes && c.legendTypes.length) {
          var upd = { legend: c.legendTypes.map(function (t) { return { type: t }; }) };
          if (c.gridBottoms && c.gridBottoms.length) { upd.grid = c.gridBottoms.map(function (b) { return { bottom: b }; }); }
          c.chart.setOption(upd);
        }
      });
      resizeAll();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    if (window.matchMedia) {
      var mq = window.matchMedia('print');
      var onChange = function (e) { if (e.matches) { beforePrint(); } else { afterPrint(); } };
      if (mq.addEventListener) { mq.addEventListener('change', onChange); }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setup();
  }
}());
