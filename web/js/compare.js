// Sammenlign: codes × groups (GET /compare) as a table, a grouped bar chart and a heatmap, with a measure switch,
// statistics and the caveats; a cell opens the passages behind it. Also the co-occurrence of codes and the
// export of excerpts. The URL is the state:
// #/compare?book=ressourceforloeb&by=ressourceteam&where=rolle:borger&speaker=respondent&measure=share&stats=1&tab=bars

import {api, exportUrl} from './api.js';
import {count, el, number, oneLine, replace} from './dom.js';
import {href, navigate} from './router.js';
import {defaultGrouping, filterable, sortedValues} from './attributes.js';
import {unsetHint} from './settings.js';
import {t} from './i18n.js';
import {barChart, downloadPng, downloadSvg, GROUP_COLORS, heatmap, withTooltips} from './charts.js';

const MEASURES = [
  ['passages', 'Passager'],
  ['share', 'Interviews med koden (%)'],
  ['coverage', 'Dækning pr. 10.000 ord'],
];
const TABS = [['table', 'Tabel'], ['bars', 'Søjlediagram'], ['heatmap', 'Heatmap'], ['cooc', 'Samforekomst'],
  ['export', 'Eksport']];
const SPEAKERS = [['respondent', 'Respondent'], ['all', 'Alle']];
const FORMATS = [['docx', 'Word (DOCX)'], ['markdown', 'Markdown'], ['html', 'HTML'], ['csv', 'CSV'], ['csv-semicolon', 'CSV (semikolon, dansk Excel)'], ['xlsx', 'Excel (XLSX)']];
const DRILL_PAGE = 50;

const decimals = (n, d) => new Intl.NumberFormat('da-DK', {minimumFractionDigits: d, maximumFractionDigits: d}).format(n);

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
  return p < 0.001 ? '< 0,001' : decimals(p, 3);
}

