// Læser: one transcript as speaker turns. Each turn's text is built from text.slice(span.start, span.end) and
// split into segments (sentences, and the white space between them) that carry data-start/data-end, so that
// offsets.js can map a selection back to document offsets and highlight any [from, to).
// #/documents/A-B1?from=1234&to=1301 highlights that passage (<mark class="passage">) and scrolls to it;
// &match=1240-1250 (repeatable) emphasises the search matches inside it.
// Coding: codings.js draws the codings (codinglayer.js) and handles selection → code picker, undo and review.

import {api} from './api.js';
import {count, el, number, replace} from './dom.js';
import {href} from './router.js';
import {ordered} from './attributes.js';
import {clearHighlights, highlight, selectionToOffsets, snapToCodePoints} from './offsets.js';
import {paint, piecesOf} from './codinglayer.js';
import {codingLayer} from './codings.js';

const ROLE_LABELS = {interviewer: 'Interviewer', respondent: 'Respondent', other: 'Anden'};

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

function segment(text, span, sorted) {
  const node = el('span', {class: 'seg ' + span.kind, dataset: {start: span.start, end: span.end,
    sentence: span.id}});
  if (!sorted.length) {
    node.textContent = text.slice(span.start, span.end);
    return node;
  }
  for (const piece of piecesOf(span.start, span.end, sorted)) {
    const part = text.slice(piece.start, piece.end);
    if (piece.codings.length === 0) {
      node.append(part);
    } else {
      const mark = document.createElement('mark');
      mark.className = 'coded';
      mark.dataset.codings = piece.codings.map((c) => c.id).join(' ');
      mark.textContent = part;
      paint(mark, piece.codings);
      node.append(mark);
    }
  }
  return node;
}

function renderTurn(doc, turn, sentences, codings) {
  const role = ROLE_LABELS[turn.role] ? turn.role : 'other';
  // Text before the first speaker tag (a title, a date) comes as a turn without a speaker.
  const untagged = turn.speaker === '' ? ' turn-untagged' : '';
  const meta = el('div', {class: 'turn-meta'},
      el('span', {class: 'speaker', title: ROLE_LABELS[role], text: turn.speaker}),
      turn.timestamp ? el('span', {class: 'timestamp', text: turn.timestamp}) : null);
  const body = el('div', {class: 'turn-text', dataset: {start: turn.span.start, end: turn.span.end}},
      segmentSpans(turn.span.start, turn.span.end, sentences).map((s) => segment(doc.text, s,
          codings.filter((c) => c.start < s.end && s.start < c.end))));
  return el('article', {class: 'turn turn-' + role + untagged, dataset: {turn: turn.seq, role}}, meta, body);
}

/** codings: [{id, start, end, lane, color, auto}] sorted by start. */
export function renderTranscript(doc, codings = []) {
  const byTurn = new Map();
  for (const s of doc.sentences) {
    if (!byTurn.has(s.turnSeq)) {
      byTurn.set(s.turnSeq, []);
    }
    byTurn.get(s.turnSeq).push(s);
  }
  byTurn.forEach((list) => list.sort((a, b) => a.span.start - b.span.start));
  return el('div', {class: 'transcript', id: 'transcript', lang: doc.language || 'da'},
      doc.turns.map((t) => renderTurn(doc, t, byTurn.get(t.seq) || [],
          codings.filter((c) => c.start < t.span.end && t.span.start < c.end))));
}

function renderHeader(doc) {
  const attributes = ordered(Object.keys(doc.attributes).map((name) => ({name})));
  return el('header', {class: 'reader-head'},
      el('a', {class: 'back', href: href(['documents']), text: '← Dokumenter'}),
      el('h1', {text: doc.name}),
      el('dl', {class: 'attributes'},
          attributes.map((a) => el('div', {class: 'attribute', dataset: {attribute: a.name}},
              el('dt', {text: a.name}), el('dd', {text: doc.attributes[a.name]}))),
          el('div', {class: 'attribute'}, el('dt', {text: 'sprog'}), el('dd', {text: doc.language}))),
      el('p', {class: 'counts'}, [
        count(doc.turns.length, 'tur', 'ture'),
        count(doc.sentences.length, 'sætning', 'sætninger'),
        count(doc.text.length, 'tegn', 'tegn'),
      ].join(' · ')));
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
      context.notify(`Passagen ${route.params.get('from')}–${route.params.get('to')} findes ikke i ${doc.name}.`);
      return;
    }
    const marks = highlight(transcript, passage.from, passage.to, 'passage');
    for (const [a, b] of passage.matches) {
      highlight(transcript, a, b, 'match');
    }
    replace(passageBar,
        el('span', {}, el('strong', {text: doc.name}),
            ` · passage ${number(passage.from)}–${number(passage.to)} markeret`),
        el('a', {href: href(['documents', doc.name]), text: 'Fjern markering'}));
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
          el('span', {text: `Markering ${number(range.start)}–${number(range.end)} (${count(range.end - range.start,
              'tegn', 'tegn')})`}),
          el('button', {type: 'button', class: 'link-button', id: 'code-selection', text: 'Kod markeringen …',
            onmousedown: (e) => e.preventDefault(), onclick: () => layer?.pickForSelection()}),
          el('a', {href: href(['documents', doc.name], {from: range.start, to: range.end}),
            text: 'Link til markeringen'}));
    }
  }

  let layer = null;
  let lastRoute = null;

  async function load(target, route) {
    const name = route.path[1];
    const [loaded, index] = await Promise.all([api.document(name), context.codebooks()]);
    doc = loaded;
    document.title = `${doc.name} · Læser · Kodetræ`;
    layer?.destroy();
    let first = true;
    layer = codingLayer(context, doc, index, {
      render: (codings) => renderTranscript(doc, codings),
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
    await layer.refresh();
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
