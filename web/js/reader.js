// Læser: one transcript as speaker turns. Each turn's text is built from text.slice(span.start, span.end) and
// split into segments (sentences, and the white space between them) that carry data-start/data-end, so that
// offsets.js can map a selection back to document offsets and highlight any [from, to).
// #/documents/A-B1?from=1234&to=1301 highlights that passage (<mark class="passage">) and scrolls to it;
// &match=1240-1250 (repeatable) emphasises the search matches inside it.
// Coding: codings.js draws the codings (codinglayer.js) and handles selection → code picker, undo and review.

import {api} from './api.js';
import {el, number, replace} from './dom.js';
import {t, tn} from './i18n.js';
import {href} from './router.js';
import {ordered} from './attributes.js';
import {clearHighlights, highlight, selectionToOffsets, snapToCodePoints} from './offsets.js';
import {overlapSweep, paintClass, piecesOf} from './codinglayer.js';
import {DRAWN_CODINGS, codingLayer} from './codings.js';

const ROLES = ['interviewer', 'respondent', 'other'];

/** The segments of [start, end): each sentence, and the gaps between them, in order. */
export function segmentSpans(start, end, sentences) {
  const out = [];
  let position = start;
  for (const s of sentences) {
    const from = Math.max(s.span.start, position);
    const to = Math.min(s.span.end, end);
    if (to <= from) {
      continue;
    }
    if (from > position) {
      out.push({start: position, end: from, kind: 'gap'});
    }
    out.push({start: from, end: to, kind: 'sentence', id: s.id});
    position = to;
  }
  if (position < end) {
    out.push({start: position, end, kind: 'gap'});
  }
  return out;
}

/** One segment's element; where codings cover its text, the text is cut into painted pieces. */
function segmentElement(text, span, codings) {
  const node = document.createElement('span');
  node.className = 'seg ' + span.kind;
  node.dataset.start = span.start;
  node.dataset.end = span.end;
  if (span.id !== undefined) {
    node.dataset.sentence = span.id;
  }
  if (!codings.length) {
    node.textContent = text.slice(span.start, span.end);
    return node;
  }
  for (const piece of piecesOf(span.start, span.end, codings)) {
    const part = text.slice(piece.start, piece.end);
    if (piece.codings.length === 0) {
      node.append(part);
    } else {
      const mark = document.createElement('mark');
      mark.className = 'coded ' + paintClass(piece.codings);
      mark.dataset.codings = piece.codings.map((c) => c.id).join(' ');
      mark.textContent = part;
      node.append(mark);
    }
  }
  return node;
}

