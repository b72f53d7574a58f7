// Sammenlign: codes × groups (GET /compare) as a table, a grouped bar chart and a heatmap, with a measure switch,
// statistics and the caveats; a cell opens the passages behind it. Also the co-occurrence of codes and the
// export of excerpts. The URL is the state:
// #/compare?book=ressourceforloeb&by=ressourceteam&where=rolle:borger&speaker=respondent&measure=share&stats=1&tab=bars
// &codings=all (the coding filter: see codingfilter.js; it applies to the table, charts, passages and the export).

import {api, exportUrl} from './api.js';
import {el, number, oneLine, replace} from './dom.js';
import {coded, locale, t, tn} from './i18n.js';
import {href, navigate} from './router.js';
import {defaultGrouping, filterable, sortedValues} from './attributes.js';
import {unsetHint} from './settings.js';
import {barChart, downloadPng, downloadSvg, GROUP_COLORS, heatmap, withTooltips} from './charts.js';
import {codingsControl, codingsNote, codingsOf, putCodings} from './codingfilter.js';

// Labels come from the catalogue: compare.measure.<id>, compare.tab.<id>, compare.speaker.<id>,
// compare.format.<id>.
const MEASURES = ['passages', 'share', 'coverage'];
const TABS = ['table', 'bars', 'heatmap', 'cooc', 'export'];
const SPEAKERS = ['respondent', 'all'];
const FORMATS = ['docx', 'markdown', 'html', 'csv', 'csv-semicolon', 'xlsx'];
const DRILL_PAGE = 50;

const decimals = (n, d) => new Intl.NumberFormat(locale(), {minimumFractionDigits: d, maximumFractionDigits: d}).format(n);

/** A cell's value under a measure, and how it is written. */
export function measureValue(cell, measure) {
  if (measure === 'share') {
    return cell.interviewShare * 100;
  }
  return measure === 'coverage' ? cell.coverage : cell.passages;
}

export function formatMeasure(value, measure) {
  if (measure === 'share') {
    return `${decimals(value, 0)} %`;
  }
  return measure === 'coverage' ? decimals(value, value < 100 ? 1 : 0) : number(value);
}

function formatP(p) {
  if (p === null || p === undefined || Number.isNaN(p)) {
    return '–';
  }
  return p < 0.001 ? `< ${decimals(0.001, 3)}` : decimals(p, 3);
}

export function compareState(params) {
  const measure = params.get('measure');
  const tab = params.get('tab');
  return {
    book: params.get('book') || '',
    by: params.get('by') || '',
    where: params.getAll('where'),
    speaker: params.get('speaker') === 'all' ? 'all' : 'respondent',
    measure: MEASURES.includes(measure) ? measure : 'passages',
    stats: params.get('stats') === '1',
    tab: TABS.includes(tab) ? tab : 'table',
    codings: codingsOf(params),
  };
}

function stateParams(s) {
  const p = new URLSearchParams({book: s.book, by: s.by});
  s.where.forEach((w) => p.append('where', w));
  if (s.speaker !== 'respondent') {
    p.set('speaker', s.speaker);
  }
  if (s.measure !== 'passages') {
    p.set('measure', s.measure);
  }
  if (s.stats) {
    p.set('stats', '1');
  }
  if (s.tab !== 'table') {
    p.set('tab', s.tab);
  }
  return putCodings(p, s.codings);
}

/** The where parameters (attr:value) for a group, plus the request's own filters. */
export function groupWhere(group, extra) {
  const out = [];
  for (const [attr, values] of Object.entries(group.where)) {
    values.forEach((v) => out.push(`${attr}:${v}`));
  }
  return [...out, ...extra];
}

