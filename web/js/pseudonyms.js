// Pseudonymisér (#/pseudonyms): every candidate for replacement in context, grouped by its original so that one
// decision holds everywhere in the project ("Mette" → "[Borger A]"); accept (with the proposed or an edited
// pseudonym) or reject, the project's list of names, and applying the pseudonyms as transcript edits.

import {api} from './api.js';
import {el, oneLine, replace} from './dom.js';
import {coder} from './coder.js';
import {errorText, t, tn} from './i18n.js';

const KINDS = ['person', 'workplace', 'place'];

/** Candidates grouped by original, in order of first occurrence. */
function byOriginal(candidates) {
  const groups = new Map();
  for (const c of candidates) {
    if (!groups.has(c.original)) {
      groups.set(c.original, {original: c.original, kind: c.kind, status: c.status, pseudonym: c.pseudonym,
        occurrences: []});
    }
    groups.get(c.original).occurrences.push(c);
  }
  return [...groups.values()];
}

export function pseudonymsView() {
  const root = el('section', {class: 'pseudonyms-view', id: 'pseudonyms-view'});
  const status = el('p', {class: 'pseudonyms-status', id: 'pseudonyms-status', role: 'status'});
  const error = el('div', {class: 'pseudonyms-error', id: 'pseudonyms-error', role: 'alert', hidden: true});

  async function act(work, done) {
    error.hidden = true;
    try {
      await work();
      await render();
      root.querySelector('#pseudonyms-status').textContent = done;
    } catch (e) {
      replace(error, errorText(e));
      error.hidden = false;
    }
  }

  function decide(group, accepted, pseudonym, kind) {
    return act(() => api.decidePseudonyms([{original: group.original, kind: kind || group.kind, accepted,
      pseudonym: accepted ? pseudonym : null}], coder()), t('pseudonyms.saved'));
  }

  function occurrence(c) {
    return el('li', {class: 'occurrence'}, el('span', {class: 'occurrence-document', text: c.documentName,
      translate: 'no'}), ' ', el('span', {class: 'kwic', translate: 'no'}, '…' + oneLine(c.before),
        el('mark', {text: c.original}), oneLine(c.after) + '…'));
  }

  /** A name's kind can be corrected (the model calls every name a person's); a number's kind is what it is. */
  function kindControl(group) {
    if (!KINDS.includes(group.kind)) {
      return el('span', {class: 'kind', text: t('pseudonyms.kind.' + group.kind)});
    }
    return el('select', {class: 'kind-select', 'aria-label': t('pseudonyms.nameKind')},
        KINDS.map((k) => el('option', {value: k, text: t('pseudonyms.kind.' + k), selected: k === group.kind})));
  }

  function groupRow(group) {
    const input = el('input', {type: 'text', class: 'pseudonym-input', value: group.pseudonym || '',
      'aria-label': t('pseudonyms.pseudonymFor', {original: group.original}), spellcheck: 'false'});
    return el('li', {class: `candidate-group status-${group.status}`, dataset: {original: group.original}},
        el('div', {class: 'candidate-head'},
            el('strong', {class: 'original', text: group.original, translate: 'no'}),
            kindControl(group),
            el('span', {class: 'count', text: tn('pseudonyms.occurrences', group.occurrences.length)}),
            el('span', {class: 'decision', text: t('pseudonyms.status.' + group.status)}),
            input,
            el('button', {type: 'button', class: 'accept', text: t('pseudonyms.accept'),
              onclick: (event) => decide(group, true, input.value.trim(),
                  event.target.closest('.candidate-head').querySelector('.kind-select')?.value)}),
            el('button', {type: 'button', class: 'reject', text: t('pseudonyms.reject'),
              onclick: () => decide(group, false)})),
        el('ul', {class: 'occurrences'}, group.occurrences.map(occurrence)));
  }

  function nameForm() {
    const name = el('input', {type: 'text', id: 'pseudonyms-name', required: true,
      'aria-label': t('pseudonyms.name')});
    const kind = el('select', {id: 'pseudonyms-name-kind', 'aria-label': t('pseudonyms.nameKind')},
        KINDS.map((k) => el('option', {value: k, text: t('pseudonyms.kind.' + k)})));
    const form = el('form', {class: 'pseudonyms-names', id: 'pseudonyms-names-form'},
        el('span', {class: 'field-label', text: t('pseudonyms.addName')}), name, kind,
        el('button', {type: 'submit', text: t('pseudonyms.add')}));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => api.addPseudonymName({name: name.value, kind: kind.value}, coder()), t('pseudonyms.nameAdded'));
    });
    return form;
  }

  function applyButton(open) {
    const button = el('button', {type: 'button', class: 'primary', id: 'pseudonyms-apply',
      text: t('pseudonyms.apply'), disabled: open > 0});
    button.addEventListener('click', () => {
      if (window.confirm(t('pseudonyms.applyConfirm'))) {
        act(async () => {
          const result = await api.applyPseudonyms({documents: []}, coder());
          status.dataset.applied = String(result.replacements);
        }, t('pseudonyms.applied'));
      }
    });
    return button;
  }

  async function render() {
    const [answer, key] = await Promise.all([api.pseudonymCandidates(), api.pseudonymKey()]);
    const groups = byOriginal(answer.candidates);
    const open = groups.filter((g) => g.status === 'open').length;
    replace(root,
        el('div', {class: 'view-head'}, el('h1', {text: t('pseudonyms.title')})),
        el('p', {class: 'hint'}, t('pseudonyms.keyAt'), ' ', el('code', {id: 'pseudonyms-key', text: key.file,
          translate: 'no'}), ' ', t('pseudonyms.keyHint')),
        nameForm(),
        el('p', {class: 'pseudonyms-summary', id: 'pseudonyms-summary',
          text: t('pseudonyms.summary', {originals: groups.length, open,
            documents: answer.pseudonymised.length})}),
        el('div', {class: 'pseudonyms-actions'}, applyButton(open), status),
        error,
        el('ul', {class: 'candidate-groups', id: 'pseudonyms-list'}, groups.map(groupRow)));
  }

  return {
    async mount(target) {
      document.title = `${t('pseudonyms.documentTitle')} · Kodetræ`;
      target.append(root);
      await render();
    },
    async update() {
      await render();
    },
  };
}