function textElement(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** codings: those overlapping the turn, sorted by start. */
function turnElement(text, turn, sentences, codings) {
  const role = ROLES.includes(turn.role) ? turn.role : 'other';
  const meta = document.createElement('div');
  meta.className = 'turn-meta';
  meta.translate = false;
  const speaker = textElement('span', 'speaker', turn.speaker);
  speaker.title = t(`role.${role}`);
  meta.append(speaker);
  if (turn.timestamp) {
    meta.append(textElement('span', 'timestamp', turn.timestamp));
  }
  const body = document.createElement('div');
  body.className = 'turn-text';
  body.dataset.start = turn.span.start;
  body.dataset.end = turn.span.end;
  const inSegment = overlapSweep(codings);
  for (const span of segmentSpans(turn.span.start, turn.span.end, sentences)) {
    body.append(segmentElement(text, span, inSegment(span.start, span.end)));
  }
  const node = document.createElement('article');
  // Text before the first speaker tag (a title, a date) comes as a turn without a speaker.
  node.className = 'turn turn-' + role + (turn.speaker === '' ? ' turn-untagged' : '');
  node.dataset.turn = turn.seq;
  node.dataset.role = role;
  node.append(meta, body);
  return node;
}

function sentencesByTurn(sentences) {
  const byTurn = new Map();
  for (const s of sentences) {
    if (!byTurn.has(s.turnSeq)) {
      byTurn.set(s.turnSeq, []);
    }
    byTurn.get(s.turnSeq).push(s);
  }
  byTurn.forEach((list) => list.sort((a, b) => a.span.start - b.span.start));
  return byTurn;
}

/**
 * Draws doc's transcript, again each time its codings change, and returns it: codings [{id, start, end, lane,
 * color, auto, …}] sorted by start. The first drawing builds every turn; later ones build again only the turns
 * whose codings are not exactly the same as before, so that the others keep their layout, their code margin and
 * the reader's place in a long transcript.
 */
export function transcriptDrawer(doc) {
  const sentences = sentencesByTurn(doc.sentences);
  const root = el('div', {class: 'transcript', id: 'transcript', lang: doc.language || 'da', translate: 'no'});
  const drawn = [];
  return (codings) => {
    const inTurn = overlapSweep(codings);
    doc.turns.forEach((turn, i) => {
      const mine = inTurn(turn.span.start, turn.span.end);
      if (drawn[i] && sameDrawings(drawn[i].codings, mine)) {
        return;
      }
      const node = turnElement(doc.text, turn, sentences.get(turn.seq) || [], mine);
      if (drawn[i]) {
        drawn[i].node.replaceWith(node);
      } else {
        root.append(node);
      }
      drawn[i] = {codings: mine, node};
    });
    return root;
  };
}

/** Whether two lists of codings as drawn (flat objects) look the same, field by field. */
function sameDrawings(a, b) {
  return a.length === b.length && a.every((coding, i) => {
    const other = b[i];
    const keys = Object.keys(coding);
    return keys.length === Object.keys(other).length && keys.every((key) => coding[key] === other[key]);
  });
}

function renderHeader(doc) {
  const attributes = ordered(Object.keys(doc.attributes).map((name) => ({name})));
  return el('header', {class: 'reader-head'},
      el('a', {class: 'back', href: href(['documents']), text: '← ' + t('nav.documents')}),
      el('h1', {text: doc.name, translate: 'no'}),
      el('dl', {class: 'attributes'},
          attributes.map((a) => el('div', {class: 'attribute', dataset: {attribute: a.name}, translate: 'no'},
              el('dt', {text: a.name}), el('dd', {text: doc.attributes[a.name]}))),
          el('div', {class: 'attribute'}, el('dt', {text: t('reader.language')}),
              el('dd', {text: doc.language, translate: 'no'}))),
      el('p', {class: 'counts'}, [
        tn('count.turns', doc.turns.length),
        tn('count.sentences', doc.sentences.length),
        tn('count.characters', doc.text.length),
      ].join(' · ')),
      speakerLegend(doc.turns));
}

/**
 * What the speaker labels in the margin mean: each label of this transcript (I, R, M or any configured tag or
 * [name]) with its role and number of turns, in order of first appearance.
 */
export function speakerLegend(turns) {
  const speakers = new Map();
  for (const turn of turns) {
    const role = ROLES.includes(turn.role) ? turn.role : 'other';
    const entry = speakers.get(turn.speaker) ?? {role, turns: 0};
    entry.turns += 1;
    speakers.set(turn.speaker, entry);
  }
  return el('dl', {class: 'speaker-legend', id: 'speaker-legend', 'aria-label': t('reader.legend')},
      el('span', {class: 'speaker-legend-title', text: t('reader.legend')}),
      [...speakers].map(([speaker, {role, turns: n}]) => el('div', {class: 'speaker-legend-item',
        dataset: {speaker, role}},
      el('dt', {class: 'speaker role-' + role, text: speaker || '–', translate: 'no'}),
      el('dd', {text: `${t(speaker ? `role.${role}` : 'reader.untagged')} (${tn('count.turns', n)})`}))));
}

/** {from, to, matches} from the route, or null when it names no valid passage of text. */
function passageOf(params, text) {
  if (!params.has('from') || !params.has('to')) {
    return null;
  }
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > text.length) {
    return {invalid: true};
  }
  const matches = params.getAll('match').map((m) => m.split('-').map(Number))
      .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && from <= a && a < b && b <= to);
  return {...snapToCodePoints(text, from, to), matches};
}

