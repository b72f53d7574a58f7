// Run by LayoutPageIT through executeScript: the pairs of visible controls and labels whose boxes overlap, and the
// controls that stick out of the window sideways. A control is what a person clicks or reads as a label: links,
// buttons, inputs, selects, text areas, labels, summaries, headings and legends. Two boxes that share less than
// 2 px either way only touch; an element and its own ancestor or descendant are one control, not two.
const selector = 'a[href], button, input, select, textarea, label, summary, h1, h2, h3, legend, .field-label';
const visible = (e) => e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
/** The box that shows: the element's box cut by every ancestor that clips its overflow. */
const shown = (e) => {
  let r = e.getBoundingClientRect();
  let box = {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
      const c = p.getBoundingClientRect();
      box = {left: Math.max(box.left, c.left), top: Math.max(box.top, c.top),
        right: Math.min(box.right, c.right), bottom: Math.min(box.bottom, c.bottom)};
    }
  }
  return box;
};
const name = (e) => {
  const text = (e.textContent || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
  return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string'
    ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${text.slice(0, 30)}"`;
};
const controls = [...document.querySelectorAll(selector)].filter(visible)
    .map((e) => ({e, box: shown(e)}))
    .filter(({box}) => box.right - box.left >= 2 && box.bottom - box.top >= 2);
const problems = [];
for (const {e, box} of controls) {
  if (box.right > window.innerWidth + 1 || box.left < -1) {
    problems.push(`${name(e)} sticks out of the window (${Math.round(box.left)}–${Math.round(box.right)} px)`);
  }
}
for (let i = 0; i < controls.length; i++) {
  for (let j = i + 1; j < controls.length; j++) {
    const a = controls[i];
    const b = controls[j];
    if (a.e.contains(b.e) || b.e.contains(a.e)) {
      continue;
    }
    const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
    const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
    if (w > 2 && h > 2) {
      problems.push(`${name(a.e)} overlaps ${name(b.e)} by ${Math.round(w)}×${Math.round(h)} px`);
    }
  }
}
return problems;
