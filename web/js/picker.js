// The code picker: a small searchable list of codes that pops up beside a selection. Type to filter, arrow keys
// to move, Enter to apply, Esc to close. Optionally offers "Ny kode" (an in-vivo code named after the selected
// text, under a chosen parent) and extra controls (e.g. the snap choice) above the list.

import {el, replace} from './dom.js';
import {t} from './i18n.js';

let open = null;

export function closePicker() {
  if (open) {
    open.remove();
    open = null;
  }
}

function matches(code, words) {
  const hay = `${code.name} ${code.key} ${code.label || ''}`.toLocaleLowerCase('da');
  return words.every((w) => hay.includes(w));
}

/**
 * options: {index (codebookIndex), book (the codebook shown), anchor (DOMRect to place the picker by), title,
 * extra (node or null), inVivo (string or null: offer "Ny kode"), onPick(code), onCreate(name, parentId),
 * onBook(id)}. Returns the picker element.
 */
export function openPicker(options) {
  closePicker();
  const {index} = options;
  let book = options.book;
  let active = 0;
  let shown = [];

  const input = el('input', {type: 'search', class: 'picker-filter', id: 'picker-filter', autocomplete: 'off',
    spellcheck: 'false', placeholder: t('picker.find'), 'aria-label': t('picker.findLabel')});
  const list = el('ul', {class: 'picker-list', id: 'picker-list', role: 'listbox'});
  const bookSelect = el('select', {class: 'picker-book', id: 'picker-book', 'aria-label': t('codes.codebook')},
      index.codebooks.map((b) => el('option', {value: b.id, text: b.name, selected: b.id === book.id, translate: 'no'})));
  const parentSelect = el('select', {id: 'picker-parent', 'aria-label': t('codes.parent')});
  const newButton = el('button', {type: 'button', id: 'picker-new', class: 'picker-new'});

  function fillParents() {
    replace(parentSelect, el('option', {value: '', text: t('picker.top')}),
        book.codes.map((c) => el('option', {value: c.id, text: '  '.repeat(index.depth(c)) + c.name, translate: 'no'})));
  }

  function render() {
    const words = input.value.trim().toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
    shown = book.codes.filter((c) => matches(c, words));
    active = Math.min(active, Math.max(shown.length - 1, 0));
    replace(list, shown.length === 0 ? el('li', {class: 'picker-none', text: t('picker.none')}) : shown.map((c, i) => {
      const dot = el('span', {class: 'dot'});
      dot.style.background = c.color;
      const item = el('li', {role: 'option', class: i === active ? 'picker-item active' : 'picker-item',
        'aria-selected': i === active ? 'true' : 'false', dataset: {code: c.id, key: c.key}},
      dot, el('span', {class: 'picker-name', text: c.name, translate: 'no'}),
      words.length && c.parentId ? el('span', {class: 'picker-path', text: index.path(index.code(c.parentId)), translate: 'no'}) : null);
      if (!words.length) {
        item.classList.add('depth-' + Math.min(index.depth(c), 3));
      }
      item.addEventListener('mousedown', (e) => e.preventDefault());
      item.addEventListener('click', () => pick(c));
      return item;
    }));
    list.querySelector('.active')?.scrollIntoView({block: 'nearest'});
  }

  function pick(code) {
    closePicker();
    options.onPick(code);
  }

  input.addEventListener('input', () => {
    active = 0;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = Math.max(0, Math.min(shown.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (shown[active]) {
        pick(shown[active]);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closePicker();
    }
  });
  bookSelect.addEventListener('change', () => {
    book = index.book(bookSelect.value);
    options.onBook?.(book.id);
    fillParents();
    active = 0;
    render();
  });
  const inVivo = options.inVivo ? options.inVivo.replace(/\s+/g, ' ').trim().slice(0, 80) : '';
  newButton.textContent = t('picker.newCode', {name: inVivo.length > 28 ? inVivo.slice(0, 27) + '…' : inVivo});
  newButton.addEventListener('click', () => {
    closePicker();
    options.onCreate(book.id, inVivo, parentSelect.value ? Number(parentSelect.value) : null);
  });

  const box = el('div', {class: 'picker', id: 'picker', role: 'dialog', 'aria-label': options.title || t('picker.title')},
      el('div', {class: 'picker-head'}, el('strong', {text: options.title || t('picker.title')}), bookSelect),
      options.extra || null,
      input, list,
      inVivo ? el('div', {class: 'picker-invivo'}, newButton, el('label', {}, t('picker.under'), ' ', parentSelect)) : null,
      el('p', {class: 'picker-help', text: t('picker.help')}));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      closePicker();
    }
  });
  fillParents();
  render();
  document.body.append(box);
  place(box, options.anchor);
  open = box;
  input.focus({preventScroll: true});
  return box;
}

function place(box, anchor) {
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const r = anchor || {left: window.innerWidth / 2 - width / 2, bottom: 120, top: 120};
  let left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
  let top = r.bottom + 8;
  if (top + height > window.innerHeight - 8) {
    top = Math.max(8, r.top - height - 8);
  }
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}

document.addEventListener('mousedown', (e) => {
  if (open && !open.contains(e.target)) {
    closePicker();
  }
});
