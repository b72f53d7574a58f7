// Small DOM helpers. Text always enters the page as text nodes (textContent), never as markup: transcripts
// and API answers may contain anything, including "<script>".

import {number} from './i18n.js';

export {number};

/**
 * Creates an element. props: class, text, dataset, on<event> (a listener), and plain attributes; children are
 * nodes or strings (strings become text nodes). Never pass "style": the page's CSP allows no style attributes.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value)) {
        if (data !== undefined && data !== null) {
          node.dataset[name] = data;
        }
      }
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return append(node, children);
}

/** Appends nodes and strings (as text), skipping null, undefined and false; nested arrays are flattened. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return parent;
}

/** Replaces parent's children, with the same rules as append. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}


/** Collapses runs of white space (line breaks in KWIC context) to one space. */
export function oneLine(text) {
  return text.replace(/\s+/g, ' ');
}
