// Dokumenter: every document with its attributes and counts. Sort by a column header; filter by attribute
// values (a missing value can be filtered as "uden værdi"); a row opens the reader. The URL holds the state:
// #/documents?kommune=A&sort=turns&dir=desc&find=B1 (an empty value, kommune=, means "has no kommune").
// "Redigér attributter" (documents.edit) turns the attribute cells into fields (a change is saved at once, checked by the server as
// an import's manifest is; an empty field removes the value) and offers a manifest to apply to the documents.

import {api} from './api.js';
import {el, number, replace} from './dom.js';
import {coder} from './coder.js';
import {errorText, problemTexts, t, tn} from './i18n.js';
import {href, navigate} from './router.js';
import {compareValues, filterable, ordered, sortedValues} from './attributes.js';

const NONE = '';
const RESERVED = new Set(['sort', 'dir', 'find']);

const COUNTS = ['turns', 'sentences', 'length'];

export function documentsView(context) {
  let documents = [];
  let attributes = [];
  let route = null;
  const filters = el('div', {class: 'filters-bar'});
  const summary = el('p', {class: 'summary', id: 'documents-summary'});
  const table = el('table', {class: 'documents', id: 'documents-table'});
  let editing = false;
  const editToggle = el('button', {type: 'button', id: 'documents-edit', 'aria-pressed': 'false',
    text: t('documents.edit')});
  const editStatus = el('div', {class: 'edit-status', id: 'attributes-status', role: 'status'});
  const manifest = el('input', {type: 'file', id: 'attributes-manifest', accept: '.csv,text/csv'});
  const manifestChosen = el('span', {class: 'chosen', text: t('documents.manifest.none')});
  const apply = el('button', {type: 'button', id: 'attributes-apply', text: t('documents.manifest.apply'),
    disabled: true});
  const editor = el('div', {class: 'attributes-editor', id: 'attributes-editor', hidden: true},
      el('p', {class: 'hint', text: t('documents.edit.hint')}),
      el('div', {class: 'manifest-row'}, manifest,
          el('label', {class: 'button', for: 'attributes-manifest', text: t('documents.manifest.choose')}),
          manifestChosen, apply),
      editStatus);

  function columns() {
    return [
      {key: 'name', label: t('documents.col.name'), value: (d) => d.name, kind: 'name'},
      ...ordered(attributes).map((a) => ({
        key: 'attr:' + a.name, label: a.name, attribute: a.name,
        value: (d) => d.attributes[a.name] ?? null, kind: a.type === 'number' ? 'number' : 'text',
      })),
      {key: 'language', label: t('documents.col.language'), value: (d) => d.language, kind: 'text'},
      ...COUNTS.map((key) => ({key, label: t(`documents.col.${key}`), value: (d) => d[key], kind: 'number'})),
    ];
  }

  function selected() {
    const out = new Map();
    for (const [name, value] of route.params) {
      if (!RESERVED.has(name)) {
        out.set(name, value);
      }
    }
    return out;
  }

  function visible() {
    const chosen = selected();
    const find = (route.params.get('find') || '').trim().toLocaleLowerCase('da');
    return documents.filter((d) => {
      for (const [name, value] of chosen) {
        if ((d.attributes[name] ?? NONE) !== value) {
          return false;
        }
      }
      return !find || d.name.toLocaleLowerCase('da').includes(find);
    });
  }

  function sorted(rows) {
    const column = columns().find((c) => c.key === (route.params.get('sort') || 'name')) || columns()[0];
    const direction = route.params.get('dir') === 'desc' ? -1 : 1;
    const compare = (a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === null || y === null) {
        return x === y ? 0 : x === null ? 1 : -1; // missing values last, whichever the direction
      }
      const c = column.kind === 'number' ? Number(x) - Number(y) : compareValues(x, y);
      return direction * c;
    };
    return [...rows].sort((a, b) => compare(a, b) || compareValues(a.name, b.name));
  }

  function go(changes) {
    const params = new URLSearchParams(route.params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) {
        params.delete(name);
      } else {
        params.set(name, value);
      }
    }
    navigate(['documents'], params);
  }

  function renderFilters() {
    const chosen = selected();
    const selects = filterable(attributes).map((a) => {
      const missing = documents.filter((d) => d.attributes[a.name] === undefined).length;
      const select = el('select', {id: 'filter-' + a.name, dataset: {attribute: a.name}},
          el('option', {value: '*', text: t('documents.filter.all')}),
          sortedValues(Object.keys(a.values)).map((v) => el('option', {value: v, translate: 'no',
            text: `${v} (${number(a.values[v])})`})),
          missing > 0 ? el('option', {value: NONE, text: t('documents.filter.none', {n: missing})}) : null);
      select.value = chosen.has(a.name) ? chosen.get(a.name) : '*';
      select.addEventListener('change', () => go({[a.name]: select.value === '*' ? undefined : select.value}));
      return el('label', {class: 'field'}, el('span', {class: 'field-label', text: a.name, translate: 'no'}), select);
    });
    const find = el('input', {type: 'search', id: 'documents-find', placeholder: t('documents.find'),
      value: route.params.get('find') || '', autocomplete: 'off'});
    find.addEventListener('change', () => go({find: find.value.trim() || undefined}));
    const reset = el('a', {class: 'reset', href: href(['documents']), text: t('search.resetFilters')});
    reset.hidden = chosen.size === 0 && !route.params.get('find');
    replace(filters, el('label', {class: 'field field-find'}, el('span', {class: 'field-label', text: t('documents.name')}),
        find), ...selects, reset);
  }

  function renderTable() {
    const cols = columns();
    const sortKey = route.params.get('sort') || 'name';
    const descending = route.params.get('dir') === 'desc';
    const head = el('tr', {}, cols.map((c) => {
      const active = c.key === sortKey;
      const button = el('button', {type: 'button', class: 'sort', text: c.label, translate: c.attribute ? 'no' : null,
        onclick: () => go({sort: c.key, dir: active && !descending ? 'desc' : undefined})});
      return el('th', {scope: 'col', class: 'col-' + c.kind, dataset: {key: c.key},
        'aria-sort': active ? (descending ? 'descending' : 'ascending') : null}, button);
    }));
    if (editing) {
      head.append(el('th', {scope: 'col', class: 'col-delete', text: t('documents.delete.column')}));
    }
    const rows = sorted(visible());
    const body = el('tbody', {}, rows.map((d) => row(d, cols)));
    replace(table, el('thead', {}, head), body);
    summary.textContent = rows.length === documents.length
        ? tn('count.documents', documents.length)
        : t('documents.showing', {shown: rows.length, n: documents.length});
  }

  function row(d, cols) {
    const link = href(['documents', d.name]);
    const cells = cols.map((c) => {
      const value = c.value(d);
      if (c.kind === 'name') {
        return el('th', {scope: 'row', class: 'col-name'}, el('a', {href: link, text: d.name, translate: 'no'}));
      }
      if (editing && c.attribute) {
        return el('td', {class: 'col-' + c.kind + ' editable', dataset: {attribute: c.attribute}},
            valueField(d, c.attribute));
      }
      const text = value === null ? '—' : c.kind === 'number' && !c.attribute ? number(value) : value;
      return el('td', {class: 'col-' + c.kind + (value === null ? ' missing' : ''),
        dataset: c.attribute ? {attribute: c.attribute} : {}, translate: c.kind === 'text' ? 'no' : null, text});
    });
    if (editing) {
      cells.push(el('td', {class: 'col-delete'}, deleteButton(d)));
    }
    const tr = el('tr', {dataset: {document: d.name}}, cells);
    tr.addEventListener('click', (event) => {
      if (!editing && !event.target.closest('a') && !window.getSelection().toString()) {
        location.hash = link;
      }
    });
    return tr;
  }

  /**
   * Deletes the document without a trace after the researcher has confirmed it by name: with its codings, memos
   * and versions, from the index and every file of the project. Not undoable, which the question says.
   */
  function deleteButton(d) {
    const button = el('button', {type: 'button', class: 'danger', dataset: {delete: d.name},
      'aria-label': t('documents.delete.label', {document: d.name}), text: t('documents.delete')});
    button.addEventListener('click', async () => {
      if (!window.confirm(t('documents.delete.confirm', {document: d.name}))) {
        return;
      }
      try {
        const deleted = await api.deleteDocument(d.id, coder());
        await reload();
        showEdit(t('documents.delete.done', {document: d.name, codings: tn('count.codings', deleted.codings),
          memos: deleted.memos}));
      } catch (e) {
        showRefusal(e);
      }
    });
    return button;
  }

  function showEdit(message) {
    replace(editStatus, el('p', {class: 'edit-ok', text: message}));
  }

  function showRefusal(error) {
    replace(editStatus, el('div', {class: 'job-error', id: 'attributes-error', role: 'alert'},
        el('p', {text: errorText(error)}),
        error.problems.length ? el('ul', {class: 'problems'}, problemTexts(error).map((p) => el('li', {text: p})))
          : null));
  }

  /** Reloads documents and attribute metadata after a change, keeping the table in edit mode. */
  async function reload() {
    context.changed();
    [documents, attributes] = await Promise.all([api.documents(), context.attributes()]);
    renderFilters();
    renderTable();
  }

  function valueField(d, attribute) {
    const saved = d.attributes[attribute] ?? '';
    const input = el('input', {type: 'text', value: saved,
      'aria-label': t('documents.edit.field', {attribute, document: d.name}),
      dataset: {document: d.name, attribute}});
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        input.blur();
      } else if (event.key === 'Escape') {
        input.value = saved;
        input.blur();
      }
    });
    input.addEventListener('change', async () => {
      try {
        await api.setAttribute(d.name, attribute, input.value, coder());
        await reload();
        const value = input.value.trim();
        showEdit(value ? t('documents.edit.saved', {document: d.name, attribute, value})
          : t('documents.edit.removed', {document: d.name, attribute}));
      } catch (e) {
        input.value = saved;
        showRefusal(e);
      }
    });
    return input;
  }

  function setEditing(on) {
    editing = on;
    editToggle.setAttribute('aria-pressed', String(on));
    editToggle.textContent = on ? t('documents.edit.done') : t('documents.edit');
    editor.hidden = !on;
    table.classList.toggle('editing', on);
    editStatus.replaceChildren();
    renderTable();
  }

  editToggle.addEventListener('click', () => setEditing(!editing));
  manifest.addEventListener('change', () => {
    manifestChosen.textContent = manifest.files.length ? manifest.files[0].name : t('documents.manifest.none');
    apply.disabled = manifest.files.length === 0;
  });
  apply.addEventListener('click', async () => {
    const body = new FormData();
    body.append('manifest', manifest.files[0], manifest.files[0].name);
    apply.disabled = true;
    try {
      const edit = await api.applyManifest(body, coder());
      await reload();
      const changed = tn('documents.manifest.documents', edit.documentNames.length);
      showEdit(tn('documents.manifest.applied', edit.valuesSet, {documents: changed}) + (edit.newAttributes.length
        ? ' · ' + t('documents.manifest.newAttributes', {names: edit.newAttributes.join(', ')}) : ''));
    } catch (e) {
      showRefusal(e);
    } finally {
      apply.disabled = manifest.files.length === 0;
    }
  });

  return {
    async mount(target, initial) {
      route = initial;
      document.title = `${t('nav.documents')} · Kodetræ`;
      target.append(el('section', {class: 'documents-view'},
          el('div', {class: 'view-head'}, el('h1', {text: t('nav.documents')}), summary, editToggle),
          editor,
          filters,
          el('div', {class: 'table-wrap'}, table)));
      [documents, attributes] = await Promise.all([api.documents(), context.attributes()]);
      renderFilters();
      renderTable();
    },
    async update(next) {
      route = next;
      renderFilters();
      renderTable();
    },
  };
}
