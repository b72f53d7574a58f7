// Coding in the reader: fetches the document's codings, renders the transcript with them (codinglayer.js) and a
// margin of code labels beside each turn (codemargin.js), and handles the coding actions: selection → code picker
// (optionally snapped to words or sentences), in-vivo codes, clicking a coding to remove, adjust, accept or reject
// it, review of all auto codings in the document, and undo/redo (buttons, Ctrl+Z, Ctrl+Shift+Z) of the current
// coder's own actions: before acting, the page says what the next undo and redo would do (from the server's
// history of this coder's actions, codebook edits included), and after, what was done. Every action is sent to the server and the codings are fetched again from its answer; the
// turns whose codings changed are drawn again.

import {api} from './api.js';
import {el, number, replace} from './dom.js';
import {errorText, locale, t, tn} from './i18n.js';
import {coder} from './coder.js';
import {href} from './router.js';
import {assignLabelTurns, assignLanes, isUnreviewed} from './codinglayer.js';
import {codeMargins} from './codemargin.js';
import {selectionToOffsets, snapToCodePoints} from './offsets.js';
import {closePicker, openPicker} from './picker.js';

const SNAP_KEY = 'kodetrae.snap';
/**
 * At most this many codings are fetched and drawn at a time: a document with 200,000 took the reader over 100 s
 * (51 MB of JSON, then every piece of text painted). The rest are counted in the status and drawn when a passage
 * among them is opened.
 */
export const DRAWN_CODINGS = 20000;
const RENDER_MEASURE = 'kodetrae reader render';
const PALETTE = ['#e07a5f', '#3d8eb9', '#81b29a', '#f2cc8f', '#9b72cf', '#d16ba5', '#5fa8a0', '#c9a227'];

const wordChar = /[\p{L}\p{N}\p{M}'’-]/u;

/**
 * Calls back with the time at which the next frame has been painted: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint, and a message posted from it is handled once the frame is done.
 */
function afterNextPaint(callback) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });
}

/** Where a coding came from: "manuel", "auto" or "importeret fra NVivo". */
export function originText(coding) {
  return t(`reader.origin.${coding.origin}`, {tool: coding.source});
}

/** The rule that made an auto coding, as it was applied. */
function ruleText(coding) {
  return t('reader.rule', {version: String(coding.ruleVersion), rule: coding.rule});
}

/** What a reviewer decided about an auto coding: "ikke gennemgået", "godkendt af bo 08.12.2026 02.10" … */
export function reviewText(coding) {
  if (coding.reviewState === 'unreviewed') {
    return t('reader.review.unreviewed');
  }
  const at = new Intl.DateTimeFormat(locale(), {dateStyle: 'short', timeStyle: 'short'})
      .format(new Date(coding.reviewedAt));
  return t(`reader.review.${coding.reviewState}`, {reviewer: coding.reviewer, at});
}

/** A step of the undo history in words: "afvisning af 'Tillid' i A-B1". */
export function stepText(step) {
  const about = step.about || {};
  const params = {code: about.code ?? '', into: about.into ?? '', n: about.count};
  const many = step.action === 'add' && about.count > 1;
  const what = step.action.endsWith('-all') ? tn(`step.${step.action}`, about.count, params)
    : t(many ? 'step.addMany' : `step.${step.action}`, params);
  return about.document ? t('step.inDocument', {step: what, document: about.document}) : what;
}

/** Whether undoing or redoing the step changed the codebook, which the page then reads again. */
function touchesCodes(step) {
  return Boolean(step) && (step.action.startsWith('code-') || step.action === 'autocode');
}

/** Widens [start, end) to whole words of text (letters, digits, apostrophes and hyphens). */
export function snapToWords(text, start, end) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) {
    s++;
  }
  while (e > s && /\s/.test(text[e - 1])) {
    e--;
  }
  while (s > 0 && wordChar.test(text[s - 1]) && wordChar.test(text[s])) {
    s--;
  }
  while (e < text.length && wordChar.test(text[e]) && wordChar.test(text[e - 1])) {
    e++;
  }
  return snapToCodePoints(text, s, e);
}

/** Widens [start, end) to the sentences it touches. */
export function snapToSentences(sentences, start, end) {
  let s = start;
  let e = end;
  for (const sentence of sentences) {
    if (sentence.span.start < end && start < sentence.span.end) {
      s = Math.min(s, sentence.span.start);
      e = Math.max(e, sentence.span.end);
    }
  }
  return {from: s, to: e};
}

/**
 * reader: {render(codingsForDrawing) → transcript element (the same one each time, drawn again where the codings
 * changed), placed(transcript)} — the reader draws, this module decides what and handles the actions.
 */
