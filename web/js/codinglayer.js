// How codings look in the reader. A segment's text is cut at every coding boundary inside it into pieces
// (<mark class="coded" data-codings="12 40">) whose text together is still exactly the segment's text, so
// offsets.js keeps working. Each coding has a lane (interval colouring: overlapping codings never share one);
// a piece paints one translucent fill per coding and one 2 px stripe per coding at its lane's height, dashed for
// auto codings, so that overlaps stay visible and tell apart. The right margin repeats each coding as a bar in
// its lane from the first to the last line, with the code's name at the top.

import {translucent} from './codebooks.js';

const STRIPE = 3;
const MAX_STRIPES = 5;

export const isAuto = (coding) => String(coding.origin).toLowerCase() === 'auto';

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
 * The pieces of [start, end): [{start, end, codings}] where codings are those covering the whole piece.
 * sorted: codings sorted by start; from: index of the first coding that may still overlap (for a sweep).
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

const paintCache = new Map();

/**
 * Paints a piece covered by codings (each {lane, color, auto}). The CSS text is built once per combination and
 * set in one assignment (CSSOM, which the CSP allows): long transcripts have thousands of pieces.
 */
export function paint(mark, codings) {
  const key = codings.map((c) => `${c.color}${c.auto ? 'a' : 'm'}${c.lane}`).join('|');
  let css = paintCache.get(key);
  if (css === undefined) {
    css = cssFor(codings);
    paintCache.set(key, css);
  }
  mark.style.cssText = css;
}

function cssFor(codings) {
  const images = [];
  const sizes = [];
  const positions = [];
  const bottom = Math.min(maxLane(codings), MAX_STRIPES - 1) * STRIPE + 2;
  for (const c of codings) {
    const lane = Math.min(c.lane, MAX_STRIPES - 1);
    images.push(c.auto
      ? `repeating-linear-gradient(90deg, ${c.color} 0 5px, transparent 5px 8px)`
      : `linear-gradient(${c.color}, ${c.color})`);
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

function maxLane(codings) {
  return codings.reduce((m, c) => Math.max(m, c.lane), 0);
}

/**
 * Places margin entries: items [{id, top, bottom}] in pixels. Bars get lanes by vertical overlap; labels go at
 * their coding's top, pushed down below the previous label when they would collide. Returns {bars, labels,
 * lanes} with bar.lane and label.y.
 */
export function layoutMargin(items, labelHeight) {
  const bars = items.map((i) => ({...i, start: i.top, end: i.bottom + 2}));
  const lanes = assignLanes(bars);
  const labels = [...bars].sort((a, b) => a.top - b.top || a.lane - b.lane);
  let next = -Infinity;
  for (const label of labels) {
    label.y = Math.max(label.top, next);
    next = label.y + labelHeight;
  }
  return {bars, labels, lanes};
}
