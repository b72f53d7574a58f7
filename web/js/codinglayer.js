// How codings look in the reader. A segment's text is cut at every coding boundary inside it into pieces
// (<mark class="coded" data-codings="12 40">) whose text together is still exactly the segment's text, so
// offsets.js keeps working. Each coding has a lane (interval colouring: overlapping codings never share one);
// a piece paints one translucent fill per coding and one 2 px stripe per coding at its lane's height, dashed for
// auto codings nobody has reviewed yet, so that overlaps stay visible and tell apart. Each turn has its own code margin beside it, which
// repeats each coding in the turn as a bar from its first to its last line there, and shows the code's name in
// the turn where the coding begins.

import {translucent} from './codebooks.js';

const STRIPE = 3;
const MAX_STRIPES = 5;

/** An auto coding no reviewer has accepted or rejected yet: drawn dashed, offered for review. */
export const isUnreviewed = (coding) => coding.reviewState === 'unreviewed';

/**
 * Assigns lane numbers to intervals [start, end) so that overlapping intervals get different lanes; returns
 * the number of lanes. items: [{start, end}] (sorted by start in place); sets item.lane.
 */
export function assignLanes(items) {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const laneEnds = [];
  for (const item of items) {
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    laneEnds[lane] = item.end;
    item.lane = lane;
  }
  return laneEnds.length;
}

/**
 * Sets each coding's labelTurn: the seq of the first of the turns (in document order) that it overlaps, beside
 * which its label goes, or null when it lies outside every turn. codings: [{start, end}] sorted by start.
 */
export function assignLabelTurns(codings, turns) {
  let t = 0;
  for (const coding of codings) {
    while (t < turns.length && turns[t].span.end <= coding.start) {
      t++;
    }
    coding.labelTurn = t < turns.length && turns[t].span.start < coding.end ? turns[t].seq : null;
  }
}

/**
 * For ranges visited in document order (neither start nor end ever decreasing), the items [{start, end}] sorted
 * by start that overlap each range: a sweep that looks at each item once on its way in, instead of filtering all
 * items for every range. Returns (start, end) → the overlapping items, still sorted by start.
 */
export function overlapSweep(sorted) {
  let next = 0;
  let open = [];
  return (start, end) => {
    // What ends before this range also ends before every later one. A new array each time: the caller keeps it.
    open = open.filter((item) => item.end > start);
    for (; next < sorted.length && sorted[next].start < end; next++) {
      if (sorted[next].end > start) {
        open.push(sorted[next]);
      }
    }
    return open;
  };
}

/**
 * The pieces of [start, end): [{start, end, codings}] where codings are those covering the whole piece.
 * sorted: the codings that overlap [start, end), sorted by start.
 */
export function piecesOf(start, end, sorted) {
  const cuts = new Set([start, end]);
  const overlapping = [];
  for (const c of sorted) {
    if (c.start >= end) {
      break;
    }
    if (c.end > start) {
      overlapping.push(c);
      if (c.start > start) {
        cuts.add(c.start);
      }
      if (c.end < end) {
        cuts.add(c.end);
      }
    }
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  return bounds.slice(1).map((to, i) => ({
    start: bounds[i],
    end: to,
    codings: overlapping.filter((c) => c.start <= bounds[i] && to <= c.end),
  }));
}

// The pieces' paint lives in a stylesheet of the page's own making, one class per combination of codings (lane,
// colour, auto), each rule added once (CSSOM, which the CSP allows). Long transcripts have thousands of pieces but
// few combinations: a class costs one parse where a style per piece cost one each, and pieces of the same class
// share their computed style.
const paintSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, paintSheet];
const paintClasses = new Map();

/** The class that paints a piece covered by codings (each {lane, color, auto}). */
export function paintClass(codings) {
  const key = codings.map((c) => `${c.color}${c.auto ? 'a' : 'm'}${c.lane}`).join('|');
  let name = paintClasses.get(key);
  if (name === undefined) {
    name = `paint-${paintClasses.size}`;
    paintSheet.insertRule(`mark.coded.${name} { ${cssFor(codings)} }`, paintSheet.cssRules.length);
    paintClasses.set(key, name);
  }
  return name;
}

function cssFor(codings) {
  const images = [];
  const sizes = [];
  const positions = [];
  const bottom = Math.min(maxLane(codings), MAX_STRIPES - 1) * STRIPE + 2;
  for (const c of codings) {
    const lane = Math.min(c.lane, MAX_STRIPES - 1);
    const color = hexColor(c.color);
    images.push(c.auto
      ? `repeating-linear-gradient(90deg, ${color} 0 5px, transparent 5px 8px)`
      : `linear-gradient(${color}, ${color})`);
    sizes.push('100% 2px');
    positions.push(`0 calc(100% - ${lane * STRIPE}px)`);
  }
  for (const c of codings) {
    const fill = translucent(c.color, c.auto ? 0.13 : 0.22);
    images.push(`linear-gradient(${fill}, ${fill})`);
    sizes.push(`100% calc(100% - ${bottom}px)`);
    positions.push('0 0');
  }
  return `background-image: ${images.join(', ')}; background-size: ${sizes.join(', ')}; `
    + `background-position: ${positions.join(', ')}; padding-bottom: ${bottom}px;`;
}

// A colour goes into a stylesheet rule: nothing but #rrggbb, whatever the server sends.
function hexColor(color) {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : '#888888';
}

function maxLane(codings) {
  return codings.reduce((m, c) => Math.max(m, c.lane), 0);
}

/**
 * Places margin entries: items [{id, top, bottom, labelled}] in pixels. Bars get lanes by vertical overlap; the
 * labelled items' labels go at their top, pushed down below the previous label when they would collide. Returns
 * {bars, labels, lanes} with bar.lane and label.y.
 */
export function layoutMargin(items, labelHeight) {
  const bars = items.map((i) => ({...i, start: i.top, end: i.bottom + 2}));
  const lanes = assignLanes(bars);
  const labels = bars.filter((b) => b.labelled).sort((a, b) => a.top - b.top || a.lane - b.lane);
  let next = -Infinity;
  for (const label of labels) {
    label.y = Math.max(label.top, next);
    next = label.y + labelHeight;
  }
  return {bars, labels, lanes};
}
