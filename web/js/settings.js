// Indstillinger: what a study sets for its project (GET/PUT /project/settings): the cluster attribute, the
// default codebook, the attribution template of exports, the report wording of groups, and whether exports take
// pseudonymised documents only. Nothing of one study is
// written into the page; a project that has not set something gets a default and a hint here.

import {api} from './api.js';
import {el, replace} from './dom.js';
import {filterable, sortedValues} from './attributes.js';
import {coder} from './coder.js';
import {errorText, problemTexts, t} from './i18n.js';

/** "Ikke sat for dette projekt: klyngeattribut, gruppenavne.", or null when everything is set. */
export function unsetHint(settings) {
  if (!settings.unset?.length) {
    return null;
  }
  return t('settings.unset', {names: settings.unset.map((name) => t('settings.name.' + name)).join(', ')});
}

export function settingsView(context) {
  const root = el('section', {class: 'settings-view', id: 'settings-view'});

  function fieldWithHint(label, control, hint) {
    return el('label', {class: 'field settings-field'}, el('span', {class: 'field-label', text: label}), control,
        el('span', {class: 'hint', text: hint}));
  }

  function labelInputs(attributes, settings) {
    return filterable(attributes).map((a) => el('fieldset', {class: 'group-labels', dataset: {attribute: a.name}},
        el('legend', {text: a.name}),
        sortedValues(Object.keys(a.values)).map((v) => el('label', {class: 'group-label'},
            el('span', {class: 'group-value', text: `${a.name} = ${v}`}),
            el('input', {type: 'text', class: 'group-label-input', dataset: {attribute: a.name, value: v},
              value: settings.groupLabels?.[a.name]?.[v] || '', placeholder: `${a.name} = ${v}`})))));
  }

  function body(form) {
    const groupLabels = {};
    for (const input of form.querySelectorAll('.group-label-input')) {
      if (input.value.trim()) {
        (groupLabels[input.dataset.attribute] ??= {})[input.dataset.value] = input.value.trim();
      }
    }
    return {
      clusterAttribute: form.querySelector('#settings-cluster').value || null,
      defaultCodebook: form.querySelector('#settings-codebook').value || null,
      attributionTemplate: form.querySelector('#settings-template').value.trim() || null,
      groupLabels,
      pseudonymisedExportsOnly: form.querySelector('#settings-pseudonymised-only').checked,
    };
  }

  async function render() {
    const [settings, attributes, index] = await Promise.all([context.settings(), context.attributes(),
      context.codebooks()]);
    const cluster = el('select', {id: 'settings-cluster'}, el('option', {value: '', text: t('settings.clusterNone')}),
        attributes.map((a) => el('option', {value: a.name, text: a.name,
          selected: a.name === settings.clusterAttribute})));
    const book = el('select', {id: 'settings-codebook'}, index.codebooks.map((b) => el('option', {value: b.id,
      text: b.name, selected: b.id === settings.defaultCodebook})));
    const template = el('input', {type: 'text', id: 'settings-template', value: settings.attributionTemplate,
      spellcheck: 'false', placeholder: '({rolle}, {kommune})'});
    const status = el('p', {class: 'settings-status', id: 'settings-status', role: 'status'});
    const error = el('div', {class: 'settings-error', id: 'settings-error', role: 'alert', hidden: true});
    const form = el('form', {class: 'settings-form panel', id: 'settings-form'},
        fieldWithHint(t('settings.codebook'), book, t('settings.codebookHint')),
        fieldWithHint(t('settings.cluster'), cluster, t('settings.clusterHint')),
        fieldWithHint(t('settings.template'), template, t('settings.templateHint')),
        el('div', {class: 'field settings-field'},
            el('label', {class: 'field-label'}, el('input', {type: 'checkbox', id: 'settings-pseudonymised-only',
              checked: settings.pseudonymisedExportsOnly}), ' ', t('settings.pseudonymisedOnly')),
            el('span', {class: 'hint', text: t('settings.pseudonymisedOnlyHint')}),
            el('a', {class: 'pseudonyms-link', id: 'settings-pseudonyms', href: '#/pseudonyms',
              text: t('settings.pseudonymsLink')})),
        el('div', {class: 'settings-field'}, el('span', {class: 'field-label', text: t('settings.labels')}),
            el('span', {class: 'hint', text: t('settings.labelsHint')}),
            el('div', {class: 'group-label-list', id: 'settings-labels'}, labelInputs(attributes, settings))),
        error,
        el('div', {class: 'settings-actions'},
            el('button', {type: 'submit', class: 'primary', id: 'settings-save', text: t('settings.save')}), status));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      status.textContent = t('settings.saving');
      try {
        await api.saveSettings(body(form), coder());
        context.settingsChanged();
        await render();
        root.querySelector('#settings-status').textContent = t('settings.saved');
      } catch (e) {
        status.textContent = '';
        const problems = problemTexts(e);
        replace(error, el('strong', {text: t('settings.notSaved')}), ' ', errorText(e),
            problems.length ? el('ul', {}, problems.map((p) => el('li', {text: p}))) : null);
        error.hidden = false;
      }
    });
    const hint = unsetHint(settings);
    replace(root,
        el('div', {class: 'view-head'}, el('h1', {text: t('settings.title')})),
        hint ? el('p', {class: 'settings-hint', id: 'settings-hint'}, hint, ' ', t('settings.unsetHelp')) : null,
        form);
  }

  return {
    async mount(target) {
      document.title = `${t('settings.documentTitle')} · Kodetræ`;
      target.append(root);
      await render();
    },
    async update() {
      await render();
    },
  };
}
