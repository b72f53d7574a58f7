// Koder: the codebook as a tree (#/codes?book=…&code=ID) with a panel to edit the chosen code — name, colour,
// description, parent, merge, delete (impact shown first), memos and its auto-coding rule (preview, apply) —
// and the code view (#/codes/ID?sub=1&where=…&speaker=…&page=2) listing every passage under the code, plus a
// code-query box over /retrieve (#/codes/query?q=code:a AND code:b); both take the coding filter (&codings=all).

import {codingsControl, codingsOf, putCodings} from './codingfilter.js';
import {api} from './api.js';
import {el, number, oneLine, replace} from './dom.js';
import {errorText, t, tn} from './i18n.js';
import {coder} from './coder.js';
import {href, navigate} from './router.js';
import {filterable, keyAttributes, sortedValues} from './attributes.js';

const PAGE_SIZE = 25;
// Labels from the catalogue: codes.unit.<id>, codes.speaker.<id or all>.
const UNITS = ['sentence', 'turn'];
const SPEAKERS = ['', 'respondent', 'interviewer'];

function dot(color) {
  const d = el('span', {class: 'dot'});
  d.style.background = color;
  return d;
}

function field(label, input) {
  return el('label', {class: 'field'}, el('span', {class: 'field-label', text: label}), input);
}

