// The code margin beside each turn of the reader: a bar for every coding in the turn, from its first to its last
// line there (from the turn's top or to its bottom when the coding goes on in the turn before or after), and a
// label with the code's name in the turn where the coding begins. A turn's margin is laid out when the turn itself
// is: when it is first rendered, and again whenever its text changes size (a narrower window). Turns off screen
// are not rendered at all (content-visibility: auto in style.css), so a long transcript costs only the margins in
// sight, and no layout of the whole transcript is ever forced.

import {layoutMargin} from './codinglayer.js';

const LABEL_HEIGHT = 20;
const BAR_GAP = 6;
const MAX_BAR_LANES = 8;

/**
 * Margins for the turns of a transcript. track(transcript, codings) after each drawing: codings [{id, start, end,
 * labelTurn, color, auto, codeId, name, title}] as drawn, labelTurn being the seq of the turn that shows the label.
 */
export function codeMargins() {
  let byId = new Map();
  const observed = new WeakSet();
  // Resize observations are delivered after layout and before paint: a margin is in the very frame its turn is.
  const observer = new ResizeObserver((entries) => layOut(entries.map((e) => e.target)));

  function layOut(texts) {
    for (const gone of texts.filter((text) => !text.isConnected)) {
      observer.unobserve(gone);
    }
    // All measuring first, then all writing: one layout for all the turns rendered in this frame.
    const plans = texts.filter((text) => text.isConnected).map((text) => measure(text, byId));
    plans.forEach(drawMargin);
  }

  return {
    track(transcript, codings) {
      byId = new Map(codings.map((c) => [c.id, c]));
      // Turns drawn again are new elements; the others keep their margin.
      for (const text of transcript.querySelectorAll('.turn-text')) {
        if (!observed.has(text) && text.querySelector('mark.coded')) {
          observed.add(text);
          observer.observe(text);
        }
      }
    },
    stop() {
      observer.disconnect();
    },
  };
}

/** The turn of a .turn-text and its margin entries [{id, top, bottom, labelled}], in pixels from the turn's top. */
function measure(text, byId) {
  const turn = text.closest('.turn');
  const box = turn.getBoundingClientRect();
  const extents = new Map();
  for (const mark of text.querySelectorAll('mark.coded')) {
    const rect = mark.getBoundingClientRect();
    for (const id of mark.dataset.codings.split(' ')) {
      const extent = extents.get(id);
      if (extent) {
        extent.bottom = rect.bottom - box.top;
      } else {
        extents.set(id, {top: rect.top - box.top, bottom: rect.bottom - box.top});
      }
    }
  }
  const seq = Number(turn.dataset.turn);
  const start = Number(text.dataset.start);
  const end = Number(text.dataset.end);
  const items = [];
  for (const [id, extent] of extents) {
    const coding = byId.get(Number(id));
    items.push({
      id: coding.id,
      top: coding.start < start ? 0 : extent.top,
      bottom: coding.end > end ? box.height : extent.bottom,
      labelled: coding.labelTurn === seq,
      coding,
    });
  }
  return {turn, items};
}

function drawMargin({turn, items}) {
  const {bars, labels, lanes} = layoutMargin(items, LABEL_HEIGHT);
  const margin = document.createElement('div');
  margin.className = 'code-margin';
  // Plain createElement and one cssText per node: cheap enough to lay out many turns in one frame.
  for (const bar of bars) {
    margin.append(barElement(bar));
  }
  const labelLeft = Math.min(lanes, MAX_BAR_LANES) * BAR_GAP + 6;
  for (const label of labels) {
    margin.append(labelElement(label, labelLeft));
  }
  turn.querySelector(':scope > .code-margin')?.remove();
  turn.append(margin);
  // Labels pushed below each other may need more room than the turn's text; the turn grows rather than letting
  // them run into the next turn's labels.
  turn.style.minHeight = labels.length ? `${labels[labels.length - 1].y + LABEL_HEIGHT}px` : '';
}

function barElement(bar) {
  const node = document.createElement('span');
  node.className = bar.coding.auto ? 'margin-bar auto' : 'margin-bar';
  node.dataset.coding = bar.id;
  node.style.cssText = `top: ${bar.top}px; height: ${Math.max(bar.bottom - bar.top, 8)}px; `
    + `left: ${Math.min(bar.lane, MAX_BAR_LANES - 1) * BAR_GAP}px; border-color: ${bar.coding.color};`;
  return node;
}

function labelElement(label, left) {
  const {coding} = label;
  const node = document.createElement('button');
  node.type = 'button';
  node.className = coding.auto ? 'margin-label auto' : 'margin-label';
  node.title = coding.title;
  node.dataset.coding = coding.id;
  node.dataset.code = coding.codeId;
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.style.background = coding.color;
  const name = document.createElement('span');
  name.textContent = coding.name;
  node.append(dot, name);
  node.style.cssText = `top: ${label.y}px; left: ${left}px;`;
  return node;
}