export function codingLayer(context, doc, index, reader) {
  let codings = [];
  let page = {total: 0, from: 0, to: doc.text.length};
  let transcript = null;
  let adjusting = null;
  const margins = codeMargins();
  const body = el('div', {class: 'coded-transcript'});
  const status = el('span', {class: 'coding-status', id: 'coding-status'});
  const undoButton = el('button', {type: 'button', id: 'undo', title: t('codings.undoTitle'), text: t('codings.undo')});
  const redoButton = el('button', {type: 'button', id: 'redo', title: t('codings.redoTitle'), text: t('codings.redo')});
  const undoHint = el('span', {class: 'undo-hint', id: 'undo-hint'});
  const acceptAll = el('button', {type: 'button', id: 'accept-all', text: t('codings.acceptAll')});
  const rejectAll = el('button', {type: 'button', id: 'reject-all', text: t('codings.rejectAll')});
  const snapSelect = el('select', {id: 'snap', 'aria-label': t('codings.snap')},
      ['', 'word', 'sentence'].map((v) =>
        el('option', {value: v, text: t(`codings.snap.${v || 'asSelected'}`), selected: (localStorage.getItem(SNAP_KEY) || '') === v})));
  snapSelect.addEventListener('change', () => localStorage.setItem(SNAP_KEY, snapSelect.value));
  const adjustBar = el('div', {class: 'adjust-bar', id: 'adjust-bar', hidden: true});
  const toolbar = el('div', {class: 'coding-toolbar', id: 'coding-toolbar'},
      status,
      el('label', {class: 'snap'}, t('codings.snapTo'), ' ', snapSelect),
      el('span', {class: 'toolbar-group'}, undoButton, redoButton, undoHint),
      el('span', {class: 'toolbar-group review-group'}, acceptAll, rejectAll));

  const codeOf = (coding) => index.code(coding.codeId);

  /** Draws the page of codings given ({total, from, to, codings}), or else the one the server has now. */
  async function refresh(known) {
    page = known ?? await api.codingPage(doc.name, page.from, DRAWN_CODINGS);
    codings = page.codings;
    draw();
    await showHistory();
  }

  /** Says on the buttons (and beside them) what an undo and a redo would do now. */
  async function showHistory() {
    let next;
    try {
      next = await api.history(coder());
    } catch (e) {
      return;
    }
    undoButton.title = next.undo ? `${t('reader.undo.next', {step: stepText(next.undo)})} (Ctrl+Z)` : t('reader.undo.none');
    redoButton.title = next.redo ? `${t('reader.redo.next', {step: stepText(next.redo)})} (Ctrl+Shift+Z)`
      : t('reader.redo.none');
    undoHint.textContent = next.undo ? t('reader.undo.next', {step: stepText(next.undo)}) : '';
    undoHint.title = undoHint.textContent;
  }

  // Everything that a coding's look depends on: the reader draws a turn again when any of it changes.
  function drawing(coding) {
    const code = codeOf(coding);
    const auto = isUnreviewed(coding);
    return {id: coding.id, start: coding.span.start, end: coding.span.end, color: code.color, auto,
      codeId: code.id, name: code.name, title: `${code.name} · ${originText(coding)} · ${coding.coder}`};
  }

  function draw() {
    const started = performance.now();
    const drawn = codings.filter((c) => codeOf(c)).map(drawing);
    assignLanes(drawn);
    assignLabelTurns(drawn, doc.turns);
    transcript = reader.render(drawn);
    delete transcript.dataset.renderMs;
    if (transcript.parentNode !== body) {
      replace(body, transcript);
    }
    margins.track(transcript, drawn);
    transcript.dataset.codings = String(drawn.length);
    reader.placed(transcript);
    recordRenderTime(transcript, started);
    const autos = codings.filter(isUnreviewed).length;
    const hidden = page.total - codings.length;
    status.textContent = tn('count.codings', page.total) + (autos ? ` · ${number(autos)} auto` : '')
      + (hidden > 0 ? ` · ${t('codings.notDrawn', {hidden: number(hidden), drawn: number(codings.length),
        from: number(page.from), to: number(page.to)})}` : '');
    acceptAll.disabled = rejectAll.disabled = autos === 0;
  }

  // Until the first frame painted after the draw, so that style, layout and paint count too. The time is kept as
  // data-render-ms and as a performance measure, which also says when that frame was painted.
  function recordRenderTime(node, started) {
    afterNextPaint((painted) => {
      node.dataset.renderMs = (painted - started).toFixed(1);
      performance.measure(RENDER_MEASURE, {start: started, end: painted});
    });
  }

  // ---------- actions ----------

  async function act(work, message) {
    try {
      const result = await work();
      await refresh();
      if (message) {
        context.notify('');
        flash(typeof message === 'function' ? message(result) : message);
      }
      return result;
    } catch (e) {
      context.notify(errorText(e));
      return null;
    }
  }

  function flash(text) {
    status.dataset.flash = text;
    status.textContent = `${status.textContent} · ${text}`;
  }

  function snapped(range) {
    const mode = snapSelect.value;
    if (mode === 'word') {
      const r = snapToWords(doc.text, range.start, range.end);
      return {start: r.from, end: r.to};
    }
    if (mode === 'sentence') {
      const r = snapToSentences(doc.sentences, range.start, range.end);
      return {start: r.from, end: r.to};
    }
    return range;
  }

  function selectionRect() {
    const selection = document.getSelection();
    return selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
  }

  /** Opens the picker for the current selection (or applies an adjustment when one is pending). */
  function pickForSelection() {
    const range = transcript && selectionToOffsets(transcript);
    if (!range) {
      return;
    }
    if (adjusting) {
      const coding = adjusting;
      endAdjust();
      const r = snapped(range);
      act(() => api.adjustCoding(coding.id, {start: r.start, end: r.end, coder: coder()}), t('codings.adjusted'));
      return;
    }
    const rect = selectionRect();
    const book = index.current();
    if (!book) {
      context.notify(t('codings.noCodebook'));
      return;
    }
    openPicker({
      index, book, anchor: rect, title: t('codings.codeSelection'),
      inVivo: doc.text.slice(range.start, range.end),
      onBook: (id) => index.choose(id),
      onPick: (code) => {
        const r = snapped(range);
        index.choose(code.codebookId);
        act(() => api.addCoding({documentId: doc.id, codeId: code.id, start: r.start, end: r.end, coder: coder()}),
            t('codings.coded', {code: code.name}));
        document.getSelection().removeAllRanges();
      },
      onCreate: async (bookId, name, parentId) => {
        const r = snapped(range);
        try {
          const code = await api.createCode(bookId, {parentId, name,
            color: PALETTE[Math.floor(Math.random() * PALETTE.length)], actor: coder()});
          context.codesChanged();
          index = await context.codebooks();
          await act(() => api.addCoding({documentId: doc.id, codeId: code.id, start: r.start, end: r.end,
            coder: coder()}), t('codings.newCode', {code: code.name}));
          document.getSelection().removeAllRanges();
        } catch (e) {
          context.notify(errorText(e));
        }
      },
    });
  }

  function startAdjust(coding) {
    adjusting = coding;
    closePopover();
    replace(adjustBar, el('span', {text: t('codings.markNew', {code: codeOf(coding).name})}),
        el('button', {type: 'button', class: 'link-button', text: t('codings.cancel'), onclick: endAdjust}));
    adjustBar.hidden = false;
  }

  function endAdjust() {
    adjusting = null;
    adjustBar.hidden = true;
  }

  // ---------- the popover for clicked codings ----------

  let popover = null;

  function closePopover() {
    popover?.remove();
    popover = null;
  }

  function showCodings(list, rect) {
    closePopover();
    closePicker();
    const rows = list.map((coding) => {
      const code = codeOf(coding);
      const dot = el('span', {class: 'dot'});
      dot.style.background = code.color;
      const unreviewed = isUnreviewed(coding);
      const auto = coding.origin === 'auto';
      const text = doc.text.slice(coding.span.start, coding.span.end);
      const buttons = [
        unreviewed ? el('button', {type: 'button', class: 'accept primary', text: t('codings.accept'),
          onclick: () => review('accept', coding)}) : null,
        auto ? el('button', {type: 'button', class: 'reject', text: t('codings.reject'), onclick: () => review('reject', coding)})
          : el('button', {type: 'button', class: 'remove', text: t('codings.remove'), onclick: () => {
            closePopover();
            act(() => api.removeCoding(coding.id, coder()), t('codings.removed', {code: code.name}));
          }}),
        el('button', {type: 'button', class: 'extend', text: t('codings.extend'), onclick: () => {
          closePopover();
          const r = snapToSentences(doc.sentences, coding.span.start, coding.span.end);
          act(() => api.adjustCoding(coding.id, {start: r.from, end: r.to, coder: coder()}), t('codings.extended'));
        }}),
        el('button', {type: 'button', class: 'adjust', text: t('codings.adjust'), onclick: () => startAdjust(coding)}),
      ];
      return el('li', {class: 'coding-row', dataset: {coding: coding.id, code: code.id}},
          el('div', {class: 'coding-title'}, dot,
              el('a', {href: href(['codes', String(code.id)]), text: code.name, translate: 'no'}),
              el('span', {class: `origin ${coding.origin}`, text: originText(coding)}),
              el('span', {class: 'muted', translate: 'no',
                text: `${coding.coder} · ${number(coding.span.start)}–${number(coding.span.end)}`})),
          auto ? el('p', {class: 'coding-provenance muted', text: ruleText(coding)}) : null,
          auto ? el('p', {class: `coding-review ${coding.reviewState}`, text: reviewText(coding)}) : null,
          el('p', {class: 'coding-text', translate: 'no', text: text.length > 160 ? text.slice(0, 159) + '…' : text}),
          el('div', {class: 'coding-actions'}, buttons));
    });
    popover = el('div', {class: 'coding-popover', id: 'coding-popover', role: 'dialog', 'aria-label': t('codings.label')},
        el('ul', {}, rows));
    document.body.append(popover);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - popover.offsetWidth - 8));
    let top = rect.bottom + 6;
    if (top + popover.offsetHeight > window.innerHeight - 8) {
      top = Math.max(8, rect.top - popover.offsetHeight - 6);
    }
    popover.style.left = `${left + window.scrollX}px`;
    popover.style.top = `${top + window.scrollY}px`;
  }

  function review(decision, coding) {
    closePopover();
    act(() => api.review({decision, codingIds: [coding.id], reviewer: coder()}),
        t(decision === 'accept' ? 'codings.accepted' : 'codings.rejected'));
  }

  function reviewAll(decision) {
    const autos = codings.filter(isUnreviewed).length;
    if (!window.confirm(t(decision === 'accept' ? 'codings.confirmAcceptAll' : 'codings.confirmRejectAll',
        {n: autos, document: doc.name}))) {
      return;
    }
    act(() => api.review({decision, documentId: doc.id, reviewer: coder()}),
        (r) => `${number(r.accepted ?? r.rejected ?? 0)} ${t(decision === 'accept' ? 'codings.accepted' : 'codings.rejected')}`);
  }

  // Undo and redo walk the coder's whole history, codebook edits included: the codebook is read again when a
  // step changed it, before the codings are drawn.
  async function walk(request) {
    const result = await request(coder());
    if (touchesCodes(result.step)) {
      context.codesChanged();
      index = await context.codebooks();
    }
    return result;
  }

  function undo() {
    act(() => walk(api.undo),
        (r) => r.step ? t('reader.undone', {step: stepText(r.step)}) : t('reader.undo.nothing'));
  }

  function redo() {
    act(() => walk(api.redo),
        (r) => r.step ? t('reader.redone', {step: stepText(r.step)}) : t('reader.redo.nothing'));
  }

  undoButton.addEventListener('click', undo);
  redoButton.addEventListener('click', redo);
  acceptAll.addEventListener('click', () => reviewAll('accept'));
  rejectAll.addEventListener('click', () => reviewAll('reject'));

  function onKey(e) {
    if (!(e.ctrlKey || e.metaKey) || e.target.closest?.('input, textarea, select')) {
      return;
    }
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      redo();
    }
  }

  function onMouseUp(e) {
    if (e.button !== 0 || e.target.closest('.picker, .coding-popover')) {
      return;
    }
    // Let the selection settle before reading it.
    setTimeout(() => {
      const range = transcript && selectionToOffsets(transcript);
      if (range) {
        pickForSelection();
      } else {
        const mark = e.target.closest?.('mark.coded');
        if (mark && transcript.contains(mark)) {
          const ids = mark.dataset.codings.split(' ').map(Number);
          showCodings(codings.filter((c) => ids.includes(c.id)), mark.getBoundingClientRect());
        }
      }
    }, 0);
  }

  function onDocumentDown(e) {
    if (popover && !popover.contains(e.target)) {
      closePopover();
    }
  }

  body.addEventListener('mouseup', onMouseUp);
  body.addEventListener('click', (e) => {
    const label = e.target.closest('.margin-label');
    const coding = label && codings.find((c) => c.id === Number(label.dataset.coding));
    if (coding) {
      showCodings([coding], label.getBoundingClientRect());
    }
  });
  document.addEventListener('keydown', onKey);
  document.addEventListener('mousedown', onDocumentDown);

  return {
    toolbar: el('div', {class: 'coding-bars'}, toolbar, adjustBar),
    body,
    refresh,
    /** Draws the codings from offset on, unless all the codings there are drawn already. */
    async drawFrom(offset) {
      if (page.total > codings.length && (offset < page.from || offset >= page.to)) {
        await refresh(await api.codingPage(doc.name, offset, DRAWN_CODINGS));
      }
    },
    pickForSelection,
    destroy() {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDocumentDown);
      margins.stop();
      closePopover();
      closePicker();
    },
  };
}