export function codesView(context) {
  let target = null;
  let index = null;
  let counts = new Map();

  // Fresh on every showing of the tree: codings change in the reader and in search, not only here.
  async function loadCounts(book) {
    try {
      const byCode = await api.codingCounts(book.id);
      counts = new Map(Object.entries(byCode).map(([id, n]) => [Number(id), n]));
    } catch {
      counts = new Map();
    }
  }

  async function changed(message) {
    context.codesChanged();
    index = await context.codebooks();
    if (message) {
      context.notify('');
    }
  }

  async function act(work) {
    try {
      return await work();
    } catch (e) {
      context.notify(errorText(e));
      return null;
    }
  }

  // ---------- the tree ----------

  function renderTree(book, selected) {
    return el('ul', {class: 'code-tree', id: 'code-tree'}, book.codes.map((c) => {
      const n = counts.get(c.id);
      return el('li', {class: c.id === selected?.id ? 'code-node selected' : 'code-node',
        dataset: {code: c.id, key: c.key, depth: index.depth(c)}},
      el('a', {class: 'code-link depth-' + Math.min(index.depth(c), 3), href: href(['codes'], {book: book.id, code: c.id})},
          dot(c.color), el('span', {class: 'code-name', text: c.name, translate: 'no'}),
          c.rule ? el('span', {class: 'rule-badge', title: t('codes.hasRule'), text: t('codes.rule')}) : null,
          el('span', {class: 'code-count', title: t('codes.countTitle'), text: n === null || n === undefined ? '' : number(n)})));
    }));
  }

  function renderAdd(book) {
    const name = el('input', {type: 'text', id: 'new-code-name', placeholder: t('codes.newName'), required: true});
    const parent = parentSelect(book, null, 'new-code-parent');
    const color = el('input', {type: 'color', id: 'new-code-color', value: '#3d8eb9'});
    const form = el('form', {class: 'add-code', id: 'add-code'}, name, parent, color,
        el('button', {type: 'submit', class: 'primary', text: t('codes.add')}));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!name.value.trim()) {
        return;
      }
      const code = await act(() => api.createCode(book.id, {parentId: parent.value ? Number(parent.value) : null,
        name: name.value.trim(), color: color.value, actor: coder()}));
      if (code) {
        await changed();
        navigate(['codes'], {book: book.id, code: code.id});
      }
    });
    return form;
  }

  function parentSelect(book, code, id) {
    const excluded = code ? new Set(index.subtree(code).map((c) => c.id)) : new Set();
    return el('select', {id, 'aria-label': t('codes.parent')},
        el('option', {value: '', text: t('codes.top'), selected: !code?.parentId}),
        book.codes.filter((c) => !excluded.has(c.id)).map((c) => el('option', {value: c.id,
          text: '\u2003'.repeat(index.depth(c)) + c.name, selected: code?.parentId === c.id, translate: 'no'})));
  }

  // ---------- the panel for one code ----------

  function renderPanel(book, code) {
    if (!code) {
      return el('div', {class: 'code-panel empty'}, el('p', {class: 'muted',
        text: t('codes.choose')}));
    }
    const name = el('input', {type: 'text', id: 'code-name', value: code.name});
    const color = el('input', {type: 'color', id: 'code-color', value: code.color});
    const texts = ['description', 'include', 'exclude', 'example'].map((k) =>
      [k, el('textarea', {id: 'code-' + k, rows: 2, text: code[k] || ''})]);
    const save = el('form', {class: 'code-edit', id: 'code-edit'},
        el('div', {class: 'field-row'}, field(t('codes.name'), name), field(t('codes.colour'), color)),
        texts.map(([k, area]) => field(t(`codes.${k}`), area)),
        el('button', {type: 'submit', class: 'primary', text: t('codes.save')}));
    save.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = {name: name.value.trim(), color: color.value};
      texts.forEach(([k, area]) => {
        body[k] = area.value;
      });
      if (await act(() => api.patchCode(code.id, coder(), body))) {
        await changed();
        await show(currentRoute);
        context.notify('');
      }
    });

    const parent = parentSelect(book, code, 'code-parent');
    const move = el('button', {type: 'button', id: 'code-move', text: t('codes.move')});
    move.addEventListener('click', async () => {
      if (await act(() => api.patchCode(code.id, coder(), {parentId: parent.value ? Number(parent.value) : 0}))) {
        await changed();
        await show(currentRoute);
      }
    });
    const survivors = el('select', {id: 'merge-into', 'aria-label': t('codes.mergeWith')},
        book.codes.filter((c) => c.id !== code.id).map((c) => el('option', {value: c.id,
          text: '\u2003'.repeat(index.depth(c)) + c.name, translate: 'no'})));
    const merge = el('button', {type: 'button', id: 'code-merge', text: t('codes.merge')});
    merge.addEventListener('click', async () => {
      const into = index.code(survivors.value);
      if (!window.confirm(t('codes.confirmMerge', {code: code.name, into: into.name}))) {
        return;
      }
      const r = await act(() => api.mergeCode(code.id, into.id, coder()));
      if (r) {
        await changed();
        navigate(['codes'], {book: book.id, code: into.id});
        context.notify(t('codes.merged', {codings: tn('count.codings', r.movedCodings), into: into.name}));
      }
    });
    const remove = el('button', {type: 'button', class: 'danger', id: 'code-delete', text: t('codes.delete')});
    remove.addEventListener('click', async () => {
      const impact = await act(() => api.impact(code.id));
      if (!impact || !window.confirm(t('codes.confirmDelete', {code: code.name, codings: tn('count.codings', impact.codings),
        subcodes: tn('count.subcodes', impact.subcodes)}))) {
        return;
      }
      const r = await act(() => api.deleteCode(code.id, coder()));
      if (r) {
        await changed();
        navigate(['codes'], {book: book.id});
        context.notify(t('codes.deleted', {code: code.name, codings: tn('count.codings', r.deletedCodings)}));
      }
    });

    return el('div', {class: 'code-panel', id: 'code-panel', dataset: {code: code.id}},
        el('div', {class: 'panel-head'}, dot(code.color), el('h2', {text: code.name, translate: 'no'}),
            el('a', {class: 'button-link', id: 'code-passages-link', href: href(['codes', String(code.id)], {sub: 1}),
              text: t('codes.showPassages')})),
        el('p', {class: 'muted code-path', text: `${index.path(code)} · ${code.key}`, translate: 'no'}),
        save,
        el('section', {class: 'panel-section'}, el('h3', {text: t('codes.placement')}),
            el('div', {class: 'inline-form'}, el('span', {text: t('codes.under')}), parent, move),
            el('div', {class: 'inline-form'}, el('span', {text: t('codes.mergeWith')}), survivors, merge),
            el('div', {class: 'inline-form'}, remove)),
        renderRule(code),
        renderMemos(code));
  }

  // ---------- auto-coding ----------

  function renderRule(code) {
    const rule = code.rule || {query: '', unit: 'turn', speaker: 'respondent'};
    const query = el('textarea', {id: 'rule-query', rows: 2, spellcheck: 'false', text: rule.query});
    const unit = el('select', {id: 'rule-unit'}, UNITS.map((v) => el('option', {value: v, text: t(`codes.unit.${v}`),
      selected: rule.unit === v})));
    const speaker = el('select', {id: 'rule-speaker'}, SPEAKERS.map((v) => el('option', {value: v, text: t(`codes.speaker.${v || 'all'}`),
      selected: (rule.speaker || '') === v})));
    const out = el('div', {class: 'rule-result', id: 'rule-result'});
    const saveRule = el('button', {type: 'button', id: 'rule-save', text: t('codes.saveRule')});
    const preview = el('button', {type: 'button', id: 'rule-preview', text: t('codes.preview'), disabled: !code.rule});
    const apply = el('button', {type: 'button', class: 'primary', id: 'rule-apply', text: t('codes.apply'), disabled: !code.rule});
    saveRule.addEventListener('click', async () => {
      const r = await act(() => api.patchCode(code.id, coder(), {rule: {query: query.value.trim(), unit: unit.value,
        speaker: speaker.value}}));
      if (r) {
        await changed();
        await show(currentRoute);
        context.notify(t('codes.ruleSaved'));
      }
    });
    preview.addEventListener('click', async () => {
      out.classList.add('loading');
      const p = await act(() => api.autocodePreview(code.id));
      out.classList.remove('loading');
      if (p) {
        const docs = Object.entries(p.perDocument).sort((a, b) => b[1] - a[1]);
        replace(out, el('p', {class: 'rule-total', id: 'preview-total'},
            el('strong', {text: tn('count.passages', p.total)}), ' ', t('search.inDocuments', {documents: tn('count.documents', docs.length)})),
        el('ul', {class: 'per-doc'}, docs.map(([n, k]) => el('li', {}, el('a', {href: href(['documents', n]), text: n, translate: 'no'}),
            el('span', {text: number(k)})))),
        el('h4', {text: t('codes.examples')}),
        el('ul', {class: 'sample'}, p.sample.map((s) => el('li', {},
            el('a', {href: href(['documents', s.documentName], {from: s.span.start, to: s.span.end}),
              text: s.documentName, translate: 'no'}), ' ', el('span', {text: oneLine(s.text), translate: 'no'})))));
      }
    });
    apply.addEventListener('click', async () => {
      const r = await act(() => api.autocode(code.id, coder()));
      if (r) {
        replace(out, el('p', {class: 'rule-applied', id: 'apply-result'},
            el('strong', {text: t('codes.added', {n: r.added})}), ' · ', t('codes.removedKept', {removed: r.removed, kept: r.kept}),
            el('span', {class: 'muted', text: ' — ' + t('codes.reviewHint')})));
      }
    });
    return el('section', {class: 'panel-section rule', id: 'rule'},
        el('h3', {text: t('codes.autocoding')}),
        field(t('codes.ruleQuery'), query),
        el('div', {class: 'field-row'}, field(t('search.unit'), unit), field(t('search.speaker'), speaker)),
        el('div', {class: 'inline-form'}, saveRule, preview, apply),
        code.rule ? null : el('p', {class: 'muted', text: t('codes.noRule')}),
        out);
  }

  // ---------- memos ----------

  function renderMemos(code) {
    const list = el('ul', {class: 'memos', id: 'memos'});
    const text = el('textarea', {id: 'memo-text', rows: 2, placeholder: t('codes.memoPlaceholder')});
    const add = el('button', {type: 'button', id: 'memo-add', text: t('codes.addMemo')});
    async function load() {
      const memos = await act(() => api.memos('code', code.id)) || [];
      replace(list, memos.length ? memos.map((m) => el('li', {class: 'memo'},
          el('p', {text: m.text, translate: 'no'}), el('span', {class: 'muted', translate: 'no',
            text: `${m.author} · ${String(m.updated || m.created || '').slice(0, 16).replace('T', ' ')}`})))
        : el('li', {class: 'muted', text: t('codes.noMemos')}));
    }
    add.addEventListener('click', async () => {
      if (!text.value.trim()) {
        return;
      }
      if (await act(() => api.addMemo({targetType: 'code', targetId: code.id, author: coder(), text: text.value.trim()}))) {
        text.value = '';
        await load();
      }
    });
    load();
    return el('section', {class: 'panel-section'}, el('h3', {text: t('codes.memos')}), list, text, add);
  }

  async function showBook(route) {
    const book = index.book(route.params.get('book')) || index.current();
    if (!book) {
      replace(target, el('section', {class: 'panel empty'}, el('h1', {text: t('codes.noCodebooks')})));
      return;
    }
    index.choose(book.id);
    await loadCounts(book);
    const code = index.code(route.params.get('code'));
    document.title = `${t('nav.codes')} · Kodetræ`;
    replace(target, el('section', {class: 'codes-view', id: 'codes-view'},
        el('div', {class: 'view-head'}, el('h1', {text: t('nav.codes')}),
            el('nav', {class: 'book-tabs'}, index.codebooks.map((b) => el('a', {href: href(['codes'], {book: b.id}),
              class: b.id === book.id ? 'book-tab current' : 'book-tab', dataset: {book: b.id}},
            el('span', {text: b.name, translate: 'no'}), el('span', {class: 'muted', text: ` ${number(b.codes.length)}`})))),
            el('a', {href: href(['codes', 'query']), class: 'query-link', text: t('codes.queryLink')})),
        book.description ? el('p', {class: 'muted', text: book.description, translate: 'no'}) : null,
        el('div', {class: 'codes-layout'},
            el('div', {class: 'tree-pane'}, renderAdd(book), renderTree(book, code)),
            renderPanel(book, code))));
  }

  // ---------- passages of a code, or of a code query ----------

  function passageList(result, state, linkFor) {
    const keys = keyAttributes(attributes);
    const pages = Math.ceil(result.total / PAGE_SIZE);
    const pager = pages > 1 ? el('nav', {class: 'pager', id: 'pager'},
        state.page > 1 ? el('a', {class: 'page prev', href: linkFor(state.page - 1), text: t('pager.previous')}) : null,
        el('span', {class: 'page current', text: t('pager.pageOf', {page: state.page, pages})}),
        state.page < pages ? el('a', {class: 'page next', href: linkFor(state.page + 1), text: t('pager.next')}) : null) : null;
    return el('div', {},
        el('ol', {class: 'passages', id: 'passages'}, result.passages.map((p) => {
          const code = p.codeId ? index.code(p.codeId) : null;
          const link = href(['documents', p.documentName], {from: p.span.start, to: p.span.end});
          return el('li', {class: 'passage', dataset: {document: p.documentName, start: p.span.start, end: p.span.end}},
              el('div', {class: 'passage-meta'},
                  el('a', {class: 'doc-name', href: link, text: p.documentName, translate: 'no'}),
                  el('span', {class: 'speaker-badge role-' + (p.role || 'other'), text: p.speaker, translate: 'no'}),
                  keys.filter((k) => p.attributes[k] !== undefined).map((k) => el('span', {class: 'attr', translate: 'no',
                    text: `${k}: ${p.attributes[k]}`})),
                  code ? el('span', {class: 'passage-code', translate: 'no'}, dot(code.color), code.name) : null,
                  p.origin && String(p.origin).toLowerCase() === 'auto' ? el('span', {class: 'origin auto', text: 'auto'}) : null,
                  p.review === 'unreviewed' ? el('span', {class: 'origin unreviewed', text: t('codings.unreviewedBadge')})
                    : null),
              el('p', {class: 'passage-text', translate: 'no'},
                  el('span', {class: 'outside', text: oneLine(p.left)}),
                  el('a', {class: 'passage-hit', href: link, text: oneLine(p.text)}),
                  el('span', {class: 'outside', text: oneLine(p.right)})));
        })),
        pager);
  }

  let attributes = [];

  function filterBar(state, go) {
    const chips = filterable(attributes).map((a) => el('fieldset', {class: 'chips', dataset: {attribute: a.name}},
        el('legend', {text: a.name, translate: 'no'}),
        sortedValues(Object.keys(a.values)).map((v) => {
          const key = `${a.name}:${v}`;
          const box = el('input', {type: 'checkbox', value: key, checked: state.where.includes(key)});
          box.addEventListener('change', () => go({where: state.where.includes(key)
            ? state.where.filter((w) => w !== key) : [...state.where, key], page: 1}));
          return el('label', {class: 'chip'}, box, el('span', {text: v, translate: 'no'}));
        })));
    const speaker = el('select', {id: 'passage-speaker', 'aria-label': t('search.speaker')}, SPEAKERS.map((v) =>
      el('option', {value: v, text: t(`codes.speaker.${v || 'all'}`), selected: state.speaker === v})));
    speaker.addEventListener('change', () => go({speaker: speaker.value, page: 1}));
    return el('aside', {class: 'search-filters'}, field(t('search.speaker'), speaker),
        codingsControl(state.codings, (v) => go({codings: v, page: 1})), chips);
  }

  function routeState(params) {
    return {
      sub: params.get('sub') !== '0',
      where: params.getAll('where'),
      speaker: params.get('speaker') || '',
      page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
      q: params.get('q') || '',
      text: params.get('text') || '',
      unit: params.get('unit') === 'turn' ? 'turn' : 'sentence',
      codings: codingsOf(params),
    };
  }

  function stateParams(state) {
    const p = new URLSearchParams();
    ['q', 'text'].forEach((k) => state[k] && p.set(k, state[k]));
    if (state.unit !== 'sentence') {
      p.set('unit', state.unit);
    }
    p.set('sub', state.sub ? '1' : '0');
    state.where.forEach((w) => p.append('where', w));
    if (state.speaker) {
      p.set('speaker', state.speaker);
    }
    if (state.page > 1) {
      p.set('page', state.page);
    }
    return putCodings(p, state.codings);
  }

  async function showCode(route, code) {
    const state = routeState(route.params);
    const go = (changes) => navigate(['codes', String(code.id)], stateParams({...state, ...changes}));
    const params = new URLSearchParams({sub: state.sub, offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE,
      codings: state.codings});
    state.where.forEach((w) => params.append('where', w));
    if (state.speaker) {
      params.set('speaker', state.speaker);
    }
    const result = await api.passages(code.id, params);
    document.title = `${code.name} · ${t('nav.codes')} · Kodetræ`;
    const subToggle = el('input', {type: 'checkbox', id: 'with-subcodes', checked: state.sub});
    subToggle.addEventListener('change', () => go({sub: subToggle.checked, page: 1}));
    const documents = Object.keys(result.perDocument || {}).length;
    const query = el('input', {type: 'search', id: 'code-view-query', spellcheck: 'false',
      value: `code:${code.key}${state.sub ? '*' : ''} AND `, 'aria-label': t('codes.query')});
    const queryForm = el('form', {class: 'code-query-inline', id: 'code-view-query-form'},
        el('span', {class: 'muted', text: t('codes.query')}), query, el('button', {type: 'submit', text: t('codes.fetch')}));
    queryForm.addEventListener('submit', (e) => {
      e.preventDefault();
      navigate(['codes', 'query'], {q: query.value.trim().replace(/\s+(AND|OR|NOT)$/, '')});
    });
    replace(target, el('section', {class: 'code-view', id: 'code-view', dataset: {code: code.id}},
        el('div', {class: 'view-head'},
            el('a', {class: 'back', href: href(['codes'], {book: code.codebookId, code: code.id}), text: '← ' + t('codes.codebook')}),
            el('h1', {translate: 'no'}, dot(code.color), ' ', code.name),
            el('label', {class: 'toggle'}, subToggle, ' ', t('compare.drill.withSub'))),
        el('p', {class: 'muted', translate: 'no', text: index.path(code) + (code.description ? ' — ' + code.description : '')}),
        queryForm,
        el('div', {class: 'search-layout code-layout'},
            filterBar(state, go),
            el('div', {class: 'search-main'},
                el('p', {class: 'summary', id: 'passage-summary'}, el('strong', {text: tn('count.passages', result.total)}),
                    ' ', t('search.inDocuments', {documents: tn('count.documents', documents)})),
                passageList(result, state, (page) => href(['codes', String(code.id)], stateParams({...state, page})))))));
  }

  async function showQuery(route) {
    const state = routeState(route.params);
    const go = (changes) => navigate(['codes', 'query'], stateParams({...state, ...changes}));
    const input = el('input', {type: 'search', id: 'code-query', value: state.q, spellcheck: 'false',
      placeholder: 'code:team* AND code:motivation', 'aria-label': t('codes.query')});
    const text = el('input', {type: 'search', id: 'code-query-text', value: state.text, placeholder: t('codes.andText')});
    const unit = el('select', {id: 'code-query-unit'}, UNITS.map((v) => [v, t(`search.unit.${v}`)]).map(([v, l]) =>
      el('option', {value: v, text: l, selected: state.unit === v})));
    const form = el('form', {class: 'search-form', id: 'code-query-form'},
        el('div', {class: 'search-row'}, input, text, unit, el('button', {type: 'submit', class: 'primary', text: t('codes.fetch')})),
        el('p', {class: 'syntax-help'}, el('code', {text: `code:${t('codes.keyWord')}`}), ' · ', el('code', {text: `code:${t('codes.keyWord')}*`}),
            ` (${t('compare.drill.withSub')}) · `, el('code', {text: 'AND OR NOT'}), ' · ', el('code', {text: 'NEAR/3'}), ' · ',
            el('code', {text: 'OVERLAPS'}), ' · ', el('code', {text: '( )'})));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      go({q: input.value.trim(), text: text.value.trim(), unit: unit.value, page: 1});
    });
    let results = el('p', {class: 'muted', text: t('codes.queryHint')});
    if (state.q || state.text) {
      const params = new URLSearchParams({unit: state.unit, offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE,
        codings: state.codings});
      if (state.q) {
        params.set('codes', state.q);
      }
      if (state.text) {
        params.set('q', state.text);
      }
      state.where.forEach((w) => params.append('where', w));
      if (state.speaker) {
        params.set('speaker', state.speaker);
      }
      try {
        const result = await api.retrieve(params);
        results = el('div', {}, el('p', {class: 'summary', id: 'passage-summary'},
            el('strong', {text: tn('count.passages', result.total)})),
        passageList(result, state, (page) => href(['codes', 'query'], stateParams({...state, page}))));
      } catch (e) {
        results = el('div', {class: 'search-error', role: 'alert', text: errorText(e)});
      }
    }
    document.title = `${t('codes.query')} · Kodetræ`;
    replace(target, el('section', {class: 'code-view', id: 'query-view'},
        el('div', {class: 'view-head'}, el('a', {class: 'back', href: href(['codes']), text: '← ' + t('codes.codebook')}),
            el('h1', {text: t('codes.query')})),
        form,
        el('div', {class: 'search-layout code-layout'}, filterBar(state, go), el('div', {class: 'search-main'}, results))));
  }

  let currentRoute = null;

  async function show(route) {
    currentRoute = route;
    index = await context.codebooks();
    attributes = await context.attributes();
    const [, second] = route.path;
    if (second === 'query') {
      await showQuery(route);
    } else if (second !== undefined) {
      const code = index.code(second);
      if (!code) {
        replace(target, el('section', {class: 'panel empty'}, el('h1', {text: t('codes.missing')}),
            el('p', {}, el('a', {href: href(['codes']), text: t('codes.toCodebook')}))));
        return;
      }
      await showCode(route, code);
    } else {
      await showBook(route);
    }
  }

  return {
    async mount(node, route) {
      target = node;
      await show(route);
    },
    async update(route) {
      const scroll = route.path[1] === currentRoute?.path[1] && !route.path[1];
      const y = window.scrollY;
      await show(route);
      if (scroll) {
        window.scrollTo(0, y);
      }
    },
  };
}
