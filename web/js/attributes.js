// Which attributes the page offers as filters and shows beside hits. Attribute metadata comes from
// GET /attributes: [{name, type, values: {value: documentCount}}].

/** Attributes shown first and beside each hit when the project has them (the demo corpus's design). */
const PREFERRED = ['kommune', 'ressourceteam', 'rolle'];

/** A filter lists every value, so only attributes with a handful of values make good filters. */
const MAX_FILTER_VALUES = 12;

/** Attributes in display order: the preferred ones first, then the rest as the server lists them. */
export function ordered(attributes) {
  const rank = (a) => {
    const i = PREFERRED.indexOf(a.name);
    return i < 0 ? PREFERRED.length : i;
  };
  return [...attributes].sort((a, b) => rank(a) - rank(b));
}

/** Categorical attributes (text or yes/no with few values), the ones worth a filter or a bar list. */
export function filterable(attributes) {
  return ordered(attributes).filter((a) => (a.type === 'text' || a.type === 'boolean')
      && Object.keys(a.values).length <= MAX_FILTER_VALUES);
}

/** The two or three attributes shown beside each hit. */
export function keyAttributes(attributes) {
  return filterable(attributes).slice(0, 3).map((a) => a.name);
}

/** Values in a sensible order: numbers numerically, the rest alphabetically in Danish. */
export function sortedValues(values) {
  return [...values].sort(compareValues);
}

const collator = new Intl.Collator('da', {numeric: true, sensitivity: 'base'});

export function compareValues(a, b) {
  return collator.compare(String(a), String(b));
}
