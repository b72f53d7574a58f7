// Runder: independent coding rounds and their agreement. #/rounds lists the rounds and opens a new one (documents,
// codebook or some of its codes, coders, whether auto codings show); #/rounds/ID shows one round, closes it, and
// once closed its agreement per code (the server's figures: units, coders, percent, Cohen's κ with chance
// agreement, α, αu; a warning for rarely used codes) with a bar chart of κ; #/rounds/ID/codes/CODE?pair=a|b
// &document=ID lists the code's disagreements side by side with the text and resolves each into consensus (take a
// coder's coding, adjust the passage, drop it).

import {api} from './api.js';
import {el, number, replace} from './dom.js';
import {coder} from './coder.js';
import {errorText, t, tn} from './i18n.js';
import {href, navigate} from './router.js';

const UNITS = ['characters', 'sentences', 'turns'];

/** A fraction as a percentage, a coefficient with three decimals, or a dash when the server has none. */
function percent(value) {
  return value === null || value === undefined ? '–' : number(Math.round(value * 1000) / 10) + ' %';
}

function coefficient(c) {
  return c?.value === null || c?.value === undefined ? '–' : number(Math.round(c.value * 1000) / 1000);
}

/** Cohen's κ for two coders, Fleiss' κ for more. */
function kappa(figures) {
  return figures.cohen ?? figures.fleiss;
}

function chance(c) {
  return c ? percent(c.expected) : '–';
}

/** The agreement request of a round: its coders, documents and codes (or codebook). */
export function agreementParams(round, unit) {
  const params = new URLSearchParams({coders: round.coders.join(','), documents: round.documentIds.join(','),
    unit});
  if (round.codeIds.length) {
    params.set('codes', round.codeIds.join(','));
  } else {
    params.set('codebook', round.codebookId);
  }
  return params;
}

/** A catalogue message whose parameters are data (names): each is marked translate="no" inside the text. */
function withData(key, params) {
  const marked = Object.fromEntries(Object.keys(params).map((name) => [name, `\u0000${name}\u0000`]));
  return el('span', {}, t(key, marked).split('\u0000').map((part, i) => i % 2 === 1
    ? el('span', {text: params[part], translate: 'no'}) : part), ' ');
}

/** Whether a decision settles a passage: same document and code, overlapping text. */
export function settles(decision, passage, codeId) {
  return decision.documentId === passage.documentId && decision.codeId === codeId
      && decision.span.start < passage.span.end && passage.span.start < decision.span.end;
}

