// Which attributes the page offers as filters and shows beside hits. Attribute metadata comes from
// GET /attributes: [{name, type, values: {value: documentCount}}]; the project's settings
// (GET /project/settings) say which attributes matter most to the study.

/** A filter lists every value, so only attributes with a handful of values make good filters. */
const MAX_FILTER_VALUES = 12;

/** The attributes an attribution template reads: "({rolle}, {team=ja?med|uden})" → ['rolle', 'team']. */
export function templateAttributes(template) {
  return [...(template || '').matchAll(/\{\s*([^{}=?|]+?)\s*(?:=[^{}]*)?\}/g)].map((m) => m[1]);
}

/**
 * Attributes in display order: those the settings name (the cluster attribute, the attributes with group labels,
 * then those the attribution template reads: what a study groups and attributes quotes by) first, then the rest in
 * the order given. Without settings the order is kept.
 */
export function ordered(attributes, settings = null) {
  const preferred = settings ? [settings.clusterAttribute, ...Object.keys(settings.groupLabels || {}),
    ...templateAttributes(settings.attributionTemplate)] : [];
  const rank = (a) => {
    const i = preferred.indexOf(a.name);
    return i < 0 ? preferred.length : i;
  };
  return [...attributes].sort((a, b) => rank(a) - rank(b));
}

/** The attribute to group by when none is chosen: the first with group labels, else the first filterable one. */
export function defaultGrouping(attributes, settings) {
  const labelled = Object.keys(settings?.groupLabels || {});
  const candidates = filterable(attributes);
  return (candidates.find((a) => labelled.includes(a.name)) || candidates[0])?.name || '';
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