export function compareView(context) {
  let state = null;
  let attributes = [];
  let index = null;
  let settings = null;
  let result = null;
  let resultKey = '';
  const controls = el('div', {class: 'compare-controls', id: 'compare-controls'});
  const caveats = el('div', {class: 'caveats', id: 'caveats', role: 'note'});
  const settingsHint = el('p', {class: 'settings-hint', id: 'compare-settings-hint', hidden: true});
  const tabs = el('nav', {class: 'view-tabs', id: 'compare-tabs'});
  const body = el('div', {class: 'compare-body', id: 'compare-body'});
  const drill = el('section', {class: 'drill', id: 'drill', hidden: true});

  const go = (changes) => navigate(['compare'], stateParams({...state, ...changes}));

  function segmented(name, options, value, onChange) {
    return el('div', {class: 'segmented', id: 'choose-' + name}, options.map((v) => {
      const label = t(`compare.${name}.${v}`);
      const radio = el('input', {type: 'radio', name, value: v, checked: v === value});
      radio.addEventListener('change', () => onChange(v));
      return el('label', {class: 'segment'}, radio, el('span', {text: label}));
    }));
  }

  function renderControls() {
    const book = el('select', {id: 'compare-book'}, index.codebooks.map((b) => el('option', {value: b.id, text: b.name,
      selected: b.id === state.book, translate: 'no'})));
    book.addEventListener('change', () => go({book: book.value}));
    const candidates = filterable(attributes);
    const by = el('select', {id: 'compare-by'}, candidates.map((a) => el('option', {value: a.name, text: a.name,
      selected: a.name === state.by, translate: 'no'})));
    by.addEventListener('change', () => go({by: by.value}));
    const stats = el('input', {type: 'checkbox', id: 'compare-stats', checked: state.stats});
    stats.addEventListener('change', () => go({stats: stats.checked}));
    const chips = candidates.filter((a) => a.name !== state.by).map((a) => el('div', {class: 'chips filter-chips',
      dataset: {attribute: a.name}},
    el('span', {class: 'chips-label', text: a.name, translate: 'no'}),
    sortedValues(Object.keys(a.values)).map((v) => {
      const key = `${a.name}:${v}`;
      const box = el('input', {type: 'checkbox', value: key, checked: state.where.includes(key)});
      box.addEventListener('change', () => go({where: state.where.includes(key)
        ? state.where.filter((w) => w !== key) : [...state.where, key]}));
      return el('label', {class: 'chip'}, box, el('span', {text: v, translate: 'no'}));
    })));
    replace(controls,
        el('div', {class: 'control-row'},
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.codebook')}), book),
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.groupBy')}), by),
            el('div', {class: 'field'}, el('span', {class: 'field-label', text: t('search.speaker')}),
                segmented('speaker', SPEAKERS, state.speaker, (v) => go({speaker: v}))),
            el('div', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.measure')}),
                segmented('measure', MEASURES, state.measure, (v) => go({measure: v}))),
            el('label', {class: 'toggle stats-toggle'}, stats, ' ', t('compare.statistics')),
            codingsControl(state.codings, (v) => go({codings: v}))),
        el('details', {class: 'filter-details', open: state.where.length > 0 ? true : null},
            el('summary', {}, state.where.length ? [t('compare.filters'), ' ', el('span', {text: state.where.join(', '),
              translate: 'no'})] : t('compare.filters.hint')),
            chips));
    replace(tabs, TABS.map((tab) => el('a', {href: href(['compare'], stateParams({...state, tab})),
      class: tab === state.tab ? 'view-tab current' : 'view-tab', dataset: {tab},
      'aria-current': tab === state.tab ? 'page' : null, text: t(`compare.tab.${tab}`)})));
  }

  async function fetchCompare() {
    const params = new URLSearchParams({codebook: state.book, by: state.by,
      speaker: state.speaker, stats: state.stats ? 'true' : 'false', codings: state.codings});
    state.where.forEach((w) => params.append('where', w));
    const key = params.toString();
    if (key !== resultKey) {
      result = await api.compare(params);
      resultKey = key;
    }
    return result;
  }

  function renderCaveats() {
    const list = result.caveats.map((c) => coded(c.code, c.params, c.text));
    caveats.hidden = list.length === 0;
    replace(caveats, el('strong', {text: t('compare.caveats')}), el('ul', {}, list.map((c) => el('li', {text: c}))));
  }

  function groupHead(g) {
    const condition = Object.entries(g.where).map(([a, values]) => `${a} = ${values.join(', ')}`).join('; ');
    return el('th', {scope: 'col', class: 'num group-head', title: condition},
        el('span', {class: 'group-name', text: g.name, translate: 'no'}),
        el('span', {class: 'group-size', text: `${tn('count.interviews', g.interviews)} · ${tn('count.words', g.respondentWords)}`}));
  }

  function cellButton(row, cell, groupIndex) {
    const value = measureValue(cell, state.measure);
    const title = t('compare.cellTitle', {code: rowName(row),
      group: groupIndex === null ? t('compare.all') : result.groups[groupIndex].name,
      passages: tn('count.passages', cell.passages), interviews: tn('count.interviews', cell.interviews),
      share: decimals(cell.interviewShare * 100, 0), coverage: decimals(cell.coverage, 1)});
    if (groupIndex === null || !row.codeId) {
      return el('span', {title, text: formatMeasure(value, state.measure)});
    }
    return el('button', {type: 'button', class: 'cell-button', title, dataset: {code: row.codeId, group: groupIndex},
      text: formatMeasure(value, state.measure), onclick: () => drillDown(row, groupIndex)});
  }

  function renderTable() {
    const stats = state.stats;
    const rows = [...result.rows, result.total];
    const table = el('table', {class: 'compare-table', id: 'compare-table', dataset: {measure: state.measure}},
        el('thead', {}, el('tr', {},
            el('th', {scope: 'col', text: t('compare.col.code')}),
            result.groups.map(groupHead),
            el('th', {scope: 'col', class: 'num', text: t('compare.col.total')}),
            el('th', {scope: 'col', class: 'num unreviewed', title: t('codings.unreviewedTitle'),
              text: t('codings.unreviewedColumn')}),
            stats ? [el('th', {scope: 'col', class: 'num pval', title: t('compare.col.p'), text: 'p'}),
              el('th', {scope: 'col', class: 'num pval', title: t('compare.col.q'), text: 'q (BH)'}),
              el('th', {scope: 'col', class: 'num pval', title: t('compare.col.perm'), text: 'perm. p'})] : null)),
        el('tbody', {}, rows.map((row) => el('tr', {class: row === result.total ? 'total-row' : 'depth-' + Math.min(row.depth, 3),
          dataset: {code: row.codeId, key: row.key}},
        el('th', {scope: 'row', class: 'code-cell'}, row.codeId ? el('span', {class: 'dot', dataset: {color: row.color}}) : null,
            el('span', {text: rowName(row), translate: row === result.total ? null : 'no'})),
        row.cells.map((cell, g) => el('td', {class: 'num'}, cellButton(row, cell, g))),
        el('td', {class: 'num total'}, cellButton(row, row.total, null)),
        el('td', {class: 'num unreviewed', text: number(row.total.unreviewed)}),
        stats ? [el('td', {class: 'num pval', title: row.stats?.note ? coded(row.stats.noteCode, {}, row.stats.note) : null, text: formatP(row.stats?.p)}),
          el('td', {class: 'num pval', text: formatP(row.stats?.q)}),
          el('td', {class: 'num pval', text: formatP(row.stats?.permutationP)})] : null))));
    table.querySelectorAll('.dot[data-color]').forEach((d) => {
      d.style.background = d.dataset.color;
    });
    return el('div', {class: 'table-wrap'}, table);
  }

  /** The total row is named by the page; the others by their code. */
  function rowName(row) {
    return row === result.total ? t('compare.allCodes') : row.name;
  }

  function chartRows() {
    return result.rows.map((row) => ({
      name: row.name, depth: row.depth,
      values: row.cells.map((c) => measureValue(c, state.measure)),
      labels: row.cells.map((c) => formatMeasure(measureValue(c, state.measure), state.measure)),
    }));
  }

  function renderChart(kind) {
    const measureName = t(`compare.measure.${state.measure}`);
    const rows = chartRows();
    const options = {
      rows, groups: result.groups, measure: measureName,
      format: (v) => formatMeasure(v, state.measure),
      onCell: (r, g) => drillDown(result.rows[r], g),
      tip: (r, g) => {
        const cell = result.rows[r].cells[g];
        return t('compare.chartTip', {code: result.rows[r].name, group: result.groups[g].name, value: rows[r].labels[g],
          passages: tn('count.passages', cell.passages), interviews: cell.interviews,
          all: tn('count.interviews', result.groups[g].interviews)});
      },
    };
    const chart = kind === 'bars' ? barChart(options) : heatmap(options);
    chart.id = kind === 'bars' ? 'bar-chart' : 'heatmap';
    const name = `kodetrae-${kind === 'bars' ? 'soejler' : 'heatmap'}-${state.by}-${state.measure}`;
    const box = el('div', {class: 'chart-box'}, chart);
    withTooltips(box);
    return el('div', {class: 'chart-panel'},
        el('div', {class: 'chart-actions'},
            el('span', {class: 'muted', text: t('compare.chartHint')}),
            el('button', {type: 'button', id: 'export-svg', text: t('compare.saveSvg'), onclick: () => downloadSvg(chart, name)}),
            el('button', {type: 'button', id: 'export-png', text: t('compare.savePng'), onclick: () => downloadPng(chart, name)
                .catch((e) => context.notify(t('compare.pngFailed', {message: e.message})))})),
        box);
  }

  async function renderCooccurrence() {
    const unit = new URLSearchParams(location.hash.split('?')[1] || '').get('unit') === 'turn' ? 'turn' : 'sentence';
    const data = await api.cooccurrence(new URLSearchParams({codebook: state.book, unit, codings: state.codings}));
    const show = data.keys.map((k, i) => i).filter((i) => data.units[i][i] > 0);
    const head = el('tr', {}, el('th', {text: ''}), show.map((j) => el('th', {class: 'rot', title: data.names[j]},
        el('span', {text: data.names[j], translate: 'no'}))));
    const max = Math.max(1, ...show.flatMap((i) => show.filter((j) => j !== i).map((j) => data.jaccard[i][j])));
    const rows = show.map((i) => el('tr', {}, el('th', {scope: 'row', text: data.names[i], translate: 'no'}), show.map((j) => {
      const n = data.units[i][j];
      const jac = data.jaccard[i][j];
      const td = el('td', {class: i === j ? 'num diag' : 'num', title: t('compare.coocTitle', {a: data.names[i],
        b: data.names[j], units: tn('count.units', n), jaccard: decimals(jac, 2)})}, el('span', {class: 'n', text: n ? number(n) : ''}),
      i !== j && n ? el('span', {class: 'j', text: decimals(jac, 2)}) : null);
      if (i !== j && jac > 0) {
        td.style.backgroundColor = `rgba(47, 107, 79, ${Math.min(0.85, (0.75 * jac) / max + 0.05)})`;
        if (jac / max > 0.6) {
          td.classList.add('dark');
        }
      }
      return td;
    })));
    return el('div', {class: 'cooc-panel'},
        el('p', {class: 'muted'}, t(`compare.cooc.${unit}`), ' ',
        el('a', {href: href(['compare'], new URLSearchParams([...stateParams(state), ['unit', unit === 'turn' ? 'sentence' : 'turn']])),
          text: t(unit === 'turn' ? 'compare.cooc.perSentence' : 'compare.cooc.perTurn')})),
        el('div', {class: 'table-wrap'}, el('table', {class: 'cooc', id: 'cooc-table'}, el('thead', {}, head), el('tbody', {}, rows))));
  }

  function renderExport() {
    const book = index.book(state.book);
    const chosen = new Set();
    const boxes = new Map();
    const list = el('ul', {class: 'export-codes', id: 'export-codes'}, book.codes.map((c) => {
      const box = el('input', {type: 'checkbox', value: c.key});
      boxes.set(c.id, box);
      box.addEventListener('change', () => {
        // Choosing a code chooses its subtree.
        for (const sub of index.subtree(c)) {
          boxes.get(sub.id).checked = box.checked;
          if (box.checked) {
            chosen.add(sub.key);
          } else {
            chosen.delete(sub.key);
          }
        }
        update();
      });
      const d = el('span', {class: 'dot'});
      d.style.background = c.color;
      return el('li', {class: 'depth-' + Math.min(index.depth(c), 3)}, el('label', {}, box, d,
          el('span', {text: c.name, translate: 'no'})));
    }));
    const by = el('select', {id: 'export-by'}, el('option', {value: '', text: t('compare.export.noGrouping')}),
        filterable(attributes).map((a) => el('option', {value: a.name, text: a.name, selected: a.name === state.by,
          translate: 'no'})));
    const template = el('input', {type: 'text', id: 'export-template', value: settings.attributionTemplate,
      spellcheck: 'false'});
    const maxChars = el('input', {type: 'number', id: 'export-max', value: '0', min: '0', step: '50'});
    const format = el('select', {id: 'export-format'}, FORMATS.map((v) => el('option', {value: v, text: t(`compare.format.${v}`)})));
    const link = el('a', {class: 'button-primary', id: 'export-link', download: '', text: t('compare.export.download')});
    const note = el('p', {class: 'muted', id: 'export-note'});
    const codingsLine = el('p', {class: 'codings-note', id: 'export-codings'});
    function update() {
      const params = new URLSearchParams({codebook: book.id});
      if (chosen.size) {
        params.set('codes', book.codes.filter((c) => chosen.has(c.key)).map((c) => c.key).join(','));
      }
      if (by.value) {
        params.set('by', by.value);
      }
      state.where.forEach((w) => params.append('where', w));
      params.set('format', format.value);
      params.set('template', template.value);
      params.set('maxChars', String(Math.max(0, Number(maxChars.value) || 0)));
      params.set('codings', state.codings);
      link.href = exportUrl(params);
      note.textContent = t('compare.export.note', {codes: chosen.size ? tn('count.codes', chosen.size) : t('compare.allCodes'),
        filters: state.where.length ? t('compare.export.filters', {filters: state.where.join(', ')}) : t('compare.export.noFilters')});
      codingsLine.textContent = t('codings.exportNote', {filter: t('codings.' + state.codings)});
    }
    [by, template, maxChars, format].forEach((input) => input.addEventListener('input', update));
    update();
    return el('div', {class: 'export-panel', id: 'export-panel'},
        el('div', {class: 'export-pick'}, el('h3', {text: t('compare.export.codes')}), list),
        el('div', {class: 'export-options'},
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.groupBy')}), by),
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.export.template')}), template),
            el('p', {class: 'hint'}, el('code', {text: `{${t('compare.export.attribute')}}`}), ' ',
                t('compare.export.inserts'), '; ', el('code', {text: `{${t('compare.export.attribute')}=${t('compare.export.value')}`
                  + `?${t('compare.export.ifYes')}|${t('compare.export.ifNo')}}`}), ' ', t('compare.export.chooses')),
            el('div', {class: 'field-row'},
                el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.export.maxChars')}), maxChars),
                el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('compare.export.format')}), format)),
            note, codingsLine, link));
  }

  // ---------- drill-down ----------

  let drillToken = 0;

  async function drillDown(row, groupIndex, offset = 0, list = null) {
    const group = result.groups[groupIndex];
    const mine = ++drillToken;
    const params = new URLSearchParams({sub: 'true', offset, limit: DRILL_PAGE, codings: state.codings});
    if (state.speaker === 'respondent') {
      params.set('speaker', 'respondent');
    }
    groupWhere(group, state.where).forEach((w) => params.append('where', w));
    const page = await api.passages(row.codeId, params);
    if (mine !== drillToken) {
      return;
    }
    const items = page.passages.map((p) => el('li', {class: 'passage', dataset: {document: p.documentName}},
        el('div', {class: 'passage-meta'},
            el('a', {class: 'doc-name', href: href(['documents', p.documentName], {from: p.span.start, to: p.span.end}),
              text: p.documentName, translate: 'no'}),
            el('span', {class: 'speaker-badge role-' + (p.role || 'other'), text: p.speaker, translate: 'no'}),
            Object.keys(group.where).concat(['rolle']).filter((k, i, a) => a.indexOf(k) === i && p.attributes[k] !== undefined)
                .map((k) => el('span', {class: 'attr', text: `${k}: ${p.attributes[k]}`, translate: 'no'}))),
        el('p', {class: 'passage-text', translate: 'no'}, el('span', {class: 'outside', text: oneLine(p.left)}),
            el('a', {class: 'passage-hit', href: href(['documents', p.documentName], {from: p.span.start, to: p.span.end}),
              text: oneLine(p.text)}),
            el('span', {class: 'outside', text: oneLine(p.right)}))));
    if (list) {
      list.append(...items);
      drill.querySelector('.more')?.remove();
    } else {
      list = el('ol', {class: 'passages', id: 'drill-passages'}, items);
      const swatch = el('span', {class: 'dot'});
      swatch.style.background = GROUP_COLORS[groupIndex % GROUP_COLORS.length];
      replace(drill,
          el('div', {class: 'drill-head'},
              el('h2', {translate: 'no'}, `${row.name} · `, swatch, ` ${group.name}`),
              el('button', {type: 'button', class: 'link-button', id: 'drill-close', text: t('compare.close'), onclick: () => {
                drill.hidden = true;
              }})),
          el('p', {class: 'summary', id: 'drill-summary'}, el('strong', {text: tn('count.passages', page.total)}),
              ` (${[t('compare.drill.withSub'), state.speaker === 'respondent' ? t('compare.drill.respondents') : null,
                ...state.where].filter(Boolean).join(', ')})`),
          list);
      drill.hidden = false;
      drill.scrollIntoView({block: 'start', behavior: 'smooth'});
    }
    const shown = offset + page.passages.length;
    if (shown < page.total) {
      drill.append(el('button', {type: 'button', class: 'more', text: t('compare.drill.more', {shown, total: page.total}),
        onclick: () => drillDown(row, groupIndex, shown, list)}));
    }
  }

  function renderSettingsHint() {
    const hint = settings.unset.includes('clusterAttribute') || settings.unset.includes('groupLabels')
      ? unsetHint(settings) : null;
    settingsHint.hidden = !hint;
    if (hint) {
      replace(settingsHint, hint, ' ', el('a', {href: href(['settings']), text: t('compare.settingsLink')}));
    }
  }

  async function run() {
    [index, attributes, settings] = await Promise.all([context.codebooks(), context.attributes(), context.settings()]);
    if (!index.book(state.book)) {
      state.book = index.standard()?.id || '';
    }
    if (!state.by) {
      state.by = defaultGrouping(attributes, settings);
    }
    renderSettingsHint();
    renderControls();
    if (!state.book) {
      replace(body, el('p', {class: 'muted', text: t('compare.noCodebook')}));
      return;
    }
    if (!state.by) {
      replace(body, el('p', {class: 'muted', text: t('compare.noGrouping')}));
      return;
    }
    await fetchCompare();
    renderCaveats();
    body.dataset.tab = state.tab;
    if (state.tab === 'table') {
      replace(body, el('p', {class: 'summary'}, `${tn('count.groups', result.groups.length)} · `
        + `${tn('count.codes', result.rows.length)} · ${t('compare.clickNumber')}`),
      el('p', {class: 'codings-note', id: 'codings-note', text: codingsNote(state.codings, result.total.total.unreviewed)}),
      renderTable());
    } else if (state.tab === 'bars' || state.tab === 'heatmap') {
      replace(body, renderChart(state.tab));
    } else if (state.tab === 'cooc') {
      replace(body, await renderCooccurrence());
    } else {
      replace(body, renderExport());
    }
  }

  return {
    async mount(target, route) {
      document.title = `${t('nav.compare')} · Kodetræ`;
      target.append(el('section', {class: 'compare-view', id: 'compare-view'},
          el('div', {class: 'view-head'}, el('h1', {text: t('compare.title')})),
          settingsHint, controls, caveats, tabs, body, drill));
      state = compareState(route.params);
      await run();
    },
    async update(route) {
      const previous = state;
      state = compareState(route.params);
      if (previous.tab !== state.tab || previous.by !== state.by || previous.book !== state.book) {
        drill.hidden = true;
      }
      await run();
    },
  };
}
