// Søg: the query language over sentence or turn units, attribute and speaker filters, a KWIC table of hits that
// link into the reader, counts per document and per attribute value, and 50 hits a page. The URL is the state:
// #/search?q=samarbejde&where=kommune:A&where=kommune:B&speaker=respondent&unit=turn&order=document&page=2

import {api} from './api.js';
import {el, number, oneLine, replace} from './dom.js';
import {errorText, t, tn} from './i18n.js';
import {href, navigate} from './router.js';
import {filterable, keyAttributes, sortedValues} from './attributes.js';
import {coder} from './coder.js';
import {openPicker} from './picker.js';

export const PAGE_SIZE = 50;
const TOP_DOCUMENTS = 10;

const SPEAKERS = ['', 'respondent', 'interviewer'];
const UNITS = ['sentence', 'turn'];
const ORDERS = ['relevance', 'document'];
const ROLES = ['interviewer', 'respondent', 'other'];

/** Example queries (data: they search the Danish corpus) with what each shows, by catalogue key. */
const EXAMPLES = [
  ['sanktion', 'search.example.stem'],
  ['"tværfagligt samarbejde"', 'search.example.phrase'],
  ['"ikke lyst"', 'search.example.everyWord'],
  ['=stol', 'search.example.exact'],
  ['"møde sagsbehandler"~5', 'search.example.near'],
  ['samarb*', 'search.example.prefix'],
  ['praktik AND (job OR løntilskud)', 'search.example.boolean'],
  ['sagsbehandler NOT ny', 'search.example.not'],
];

/**
 * A catalogue message whose {placeholders} are Danish words (examples from the corpus): the words become
 * elements marked translate="no", the text around them stays in the page's language.
 */
function withData(key, words) {
  const marker = '\u0000';
  const text = t(key, Object.fromEntries(Object.keys(words).map((k) => [k, marker + k + marker])));
  return text.split(marker).map((part, i) => (i % 2 ? el('code', {text: words[part], translate: 'no'}) : part));
}

/** The search a route describes, with defaults filled in. */
export function searchState(params) {
  return {
    q: params.get('q'),
    where: params.getAll('where'),
    speaker: params.get('speaker') || '',
    unit: params.get('unit') === 'turn' ? 'turn' : 'sentence',
    order: params.get('order') === 'document' ? 'document' : 'relevance',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
  };
}

/** The route parameters of a search state; defaults are left out to keep URLs short. */
export function searchParams(state) {
  const params = new URLSearchParams();
  params.set('q', state.q ?? '');
  state.where.forEach((w) => params.append('where', w));
  if (state.speaker) {
    params.set('speaker', state.speaker);
  }
  if (state.unit !== 'sentence') {
    params.set('unit', state.unit);
  }
  if (state.order !== 'relevance') {
    params.set('order', state.order);
  }
  if (state.page > 1) {
    params.set('page', state.page);
  }
  return params;
}

function apiParams(state) {
  const params = new URLSearchParams({q: state.q, unit: state.unit, order: state.order,
    offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE});
  state.where.forEach((w) => params.append('where', w));
  if (state.speaker) {
    params.set('speaker', state.speaker);
  }
  return params;
}

/** The reader at a hit: the unit as the passage, its matches emphasised. */
export function hitLink(hit) {
  const params = new URLSearchParams({from: hit.unitSpan.start, to: hit.unitSpan.end});
  hit.matches.forEach((m) => params.append('match', `${m.start}-${m.end}`));
  return href(['documents', hit.documentName], params);
}

/**
 * Cuts a KWIC context string that starts at document offset `at` into pieces: text outside the hit's unit (the
 * neighbouring sentence or turn) and further matches are marked, so the line shows what the hit belongs to.
 */
export function contextPieces(text, at, unit, matches) {
  const cuts = new Set([0, text.length]);
  const cut = (offset) => {
    if (offset - at > 0 && offset - at < text.length) {
      cuts.add(offset - at);
    }
  };
  cut(unit.start);
  cut(unit.end);
  matches.forEach((m) => {
    cut(m.start);
    cut(m.end);
  });
  const bounds = [...cuts].sort((a, b) => a - b);
  return bounds.slice(1).map((end, i) => {
    const from = at + bounds[i];
    const to = at + end;
    return {
      text: text.slice(bounds[i], end),
      outside: to <= unit.start || from >= unit.end,
      match: matches.some((m) => m.start <= from && to <= m.end),
    };
  });
}