/** Where the codings to draw start: at the route's passage, if it names one. */
function pageStart(params) {
  const from = Number(params.get('from'));
  return Number.isInteger(from) && from > 0 ? from : 0;
}

export function readerView(context) {
  let doc = null;
  let transcript = null;
  const passageBar = el('div', {class: 'passage-bar', hidden: true});
  const selectionBar = el('div', {class: 'selection-bar', id: 'selection-info', hidden: true});

  function showPassage(route, scroll = true) {
    clearHighlights(transcript, 'match');
    clearHighlights(transcript, 'passage');
    passageBar.hidden = true;
    const passage = passageOf(route.params, doc.text);
    if (!passage) {
      return;
    }
    if (passage.invalid) {
      context.notify(t('reader.noPassage', {from: route.params.get('from'), to: route.params.get('to'),
        document: doc.name}));
      return;
    }
    const marks = highlight(transcript, passage.from, passage.to, 'passage');
    for (const [a, b] of passage.matches) {
      highlight(transcript, a, b, 'match');
    }
    replace(passageBar,
        el('span', {}, el('strong', {text: doc.name, translate: 'no'}),
            ' · ', t('reader.passageMarked', {from: passage.from, to: passage.to})),
        el('a', {href: href(['documents', doc.name]), text: t('reader.unmark')}));
    passageBar.hidden = false;
    if (marks.length && scroll) {
      marks[0].scrollIntoView({block: 'center'});
    }
  }

  // Selecting text shows its offsets, a link to it and the way to code it.
  function onSelection() {
    const range = transcript && selectionToOffsets(transcript);
    selectionBar.hidden = !range;
    if (range) {
      replace(selectionBar,
          el('span', {text: t('reader.selection', {from: range.start, to: range.end,
            length: tn('count.characters', range.end - range.start)})}),
          el('button', {type: 'button', class: 'link-button', id: 'code-selection', text: t('reader.codeSelection'),
            onmousedown: (e) => e.preventDefault(), onclick: () => layer?.pickForSelection()}),
          el('a', {href: href(['documents', doc.name], {from: range.start, to: range.end}),
            text: t('reader.linkSelection')}));
    }
  }

  let layer = null;
  let lastRoute = null;

  async function load(target, route) {
    const name = route.path[1];
    // The codings are asked for together with the document, not after it.
    const [loaded, index, codings] = await Promise.all([api.document(name), context.codebooks(),
      api.codingPage(name, pageStart(route.params), DRAWN_CODINGS)]);
    doc = loaded;
    document.title = `${doc.name} · ${t('nav.reader')} · Kodetræ`;
    layer?.destroy();
    let first = true;
    layer = codingLayer(context, doc, index, {
      render: transcriptDrawer(doc),
      placed(node) {
        transcript = node;
        if (!first) {
          showPassage(lastRoute, false);
        }
      },
    });
    replace(target, el('section', {class: 'reader-view', dataset: {document: doc.name}},
        renderHeader(doc), layer.toolbar, passageBar, layer.body, selectionBar));
    lastRoute = route;
    await layer.refresh(codings);
    first = false;
    showPassage(route);
  }

  let container = null;
  return {
    async mount(target, route) {
      container = target;
      document.addEventListener('selectionchange', onSelection);
      await load(target, route);
    },
    async update(route) {
      lastRoute = route;
      if (doc && route.path[1] === doc.name) {
        await layer.drawFrom(pageStart(route.params));
        showPassage(route);
      } else {
        selectionBar.hidden = true;
        await load(container, route);
      }
    },
    unmount() {
      document.removeEventListener('selectionchange', onSelection);
      layer?.destroy();
    },
  };
}