export function roundsView(context) {
  const root = el('section', {class: 'rounds-view', id: 'rounds-view'});

  function errorBox(id) {
    return el('div', {class: 'round-error', id, role: 'alert', hidden: true});
  }

  function showError(box, e) {
    replace(box, errorText(e));
    box.hidden = false;
  }

  async function listPage() {
    const [rounds, documents, index] = await Promise.all([api.rounds(), api.documents(), context.codebooks()]);
    replace(root, el('div', {class: 'view-head'}, el('h1', {text: t('rounds.title')})),
        el('p', {class: 'hint', text: t('rounds.intro')}),
        roundList(rounds), openForm(documents, index));
  }

  function roundList(rounds) {
    if (!rounds.length) {
      return el('p', {class: 'rounds-none', id: 'rounds-none', text: t('rounds.none')});
    }
    return el('table', {class: 'round-list', id: 'round-list'},
        el('thead', {}, el('tr', {}, ['rounds.name', 'rounds.state', 'rounds.coders', 'rounds.documents']
            .map((k) => el('th', {text: t(k)})))),
        el('tbody', {}, rounds.map((r) => el('tr', {class: 'round-row', dataset: {id: r.id}},
            el('td', {}, el('a', {href: href(['rounds', String(r.id)]), text: r.name, translate: 'no'})),
            el('td', {class: 'round-state', text: r.open ? t('rounds.open') : t('rounds.closed')}),
            el('td', {text: r.coders.join(', '), translate: 'no'}),
            el('td', {text: number(r.documentIds.length)})))));
  }

  function openForm(documents, index) {
    const book = index.current() || index.codebooks[0];
    const books = el('select', {id: 'round-codebook'}, index.codebooks.map((b) => el('option',
        {value: b.id, text: b.name, selected: b.id === book?.id, translate: 'no'})));
    const codes = el('div', {class: 'round-codes', id: 'round-codes'});
    const drawCodes = () => replace(codes, (index.book(books.value)?.codes || []).map((c) => el('label',
        {class: 'check'}, el('input', {type: 'checkbox', class: 'round-code', value: c.id}),
        el('span', {text: c.name, translate: 'no'}))));
    books.addEventListener('change', drawCodes);
    drawCodes();
    const error = errorBox('round-error');
    const form = el('form', {class: 'round-form panel', id: 'round-form'},
        el('h2', {text: t('rounds.openTitle')}),
        el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('rounds.name')}),
            el('input', {type: 'text', id: 'round-name', required: true, maxlength: 100})),
        el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('rounds.codebook')}), books),
        el('fieldset', {}, el('legend', {text: t('rounds.codesLegend')}), codes),
        el('fieldset', {}, el('legend', {text: t('rounds.documents')}),
            el('div', {class: 'round-documents'}, documents.map((d) => el('label', {class: 'check'},
                el('input', {type: 'checkbox', class: 'round-document', value: d.id}),
                el('span', {text: d.name, translate: 'no'}))))),
        el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('rounds.coders')}),
            el('input', {type: 'text', id: 'round-coders', placeholder: t('rounds.codersPlaceholder')})),
        el('label', {class: 'check'}, el('input', {type: 'checkbox', id: 'round-show-auto'}),
            el('span', {text: t('rounds.showAuto')})),
        el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('rounds.consensusCoder')}),
            el('input', {type: 'text', id: 'round-consensus', placeholder: 'konsensus'})),
        error,
        el('button', {type: 'submit', class: 'primary', id: 'round-open', text: t('rounds.openButton')}));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      const checked = (selector) => [...form.querySelectorAll(selector)].filter((i) => i.checked)
          .map((i) => Number(i.value));
      try {
        const round = await api.openRound({name: form.querySelector('#round-name').value,
          codebookId: books.value, codeIds: checked('.round-code'), documentIds: checked('.round-document'),
          coders: form.querySelector('#round-coders').value.split(',').map((s) => s.trim()).filter(Boolean),
          showAuto: form.querySelector('#round-show-auto').checked,
          consensusCoder: form.querySelector('#round-consensus').value.trim() || null, actor: coder()});
        navigate(['rounds', String(round.id)]);
      } catch (e) {
        showError(error, e);
      }
    });
    return form;
  }

  async function roundPage(id, params) {
    const [round, documents, index] = await Promise.all([api.round(id), api.documents(), context.codebooks()]);
    const names = new Map(documents.map((d) => [d.id, d.name]));
    const error = errorBox('round-detail-error');
    const close = round.open ? el('button', {type: 'button', id: 'round-close', class: 'primary',
      text: t('rounds.close'), onclick: async () => {
        try {
          await api.closeRound(round.id, coder());
          await render(['rounds', String(round.id)], params);
        } catch (e) {
          showError(error, e);
        }
      }}) : null;
    replace(root, el('div', {class: 'view-head'}, el('h1', {text: round.name, translate: 'no'}),
        el('a', {href: href(['rounds']), text: t('rounds.back')})),
    el('dl', {class: 'round-facts', id: 'round-detail'},
        el('dt', {text: t('rounds.state')}), el('dd', {id: 'round-state',
          text: round.open ? t('rounds.open') : t('rounds.closed')}),
        el('dt', {text: t('rounds.coders')}), el('dd', {id: 'round-coders-list', text: round.coders.join(', '),
          translate: 'no'}),
        el('dt', {text: t('rounds.documents')}), el('dd', {text: round.documentIds.map((d) => names.get(d))
            .join(', '), translate: 'no'}),
        el('dt', {text: t('rounds.codebook')}), el('dd', {text: index.book(round.codebookId)?.name
            || round.codebookId, translate: 'no'}),
        el('dt', {text: t('rounds.autoCodings')}), el('dd', {text: round.showAuto ? t('rounds.autoShown')
            : t('rounds.autoHidden')}),
        el('dt', {text: t('rounds.consensusCoder')}), el('dd', {text: round.consensusCoder, translate: 'no'})),
    error, close,
    round.open ? el('p', {class: 'round-blind', id: 'round-blind', text: t('rounds.blind')})
      : await agreementPanel(round, index, params));
  }

  async function agreementPanel(round, index, params) {
    const unit = UNITS.includes(params.get('unit')) ? params.get('unit') : 'characters';
    const report = await api.agreement(agreementParams(round, unit));
    const units = el('select', {id: 'agreement-unit'}, UNITS.map((u) => el('option', {value: u,
      text: t('agreement.unit.' + u), selected: u === unit})));
    units.addEventListener('change', () => navigate(['rounds', String(round.id)], {unit: units.value}));
    return el('section', {class: 'agreement', id: 'agreement'},
        el('h2', {text: t('agreement.title')}),
        el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('agreement.unit')}), units),
        el('p', {class: 'hint', text: t('agreement.explain', {min: report.minimumUses})}),
        report.codersWithoutCodings.length ? el('p', {class: 'warning', id: 'agreement-absent'},
            withData('agreement.absent', {coders: report.codersWithoutCodings.join(', ')})) : null,
        agreementTable(round, report, unit), kappaChart(report));
  }

  function agreementTable(round, report, unit) {
    const head = ['agreement.code', 'agreement.uses', 'agreement.units', 'agreement.coders', 'agreement.percent',
      'agreement.kappa', 'agreement.chance', 'agreement.alpha', 'agreement.alphaU', 'agreement.disagreements'];
    const row = (cells, props) => el('tr', props, cells.map((c) => el('td', {}, c)));
    const figures = (f) => [number(f.units), number(f.coders), percent(f.percent), coefficient(kappa(f)),
      chance(kappa(f) ?? f.alpha), coefficient(f.alpha), coefficient(f.alphaU)];
    return el('table', {class: 'agreement-table', id: 'agreement-table'},
        el('thead', {}, el('tr', {}, head.map((k) => el('th', {text: t(k)})))),
        el('tbody', {}, report.codes.map((c) => row([
          el('span', {text: c.name, translate: 'no'}),
          el('span', {}, number(c.totalUses), c.fewUses ? el('span', {class: 'few-uses', title: t('agreement.fewTitle',
              {min: report.minimumUses}), text: ' ' + t('agreement.few')}) : null),
          ...figures(c.figures),
          el('a', {class: 'disagreements-link', href: href(['rounds', String(round.id), 'codes', String(c.id)],
              {unit}), text: t('agreement.show')})], {class: 'agreement-row' + (c.fewUses ? ' rare' : ''),
          dataset: {code: c.id}}))),
        el('tfoot', {}, row([t('agreement.overall'), number(report.overall.totalUses), ...figures(report.overall.figures),
          ''], {class: 'agreement-overall'})));
  }

  /** κ per code as horizontal bars from 0 to 1 (a negative κ draws no bar); CSS only. */
  function kappaChart(report) {
    return el('figure', {class: 'kappa-chart', id: 'kappa-chart'},
        el('figcaption', {text: t('agreement.chart')}),
        report.codes.map((c) => {
          const k = kappa(c.figures)?.value;
          const bar = el('span', {class: 'kappa-bar' + (c.fewUses ? ' rare' : '')});
          bar.style.width = `${Math.max(0, Math.min(1, k ?? 0)) * 100}%`;
          return el('div', {class: 'kappa-line', dataset: {code: c.id}},
              el('span', {class: 'kappa-name', text: c.name, translate: 'no'}),
              el('span', {class: 'kappa-track'}, bar),
              el('span', {class: 'kappa-value', text: coefficient(kappa(c.figures))}));
        }));
  }

  async function disagreementPage(id, codeId, params) {
    const [round, documents] = await Promise.all([api.round(id), api.documents()]);
    const names = new Map(documents.map((d) => [d.id, d.name]));
    const pair = params.get('pair') ? params.get('pair').split('|') : round.coders;
    const document = params.get('document') || '';
    const query = new URLSearchParams({code: codeId, coders: pair.join(','),
      documents: document || round.documentIds.join(',')});
    const [listing, decisions] = await Promise.all([api.disagreements(query), api.decisions(round.id)]);
    const pairs = [];
    for (let a = 0; a < round.coders.length; a++) {
      for (let b = a + 1; b < round.coders.length; b++) {
        pairs.push([round.coders[a], round.coders[b]]);
      }
    }
    const go = (change) => navigate(['rounds', String(round.id), 'codes', String(codeId)],
        {...Object.fromEntries(params), ...change});
    const pairSelect = el('select', {id: 'disagreement-pair'},
        el('option', {value: '', text: t('disagreements.allCoders')}),
        pairs.map((p) => el('option', {value: p.join('|'), text: p.join(' – '),
          selected: params.get('pair') === p.join('|'), translate: 'no'})));
    pairSelect.addEventListener('change', () => go({pair: pairSelect.value}));
    const docSelect = el('select', {id: 'disagreement-document'},
        el('option', {value: '', text: t('disagreements.allDocuments')}),
        round.documentIds.map((d) => el('option', {value: d, text: names.get(d), selected: String(d) === document,
          translate: 'no'})));
    docSelect.addEventListener('change', () => go({document: docSelect.value}));
    const error = errorBox('consensus-error');
    replace(root, el('div', {class: 'view-head'},
        el('h1', {}, t('disagreements.title'), ' ', el('span', {text: listing.name, translate: 'no'})),
        el('a', {href: href(['rounds', String(round.id)]), text: t('disagreements.back')})),
    el('div', {class: 'disagreement-filters'}, el('label', {class: 'field'},
        el('span', {class: 'field-label', text: t('disagreements.pair')}), pairSelect),
    el('label', {class: 'field'}, el('span', {class: 'field-label', text: t('disagreements.document')}), docSelect)),
    el('p', {class: 'disagreement-count', id: 'disagreement-count',
      text: tn('disagreements.count', listing.passages.length)}),
    error,
    el('ol', {class: 'disagreements', id: 'disagreements'}, listing.passages.map((p) =>
      passageItem(round, Number(codeId), listing, p, decisions, error, params))));
  }

  function passageItem(round, codeId, listing, p, decisions, error, params) {
    const decided = decisions.filter((d) => settles(d, p, codeId));
    const decide = async (body) => {
      try {
        await api.decide(round.id, {documentId: p.documentId, codeId, actor: coder(), ...body});
        await render(['rounds', String(round.id), 'codes', String(codeId)], params);
      } catch (e) {
        showError(error, e);
      }
    };
    const start = el('input', {type: 'number', class: 'adjust-start', value: p.span.start, min: 0,
      'aria-label': t('consensus.start')});
    const end = el('input', {type: 'number', class: 'adjust-end', value: p.span.end, min: 1,
      'aria-label': t('consensus.end')});
    return el('li', {class: 'disagreement' + (decided.length ? ' decided' : ''), dataset: {document: p.documentId,
      start: p.span.start, end: p.span.end}},
    el('div', {class: 'disagreement-head'},
        el('span', {class: 'disagreement-document', text: p.document, translate: 'no'}), ' ',
        el('span', {class: 'disagreement-kind', text: t('disagreements.kind.' + p.kind)}), ' ',
        el('a', {class: 'open-reader', href: href(['documents', p.document], {from: p.span.start, to: p.span.end}),
          text: t('disagreements.open')})),
    el('p', {class: 'disagreement-text', translate: 'no'}, el('span', {class: 'context', text: p.before}),
        el('mark', {text: p.text}), el('span', {class: 'context', text: p.after})),
    el('div', {class: 'coder-columns'}, p.coders.map((c) => el('div', {class: 'coder-column',
      dataset: {coder: c.coder}},
    el('h3', {text: c.coder, translate: 'no'}),
    c.codings.length ? c.codings.map((k) => el('div', {class: 'coder-coding'},
        el('q', {text: textOf(p, k.span), translate: 'no'}),
        el('button', {type: 'button', class: 'take', dataset: {coding: k.id},
          onclick: () => decide({decision: 'take', codingId: k.id})}, withData('consensus.take', {coder: c.coder}))))
      : el('p', {class: 'not-coded', text: t('disagreements.notCoded')})))),
    decided.length ? el('p', {class: 'decision'}, decided.map((d) => withData('consensus.decided.' + d.kind,
        {coder: d.takenFrom || '', by: d.decidedBy}))) : null,
    el('div', {class: 'consensus-actions'},
        el('label', {}, t('consensus.start'), ' ', start), el('label', {}, t('consensus.end'), ' ', end),
        el('button', {type: 'button', class: 'adjust', text: t('consensus.adjust'), onclick: () => decide(
            {decision: 'adjust', start: Number(start.value), end: Number(end.value)})}),
        el('button', {type: 'button', class: 'drop', text: t('consensus.drop'), onclick: () => decide(
            {decision: 'drop', start: p.span.start, end: p.span.end})})));
  }

  /** The text of a coding inside a passage (the listing gives the passage's text and span). */
  function textOf(passage, span) {
    const from = Math.max(0, span.start - passage.span.start);
    return passage.text.slice(from, from + (span.end - span.start));
  }

  async function render(path, params) {
    const [, id, what, code] = path;
    if (id === undefined) {
      await listPage();
    } else if (what === 'codes' && code !== undefined) {
      await disagreementPage(id, code, params);
    } else {
      await roundPage(id, params);
    }
  }

  return {
    async mount(target, route) {
      document.title = `${t('rounds.documentTitle')} · Kodetræ`;
      target.append(root);
      await render(route.path, route.params);
    },
    async update(route) {
      await render(route.path, route.params);
    },
  };
}