function contextLine(text, at, hit) {
  const pieces = contextPieces(text, at, hit.unitSpan, hit.matches).map((p) => el(p.match ? 'mark' : 'span',
      {class: p.outside ? 'outside' : null, text: oneLine(p.text)}));
  return el('span', {class: 'context'}, pieces);
}

function toggled(list, item) {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function searchView(context) {
  let state = null;
  let attributes = [];
  let token = 0;
  let showAllDocuments = false;

  const input = el('input', {type: 'search', id: 'search-q', name: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('search.placeholder'), 'aria-label': t('search.label')});
  const form = el('form', {class: 'search-form', id: 'search-form', role: 'search'},
      el('div', {class: 'search-row'}, input, el('button', {type: 'submit', class: 'primary', text: t('search.submit')})),
      el('p', {class: 'syntax-help'},
          t('search.help.words'), ' (', el('code', {text: 'sanktion', translate: 'no'}), ' ', t('search.help.stem'),
          '; ', withData('search.help.everyWord', {a: 'ikke', b: 'til'}), ') · ',
          el('code', {text: '=stol', translate: 'no'}), ' ', t('search.help.exact'), ' · ',
          el('code', {text: t('search.help.phrase')}), ' · ', el('code', {text: t('search.help.near')}), ' · ',
          el('code', {text: t('search.help.prefix')}), ' · ', el('code', {text: 'AND'}), ', ', el('code', {text: 'OR'}), ', ',
          el('code', {text: 'NOT'}), ' ', t('search.help.and'), ' ', el('code', {text: '( )'})));
  const error = el('div', {class: 'search-error', id: 'search-error', role: 'alert', hidden: true});
  const filters = el('aside', {class: 'search-filters', id: 'search-filters', 'aria-label': t('search.filters')});
  const summary = el('p', {class: 'summary', id: 'search-summary'});
  const results = el('div', {class: 'search-results', id: 'search-results'});
  const distribution = el('aside', {class: 'search-distribution', id: 'distribution', 'aria-label': t('search.distribution')});

  function go(changes) {
    const next = {...state, q: input.value.trim(), page: 1, ...changes};
    navigate(['search'], searchParams(next));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({});
  });

  function choiceGroup(legend, name, options, value, onChange) {
    return el('fieldset', {class: 'choice-group', id: 'filter-' + name},
        el('legend', {text: legend}),
        el('div', {class: 'segmented'}, options.map((v) => {
          const label = t(`search.${name}.${v || 'all'}`);
          const radio = el('input', {type: 'radio', name, value: v, checked: v === value});
          radio.addEventListener('change', () => onChange(v));
          return el('label', {class: 'segment'}, radio, el('span', {text: label}));
        })));
  }

  function renderFilters() {
    const groups = filterable(attributes).map((a) => el('fieldset', {class: 'chips', dataset: {attribute: a.name}},
        el('legend', {text: a.name, translate: 'no'}),
        sortedValues(Object.keys(a.values)).map((v) => {
          const key = `${a.name}:${v}`;
          const box = el('input', {type: 'checkbox', value: key, checked: state.where.includes(key)});
          box.addEventListener('change', () => go({where: toggled(state.where, key)}));
          return el('label', {class: 'chip'}, box, el('span', {text: v, translate: 'no'}),
              el('span', {class: 'chip-count', text: number(a.values[v])}));
        })));
    const active = state.where.length > 0 || state.speaker;
    replace(filters,
        choiceGroup(t('search.speaker'), 'speaker', SPEAKERS, state.speaker, (v) => go({speaker: v})),
        choiceGroup(t('search.unit'), 'unit', UNITS, state.unit, (v) => go({unit: v})),
        choiceGroup(t('search.order'), 'order', ORDERS, state.order, (v) => go({order: v})),
        ...groups,
        active ? el('a', {class: 'reset', href: href(['search'], {q: state.q ?? ''}), text: t('search.resetFilters')}) : null);
  }

  function renderIntro() {
    summary.textContent = '';
    distribution.hidden = true;
    replace(results, el('div', {class: 'intro'},
        el('h2', {text: t('search.intro.title')}),
        el('p', {text: t('search.intro.text')}),
        el('ul', {class: 'examples'}, EXAMPLES.map(([query, why]) => el('li', {},
            el('a', {href: href(['search'], {q: query})}, el('code', {text: query, translate: 'no'})),
            el('span', {}, withData(why, {a: 'ikke', b: 'til'})))))));
  }

  function renderHit(hit, keys) {
    const link = hitLink(hit);
    const role = ROLES.includes(hit.role) ? hit.role : 'other';
    // Without a query (browsing all units) there are no matches and the "hit" is the whole unit.
    const first = hit.matches[0] ?? hit.unitSpan;
    // Short values ("A", "ja") mean little alone, so they carry the attribute's name and share a line; long
    // values ("koordinerende sagsbehandler") speak for themselves and follow the document's name.
    const attr = (k) => {
      const value = hit.attributes[k];
      return el('span', {class: 'attr', title: `${k}: ${value}`, dataset: {attribute: k}, translate: 'no',
        text: value.length <= 4 ? `${k} ${value}` : value});
    };
    const present = keys.filter((k) => hit.attributes[k] !== undefined);
    const long = present.filter((k) => hit.attributes[k].length > 4).map(attr);
    const short = present.filter((k) => hit.attributes[k].length <= 4).map(attr);
    const dotted = (list) => list.map((a, i) => [i ? ' · ' : '', a]);
    const pick = el('input', {type: 'checkbox', class: 'kwic-pick', 'aria-label': t('search.pickHit'),
      dataset: {document: hit.documentId, start: hit.unitSpan.start, end: hit.unitSpan.end}});
    pick.addEventListener('change', updateSelection);
    const row = el('tr', {class: 'kwic-row', dataset: {document: hit.documentName, role}},
        el('td', {class: 'kwic-check'}, pick),
        el('td', {class: 'kwic-speaker'},
            el('span', {class: 'speaker-badge role-' + role, title: t(`role.${role}`), text: hit.speaker, translate: 'no'})),
        el('td', {class: 'kwic-left', translate: 'no'}, contextLine(hit.left, first.start - hit.left.length, hit)),
        el('td', {class: 'kwic-hit', translate: 'no'}, el('a', {href: link, text: oneLine(hit.hit)})),
        el('td', {class: 'kwic-right', translate: 'no'}, contextLine(hit.right, first.end, hit)),
        el('td', {class: 'kwic-doc'},
            el('div', {class: 'kwic-doc-line'}, el('a', {class: 'doc-name', href: link, text: hit.documentName, translate: 'no'}),
                long.length ? el('span', {class: 'kwic-attrs'}, ' ', dotted(long)) : null),
            el('div', {class: 'kwic-attrs'}, dotted(short))));
    row.addEventListener('click', (event) => {
      if (!event.target.closest('a, input, .kwic-check') && !window.getSelection().toString()) {
        location.hash = link;
      }
    });
    return row;
  }

  function pageLink(page, label, current) {
    const params = searchParams({...state, page});
    return el('a', {href: href(['search'], params), class: current ? 'page current' : 'page',
      'aria-current': current ? 'page' : null, text: label});
  }

  function renderPager(total) {
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) {
      return null;
    }
    const page = state.page;
    const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages));
    const items = [];
    let last = 0;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p > last + 1) {
        items.push(el('span', {class: 'gap', text: '…'}));
      }
      items.push(pageLink(p, number(p), p === page));
      last = p;
    }
    return el('nav', {class: 'pager', id: 'pager', 'aria-label': t('pager.label')},
        page > 1 ? el('a', {class: 'page prev', rel: 'prev', href: href(['search'], searchParams({...state, page: page - 1})),
          text: t('pager.previous')}) : el('span', {class: 'page prev disabled', text: t('pager.previous')}),
        items,
        page < pages ? el('a', {class: 'page next', rel: 'next', href: href(['search'], searchParams({...state, page: page + 1})),
          text: t('pager.next')}) : el('span', {class: 'page next disabled', text: t('pager.next')}));
  }

  const codeSelected = el('button', {type: 'button', class: 'primary', id: 'code-selected', text: t('search.codeSelected')});
  const selectedCount = el('span', {class: 'muted', id: 'selected-count'});
  const selectAll = el('input', {type: 'checkbox', id: 'select-all', 'aria-label': t('search.selectAllLabel')});
  selectAll.addEventListener('change', () => {
    results.querySelectorAll('.kwic-pick').forEach((b) => {
      b.checked = selectAll.checked;
    });
    updateSelection();
  });

  function picked() {
    return [...results.querySelectorAll('.kwic-pick:checked')].map((b) => ({documentId: Number(b.dataset.document),
      start: Number(b.dataset.start), end: Number(b.dataset.end)}));
  }

  function updateSelection() {
    const n = picked().length;
    codeSelected.disabled = n === 0;
    selectedCount.textContent = n ? tn(`search.selected.${state.unit}`, n) : t('search.selectToCode');
  }

  codeSelected.addEventListener('click', async () => {
    const passages = picked();
    const index = await context.codebooks();
    if (!passages.length || !index.current()) {
      return;
    }
    openPicker({index, book: index.current(), anchor: codeSelected.getBoundingClientRect(),
      title: tn('search.codeHits', passages.length),
      onBook: (id) => index.choose(id),
      onPick: async (code) => {
        try {
          const made = await api.addCodings({codeId: code.id, coder: coder(), passages});
          context.notify('');
          selectedCount.textContent = tn('search.coded', made.length, {code: code.name});
          selectedCount.dataset.done = String(made.length);
          results.querySelectorAll('.kwic-pick:checked').forEach((b) => {
            b.checked = false;
            b.closest('tr').classList.add('coded');
          });
          selectAll.checked = false;
          codeSelected.disabled = true;
        } catch (e) {
          context.notify(errorText(e));
        }
      }});
  });

  function selectionBar() {
    selectAll.checked = false;
    return el('div', {class: 'kwic-actions', id: 'kwic-actions'},
        el('label', {class: 'toggle'}, selectAll, ' ', t('search.selectAll')), codeSelected, selectedCount);
  }

  function renderResults(result) {
    const first = (state.page - 1) * PAGE_SIZE + 1;
    const last = first + result.hits.length - 1;
    const documents = Object.keys(result.perDocument).length;
    replace(summary,
        el('strong', {text: tn(`count.${state.unit}s`, result.total)}),
        ' ', t('search.inDocuments', {documents: tn('count.documents', documents)}),
        result.total > PAGE_SIZE ? el('span', {class: 'range', text: ' · ' + t('search.showing', {first, last})}) : null,
        el('span', {class: 'took', text: ` · ${number(Math.max(1, Math.round(result.tookMicros / 1000)))} ms`}));
    if (result.total === 0) {
      replace(results, el('div', {class: 'no-hits'},
          el('p', {text: t('search.noHits')}),
          el('p', {class: 'muted', text: state.where.length || state.speaker
            ? t('search.noHits.filtered') : t('search.noHits.hint')})));
      distribution.hidden = true;
      return;
    }
    if (result.hits.length === 0) {
      replace(results, el('p', {class: 'no-hits', text: t('search.noPage') + ' '},
          el('a', {href: href(['search'], searchParams({...state, page: 1})), text: t('search.firstPage')})));
      return;
    }
    const keys = keyAttributes(attributes);
    const table = el('table', {class: 'kwic', id: 'kwic'},
        el('thead', {class: 'visually-hidden'}, el('tr', {},
            el('th', {scope: 'col', class: 'kwic-check', text: t('search.col.pick')}),
            el('th', {scope: 'col', class: 'kwic-speaker', title: t('search.speaker'), text: ''}),
            el('th', {scope: 'col', class: 'kwic-left', text: t('search.col.before')}),
            el('th', {scope: 'col', class: 'kwic-hit', text: t('search.col.hit')}),
            el('th', {scope: 'col', class: 'kwic-right', text: t('search.col.after')}),
            el('th', {scope: 'col', class: 'kwic-doc', text: t('search.col.document')}))),
        el('tbody', {}, result.hits.map((h) => renderHit(h, keys))));
    replace(results, selectionBar(), table, renderPager(result.total));
    updateSelection();
    renderDistribution(result);
  }

  function bars(entries, linkFor, id) {
    const max = Math.max(1, ...entries.map(([, n]) => n));
    return el('ul', {class: 'bars', id}, entries.map(([label, n, active]) => {
      const fill = el('span', {class: 'bar-fill'});
      fill.style.width = `${(100 * n) / max}%`;
      return el('li', {class: active ? 'bar active' : 'bar'},
          el('a', {href: linkFor(label), class: 'bar-label', title: label, text: label, translate: 'no'}),
          el('span', {class: 'bar-track'}, fill),
          el('span', {class: 'bar-count', text: number(n)}));
    }));
  }

  function renderDistribution(result) {
    distribution.hidden = false;
    const documents = Object.entries(result.perDocument).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const listed = showAllDocuments ? documents : documents.slice(0, TOP_DOCUMENTS);
    const more = documents.length > TOP_DOCUMENTS
        ? el('button', {type: 'button', class: 'link-button', text: showAllDocuments ? t('search.showFewer')
            : t('search.showAll', {n: documents.length}), onclick: () => {
            showAllDocuments = !showAllDocuments;
            renderDistribution(result);
          }})
        : null;
    const perAttribute = filterable(attributes).filter((a) => result.perAttribute[a.name]).map((a) => {
      const values = result.perAttribute[a.name];
      const entries = sortedValues(Object.keys(values))
          .map((v) => [v, values[v], state.where.includes(`${a.name}:${v}`)]);
      const link = (v) => href(['search'], searchParams({...state, page: 1,
        where: toggled(state.where, `${a.name}:${v}`)}));
      return el('section', {class: 'distribution-group', dataset: {attribute: a.name}},
          el('h3', {text: a.name, translate: 'no'}), bars(entries, link, 'per-' + a.name));
    });
    replace(distribution,
        el('h2', {text: t('search.distribution.title')}),
        el('section', {class: 'distribution-group'},
            el('h3', {text: t('nav.documents')}),
            bars(listed.map(([name, n]) => [name, n, false]), (name) => href(['documents', name]), 'per-document'),
            more),
        perAttribute);
  }

  async function run() {
    input.value = state.q ?? '';
    renderFilters();
    error.hidden = true;
    if (state.q === null) {
      renderIntro();
      return;
    }
    const mine = ++token;
    results.classList.add('loading');
    try {
      const result = await api.search(apiParams(state));
      if (mine === token) {
        renderResults(result);
      }
    } catch (e) {
      if (mine !== token) {
        return;
      }
      replace(error, el('strong', {text: t('search.failed') + ' '}), errorText(e));
      error.hidden = false;
      summary.textContent = '';
      results.replaceChildren();
      distribution.hidden = true;
    } finally {
      if (mine === token) {
        results.classList.remove('loading');
      }
    }
  }

  return {
    async mount(target, route) {
      document.title = `${t('nav.search')} · Kodetræ`;
      target.append(el('section', {class: 'search-view'},
          el('div', {class: 'view-head'}, el('h1', {text: t('nav.search')})),
          form, error,
          el('div', {class: 'search-layout'}, filters, el('div', {class: 'search-main'}, summary, results),
              distribution)));
      attributes = await context.attributes();
      state = searchState(route.params);
      await run();
      if (state.q === null) {
        input.focus();
      }
    },
    async update(route) {
      const previous = state;
      state = searchState(route.params);
      if (previous.q !== state.q) {
        showAllDocuments = false;
      }
      await run();
      if (previous.page !== state.page) {
        window.scrollTo(0, 0);
      }
    },
  };
}
