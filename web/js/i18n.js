// The page's language: one message catalogue per language (messages/da.js, messages/en.js), a switch in the top
// bar remembered in localStorage, and the translation of API errors by their code. Every string the page shows
// comes from t()/tn(); only data (transcripts, names, codes, attribute values) is shown as it is.

import {da} from './messages/da.js';
import {en} from './messages/en.js';

export const catalogues = {da, en};
export const LANGUAGES = ['da', 'en'];
const STORAGE_KEY = 'kodetrae.language';
const LOCALES = {da: 'da-DK', en: 'en-GB'};

let current = initialLanguage();
const listeners = new Set();

function initialLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) {
      return stored;
    }
  } catch (e) {
    // Storage may be disabled; the page then starts in Danish every time.
  }
  return 'da';
}

/** 'da' or 'en'. */
export function language() {
  return current;
}

/** The BCP 47 locale for number and date formatting in the current language. */
export function locale() {
  return LOCALES[current];
}

/** Switches the page language, remembers it and tells every listener (the app draws the view again). */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) {
    return;
  }
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch (e) {
    // Not remembered, but switched for this visit.
  }
  document.documentElement.lang = lang;
  numbers = null;
  for (const listener of listeners) {
    listener(lang);
  }
}

/** Calls listener(lang) after every switch; returns a function that stops it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let numbers = null;

/** 7103 → "7.103" (Danish) or "7,103" (English). */
export function number(n) {
  // Six decimals at most: the server rounds what it sends (a p of 0.0079 keeps its digits), counts are whole.
  numbers ??= new Intl.NumberFormat(locale(), {maximumFractionDigits: 6});
  return numbers.format(n);
}

function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = params[name];
    if (value === undefined || value === null) {
      return whole;
    }
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/** Whether the current catalogue has a message for key. */
export function has(key) {
  return Object.hasOwn(catalogues[current], key);
}

/**
 * The message for key in the current language, with {name} placeholders filled from params (numbers formatted
 * for the language). A missing key shows as the key itself, so that a test or a person notices it.
 */
export function t(key, params = {}) {
  const entry = catalogues[current][key];
  if (entry === undefined) {
    console.warn(`no ${current} message '${key}'`);
    return key;
  }
  if (typeof entry === 'object') {
    return fill(entry[plural(params.n ?? 0)] ?? entry.other, params);
  }
  return fill(entry, params);
}

/** The message for key with n as its count: catalogue entries for counts are {one, other}. */
export function tn(key, n, params = {}) {
  return t(key, {...params, n});
}

function plural(n) {
  return new Intl.PluralRules(locale()).select(n) === 'one' ? 'one' : 'other';
}

/**
 * What an API error says, in the page's language: the catalogue's text for its code ("error.<code>") with its
 * params, or, for a code the catalogue does not know, a sentence in the page's language around the server's text.
 */
export function errorText(error) {
  return coded(error.code, error.params, error.detail || error.message || '');
}

/** Each problem of an API error (e.g. each file of a refused import), in the page's language. */
export function problemTexts(error) {
  const codes = Array.isArray(error.problemCodes) ? error.problemCodes : [];
  return (error.problems ?? []).map((text, i) => {
    const params = codes[i]?.params ?? {};
    const message = coded(codes[i]?.code, params, text);
    if (!codes[i] || params.file === undefined) {
      return message;
    }
    return params.line ? t('problem.atLine', {file: params.file, line: params.line, message})
      : t('problem.at', {file: params.file, message});
  });
}

/** A message the server sent as {code, params} beside its English text (errors, caveats, import warnings). */
export function coded(code, params, english) {
  const key = `error.${code}`;
  if (code && has(key)) {
    return t(key, {...translatedParams(params), message: params?.message ?? english});
  }
  return t('error.unknown', {message: english});
}

/** Parameters that name a fixed term (e.g. type: 'boolean') get the catalogue's 'term.<name>.<value>' if any. */
function translatedParams(params = {}) {
  const out = {};
  for (const [name, value] of Object.entries(params)) {
    const term = `term.${name}.${value}`;
    out[name] = has(term) ? t(term) : value;
  }
  return out;
}

/**
 * Translates the static page shell: [data-i18n] elements get their text, [data-i18n-label] elements their
 * aria-label and title, from the catalogue.
 */
export function translateShell(root = document) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of root.querySelectorAll('[data-i18n-label]')) {
    const label = t(node.dataset.i18nLabel);
    node.setAttribute('aria-label', label);
    node.title = label;
  }
}
