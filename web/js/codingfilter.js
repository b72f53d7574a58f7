// The coding filter of compare, the code view, code queries and the export (issue 18 §2): manual codings only,
// manual and accepted auto codings (the default), or all, unreviewed auto codings included. The URL carries it as
// codings=manual|all; the API takes the same values.

import {el} from './dom.js';
import {t, tn} from './i18n.js';

export const CODING_FILTERS = ['manual', 'reviewed', 'all'];
export const DEFAULT_CODINGS = 'reviewed';

/** The filter a route asks for; anything else is the default. */
export function codingsOf(params) {
  const value = params.get('codings');
  return CODING_FILTERS.includes(value) ? value : DEFAULT_CODINGS;
}

/** Sets codings on URL parameters unless it is the default, which the URL leaves out. */
export function putCodings(params, codings) {
  if (codings !== DEFAULT_CODINGS) {
    params.set('codings', codings);
  }
  return params;
}

/** Radio buttons to choose the filter, the current one checked, under the label "Kodninger". */
export function codingsControl(value, onChange) {
  return el('div', {class: 'field codings-filter'},
      el('span', {class: 'field-label', id: 'codings-label', text: t('codings.label')}),
      el('div', {class: 'segmented', id: 'choose-codings', role: 'radiogroup', 'aria-labelledby': 'codings-label'},
          CODING_FILTERS.map((v) => {
            const radio = el('input', {type: 'radio', name: 'codings', value: v, checked: v === value});
            radio.addEventListener('change', () => onChange(v));
            return el('label', {class: 'segment'}, radio, el('span', {text: t('codings.' + v)}));
          })));
}

/** The sentence that says which codings count and how many unreviewed auto codings there are. */
export function codingsNote(codings, unreviewed) {
  return tn('codings.note.' + codings, unreviewed);
}
