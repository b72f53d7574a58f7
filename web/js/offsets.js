// Document offsets ↔ DOM. Offsets are UTF-16 code units into the document text, end exclusive: the unit of
// JavaScript strings, so text.slice(start, end) is exactly the range. The reader renders the text as *segments*:
// elements with class "seg" and data-start/data-end whose text content is exactly text.slice(start, end).
// Highlights (<mark>) may be nested inside segments; everything here counts characters through them, so the
// functions stay correct however many highlights there are. No layout, no measuring: offset arithmetic only.

export const SEGMENT = '.seg';

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;

/** True when index lies between the two halves of a surrogate pair (inside an emoji, say). */
export function splitsPair(text, index) {
  return index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/** Widens [from, to) so that it does not cut a surrogate pair in two. */
export function snapToCodePoints(text, from, to) {
  return {
    from: splitsPair(text, from) ? from - 1 : from,
    to: splitsPair(text, to) ? to + 1 : to,
  };
}

/** The segments under root, in document order. */
export function segments(root) {
  return Array.from(root.querySelectorAll(SEGMENT));
}

function bounds(seg) {
  return {start: Number(seg.dataset.start), end: Number(seg.dataset.end)};
}

function segmentAround(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element ? element.closest(SEGMENT) : null;
}

/**
 * The document offset of a DOM boundary point (node, offset) under root. A point inside a segment maps to the
 * segment's start plus the text before it; a point between segments maps to the start of the next segment
 * (side "start") or the end of the previous one (side "end"). Null if no segment fits.
 */
export function pointToOffset(root, node, offset, side = 'start') {
  const seg = segmentAround(node);
  if (seg && root.contains(seg)) {
    const before = document.createRange();
    before.setStart(seg, 0);
    before.setEnd(node, offset);
    return bounds(seg).start + before.toString().length;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const all = segments(root);
  if (side === 'start') {
    const next = all.find((s) => point.comparePoint(s, 0) >= 0);
    return next ? bounds(next).start : null;
  }
  const previous = all.findLast((s) => point.comparePoint(s, s.childNodes.length) <= 0);
  return previous ? bounds(previous).end : null;
}

/** The document range {start, end} of a DOM Range under root, or null if it covers no text there. */
export function rangeToOffsets(root, range) {
  if (range.collapsed || !range.intersectsNode(root)) {
    return null;
  }
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) {
    return null;
  }
  return {start, end};
}

/** The document range of the current selection (or the given one) under root, or null. */
export function selectionToOffsets(root, selection = document.getSelection()) {
  if (!selection || selection.rangeCount === 0) {
    return null;
  }
  return rangeToOffsets(root, selection.getRangeAt(0));
}

/**
 * Wraps the text of [from, to) under root in <mark class="className"> elements, one per text node touched (a
 * range across sentences or turns gives several), and returns them in document order. A boundary inside a
 * surrogate pair is moved outward so that no character is cut.
 */
export function highlight(root, from, to, className) {
  const marks = [];
  for (const seg of segments(root)) {
    const {start, end} = bounds(seg);
    if (start < to && from < end) {
      marks.push(...wrapInSegment(seg, Math.max(from, start) - start, Math.min(to, end) - start, className));
    }
  }
  return marks;
}

function wrapInSegment(seg, from, to, className) {
  const texts = [];
  const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    texts.push(n);
  }
  const marks = [];
  let position = 0;
  for (const text of texts) {
    const length = text.data.length;
    const a = Math.max(from - position, 0);
    const b = Math.min(to - position, length);
    position += length;
    if (a < b) {
      marks.push(wrap(text, a, b, className));
    }
  }
  return marks;
}

function wrap(text, from, to, className) {
  const snapped = snapToCodePoints(text.data, from, to);
  let piece = text;
  if (snapped.from > 0) {
    piece = piece.splitText(snapped.from);
  }
  if (snapped.to - snapped.from < piece.data.length) {
    piece.splitText(snapped.to - snapped.from);
  }
  const mark = document.createElement('mark');
  mark.className = className;
  piece.parentNode.insertBefore(mark, piece);
  mark.appendChild(piece);
  return mark;
}

/** Removes the <mark class="className"> highlights under root, leaving their text in place. */
export function clearHighlights(root, className) {
  const parents = new Set();
  for (const mark of root.querySelectorAll('mark.' + CSS.escape(className))) {
    parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  parents.forEach((p) => p.normalize());
}