export function compareState(params) {
  const measure = params.get('measure');
  const tab = params.get('tab');
  return {
    book: params.get('book') || '',
    by: params.get('by') || '',
    where: params.getAll('where'),
    speaker: params.get('speaker') === 'all' ? 'all' : 'respondent',
    measure: MEASURES.some(([m]) => m === measure) ? measure : 'passages',
    stats: params.get('stats') === '1',
    tab: TABS.some(([t]) => t === tab) ? tab : 'table',
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
  return p;
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
    return el('div', {class: 'segmented', id: 'choose-' + name}, options.map(([v, label]) => {
      const radio = el('input', {type: 'radio', name, value: v, checked: v === value});
      radio.addEventListener('change', () => onChange(v));
      return el('label', {class: 'segment'}, radio, el('span', {text: label}));
    }));
  }

  function renderControls() {
    const book = el('select', {id: 'compare-book'}, index.codebooks.map((b) => el('option', {value: b.id, text: b.name,
      selected: b.id === state.book})));
    book.addEventListener('change', () => go({book: book.value}));
    const candidates = filterable(attributes);
    const by = el('select', {id: 'compare-by'}, candidates.map((a) => el('option', {value: a.name, text: a.name,
      selected: a.name === state.by})));
    by.addEventListener('change', () => go({by: by.value}));
    const stats = el('input', {type: 'checkbox', id: 'compare-stats', checked: state.stats});
    stats.addEventListener('change', () => go({stats: stats.checked}));
    const chips = candidates.filter((a) => a.name !== state.by).map((a) => el('div', {class: 'chips filter-chips',
      dataset: {attribute: a.name}},
    el('span', {class: 'chips-label', text: a.name}),
    sortedValues(Object.keys(a.values)).map((v) => {
      const key = `${a.name}:${v}`;
      const box = el('input', {type: 'checkbox', value: key, checked: state.where.includes(key)});
      box.addEventListener('change', () => go({where: state.where.includes(key)
        ? state.where.filter((w) => w !== key) : [...state.where, key]}));
      return el('label', {class: 'chip'}, box, el('span', {text: v}));
    })));
    replace(controls,
        el('div', {class: 'control-row'},
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Kodebog'}), book),
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Grupper efter'}), by),
            el('div', {class: 'field'}, el('span', {class: 'field-label', text: 'Taler'}),
                segmented('speaker', SPEAKERS, state.speaker, (v) => go({speaker: v}))),
            el('div', {class: 'field'}, el('span', {class: 'field-label', text: 'Mål'}),
                segmented('measure', MEASURES, state.measure, (v) => go({measure: v}))),
            el('label', {class: 'toggle stats-toggle'}, stats, ' Statistik')),
        el('details', {class: 'filter-details', open: state.where.length > 0 ? true : null},
            el('summary', {text: state.where.length ? `Filtre: ${state.where.join(', ')}` : 'Filtre (fx rolle = borger)'}),
            chips));
    replace(tabs, TABS.map(([t, label]) => el('a', {href: href(['compare'], stateParams({...state, tab: t})),
      class: t === state.tab ? 'view-tab current' : 'view-tab', dataset: {tab: t},
      'aria-current': t === state.tab ? 'page' : null, text: label})));
  }

  async function fetchCompare() {
    const params = new URLSearchParams({codebook: state.book, by: state.by,
      speaker: state.speaker, stats: state.stats ? 'true' : 'false'});
    state.where.forEach((w) => params.append('where', w));
    const key = params.toString();
    if (key !== resultKey) {
      result = await api.compare(params);
      resultKey = key;
    }
    return result;
  }

  function renderCaveats() {
    // The API gives each caveat in Danish, then in English; the page shows the Danish ones.
    const english = (c) => !/[æøåÆØÅ]/.test(c) && /\b(the|and|is|are|can|with|which)\b/i.test(c);
    const danish = result.caveats.filter((c) => !english(c));
    const list = danish.length ? danish : result.caveats;
    caveats.hidden = list.length === 0;
    replace(caveats, el('strong', {text: 'Forbehold'}), el('ul', {}, list.map((c) => el('li', {text: c}))));
  }

  function groupHead(g) {
    const condition = Object.entries(g.where).map(([a, values]) => `${a} = ${values.join(', ')}`).join('; ');
    return el('th', {scope: 'col', class: 'num group-head', title: condition},
        el('span', {class: 'group-name', text: g.name}),
        el('span', {class: 'group-size', text: `${count(g.interviews, 'interview', 'interviews')} · ${number(g.respondentWords)} ord`}));
  }

  function cellButton(row, cell, groupIndex) {
    const value = measureValue(cell, state.measure);
    const title = `${row.name} · ${groupIndex === null ? 'alle' : result.groups[groupIndex].name}: ${number(cell.passages)} `
      + `passager, ${number(cell.interviews)} interviews (${decimals(cell.interviewShare * 100, 0)} %), dækning ${decimals(cell.coverage, 1)}`;
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
            el('th', {scope: 'col', text: 'Kode'}),
            result.groups.map(groupHead),
            el('th', {scope: 'col', class: 'num', text: 'I alt'}),
            stats ? [el('th', {scope: 'col', class: 'num pval', title: 'Fisher/χ² på interviews', text: 'p'}),
              el('th', {scope: 'col', class: 'num pval', title: 'Benjamini–Hochberg-korrigeret', text: 'q (BH)'}),
              el('th', {scope: 'col', class: 'num pval', title: 'Permutationstest på dækning', text: 'perm. p'})] : null)),
        el('tbody', {}, rows.map((row) => el('tr', {class: row === result.total ? 'total-row' : 'depth-' + Math.min(row.depth, 3),
          dataset: {code: row.codeId, key: row.key}},
        el('th', {scope: 'row', class: 'code-cell'}, row.codeId ? el('span', {class: 'dot', dataset: {color: row.color}}) : null,
            el('span', {text: row.name})),
        row.cells.map((cell, g) => el('td', {class: 'num'}, cellButton(row, cell, g))),
        el('td', {class: 'num total'}, cellButton(row, row.total, null)),
        stats ? [el('td', {class: 'num pval', title: row.stats?.note || null, text: formatP(row.stats?.p)}),
          el('td', {class: 'num pval', text: formatP(row.stats?.q)}),
          el('td', {class: 'num pval', text: formatP(row.stats?.permutationP)})] : null))));
    table.querySelectorAll('.dot[data-color]').forEach((d) => {
      d.style.background = d.dataset.color;
    });
    return el('div', {class: 'table-wrap'}, table);
  }

  function chartRows() {
    return result.rows.map((row) => ({
      name: row.name, depth: row.depth,
      values: row.cells.map((c) => measureValue(c, state.measure)),
      labels: row.cells.map((c) => formatMeasure(measureValue(c, state.measure), state.measure)),
    }));
  }

  function renderChart(kind) {
    const measureName = MEASURES.find(([m]) => m === state.measure)[1];
    const rows = chartRows();
    const options = {
      rows, groups: result.groups, measure: measureName,
      format: (v) => formatMeasure(v, state.measure),
      onCell: (r, g) => drillDown(result.rows[r], g),
      tip: (r, g) => {
        const cell = result.rows[r].cells[g];
        return `${result.rows[r].name} · ${result.groups[g].name}: ${rows[r].labels[g]} (${number(cell.passages)} passager, `
          + `${number(cell.interviews)} af ${number(result.groups[g].interviews)} interviews)`;
      },
    };
    const chart = kind === 'bars' ? barChart(options) : heatmap(options);
    chart.id = kind === 'bars' ? 'bar-chart' : 'heatmap';
    const name = `kodetrae-${kind === 'bars' ? 'soejler' : 'heatmap'}-${state.by}-${state.measure}`;
    const box = el('div', {class: 'chart-box'}, chart);
    withTooltips(box);
    return el('div', {class: 'chart-panel'},
        el('div', {class: 'chart-actions'},
            el('span', {class: 'muted', text: 'Hold musen over for tal, klik for passagerne.'}),
            el('button', {type: 'button', id: 'export-svg', text: 'Gem som SVG', onclick: () => downloadSvg(chart, name)}),
            el('button', {type: 'button', id: 'export-png', text: 'Gem som PNG', onclick: () => downloadPng(chart, name)
                .catch((e) => context.notify(e.message))})),
        box);
  }

  async function renderCooccurrence() {
    const unit = new URLSearchParams(location.hash.split('?')[1] || '').get('unit') === 'turn' ? 'turn' : 'sentence';
    const data = await api.cooccurrence(new URLSearchParams({codebook: state.book, unit}));
    const show = data.keys.map((k, i) => i).filter((i) => data.units[i][i] > 0);
    const head = el('tr', {}, el('th', {text: ''}), show.map((j) => el('th', {class: 'rot', title: data.names[j]},
        el('span', {text: data.names[j]}))));
    const max = Math.max(1, ...show.flatMap((i) => show.filter((j) => j !== i).map((j) => data.jaccard[i][j])));
    const rows = show.map((i) => el('tr', {}, el('th', {scope: 'row', text: data.names[i]}), show.map((j) => {
      const n = data.units[i][j];
      const jac = data.jaccard[i][j];
      const td = el('td', {class: i === j ? 'num diag' : 'num', title: `${data.names[i]} × ${data.names[j]}: ${number(n)} `
        + `enheder, Jaccard ${decimals(jac, 2)}`}, el('span', {class: 'n', text: n ? number(n) : ''}),
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
        el('p', {class: 'muted'}, `Hvor ofte to koder rammer samme ${unit === 'turn' ? 'tur' : 'sætning'} (antal enheder) og `
          + 'Jaccard-indekset (fællesmængde / foreningsmængde). Diagonalen er kodens egne enheder. ',
        el('a', {href: href(['compare'], new URLSearchParams([...stateParams(state), ['unit', unit === 'turn' ? 'sentence' : 'turn']])),
          text: unit === 'turn' ? 'Vis pr. sætning' : 'Vis pr. tur'})),
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
      return el('li', {class: 'depth-' + Math.min(index.depth(c), 3)}, el('label', {}, box, d, c.name));
    }));
    const by = el('select', {id: 'export-by'}, el('option', {value: '', text: '(ingen gruppering)'}),
        filterable(attributes).map((a) => el('option', {value: a.name, text: a.name, selected: a.name === state.by})));
    const template = el('input', {type: 'text', id: 'export-template', value: settings.attributionTemplate,
      spellcheck: 'false'});
    const maxChars = el('input', {type: 'number', id: 'export-max', value: '0', min: '0', step: '50'});
    const format = el('select', {id: 'export-format'}, FORMATS.map(([v, l]) => el('option', {value: v, text: l})));
    const link = el('a', {class: 'button-primary', id: 'export-link', download: '', text: 'Hent uddrag'});
    const note = el('p', {class: 'muted', id: 'export-note'});
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
      link.href = exportUrl(params);
      note.textContent = `${chosen.size ? count(chosen.size, 'kode', 'koder') : 'Alle koder'} · `
        + (state.where.length ? `filtre: ${state.where.join(', ')}` : 'ingen filtre') + ' (filtrene ovenfor gælder også her)';
    }
    [by, template, maxChars, format].forEach((input) => input.addEventListener('input', update));
    update();
    return el('div', {class: 'export-panel', id: 'export-panel'},
        el('div', {class: 'export-pick'}, el('h3', {text: 'Koder (en kode tager sine underkoder med)'}), list),
        el('div', {class: 'export-options'},
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Grupper efter'}), by),
            el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Kildeangivelse (skabelon)'}), template),
            el('p', {class: 'hint'}, el('code', {text: '{attribut}'}), ' indsætter værdien; ',
                el('code', {text: '{attribut=værdi?hvis ja|hvis nej}'}), ' vælger tekst.'),
            el('div', {class: 'field-row'},
                el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Højst tegn pr. uddrag (0 = alle)'}), maxChars),
                el('label', {class: 'field'}, el('span', {class: 'field-label', text: 'Format'}), format)),
            note, link));
  }

  // ---------- drill-down ----------

  let drillToken = 0;

  async function drillDown(row, groupIndex, offset = 0, list = null) {
    const group = result.groups[groupIndex];
    const mine = ++drillToken;
    const params = new URLSearchParams({sub: 'true', offset, limit: DRILL_PAGE});
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
              text: p.documentName}),
            el('span', {class: 'speaker-badge role-' + (p.role || 'other'), text: p.speaker}),
            Object.keys(group.where).concat(['rolle']).filter((k, i, a) => a.indexOf(k) === i && p.attributes[k] !== undefined)
                .map((k) => el('span', {class: 'attr', text: `${k}: ${p.attributes[k]}`}))),
        el('p', {class: 'passage-text'}, el('span', {class: 'outside', text: oneLine(p.left)}),
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
              el('h2', {}, `${row.name} · `, swatch, ` ${group.name}`),
              el('button', {type: 'button', class: 'link-button', id: 'drill-close', text: 'Luk', onclick: () => {
                drill.hidden = true;
              }})),
          el('p', {class: 'summary', id: 'drill-summary'}, el('strong', {text: count(page.total, 'passage', 'passager')}),
              ` (med underkoder${state.speaker === 'respondent' ? ', kun respondenter' : ''}${state.where.length ? ', ' + state.where.join(', ') : ''})`),
          list);
      drill.hidden = false;
      drill.scrollIntoView({block: 'start', behavior: 'smooth'});
    }
    const shown = offset + page.passages.length;
    if (shown < page.total) {
      drill.append(el('button', {type: 'button', class: 'more', text: `Vis flere (${number(shown)} af ${number(page.total)})`,
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
      replace(body, el('p', {class: 'muted', text: 'Projektet har ingen kodebog.'}));
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
      replace(body, el('p', {class: 'summary'}, `${count(result.groups.length, 'gruppe', 'grupper')} · `
        + `${count(result.rows.length, 'kode', 'koder')} · klik på et tal for at se passagerne`), renderTable());
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
      document.title = 'Sammenlign · Kodetræ';
      target.append(el('section', {class: 'compare-view', id: 'compare-view'},
          el('div', {class: 'view-head'}, el('h1', {text: 'Sammenlign grupper'})),
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
