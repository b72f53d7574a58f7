// The page: a top bar, one view at a time, chosen by the location hash. A view is {mount, update, unmount};
// moving within a view (another page of hits, another filter) calls update so that the view keeps its state.

import {api} from './api.js';
import {el, replace} from './dom.js';
import {errorText, language, onLanguageChange, problemTexts, setLanguage, t, tn, translateShell} from './i18n.js';
import {href, parseHash} from './router.js';
import {documentsView} from './documents.js';
import {readerView} from './reader.js';
import {searchView} from './search.js';
import {importView} from './importer.js';
import {codesView} from './codes.js';
import {compareView} from './compare.js';
import {bindCoderField} from './coder.js';
import {codebookIndex} from './codebooks.js';
import {ordered} from './attributes.js';
import {settingsView} from './settings.js';
import {roundsView} from './rounds.js';
import {loadTeam, projectPicker, teamView} from './team.js';
import {currentUser, isSignedOut, showAccount, showLogin} from './login.js';
import {pseudonymsView} from './pseudonyms.js';

const container = document.getElementById('view');
const notice = document.getElementById('notice');

/** What views share: cached attribute metadata, codebooks and project settings, the project line, messages. */
const context = {
  settingsPromise: null,
  /** The project's settings in force (GET /project/settings), cached until settingsChanged(). */
  settings() {
    this.settingsPromise ??= api.settings().catch((e) => {
      this.settingsPromise = null;
      throw e;
    });
    return this.settingsPromise;
  },
  settingsChanged() {
    this.settingsPromise = null;
    this.attributesPromise = null;
    this.codebooksPromise = null;
  },
  attributesPromise: null,
  /** The attributes, the ones the settings name first. */
  attributes() {
    this.attributesPromise ??= Promise.all([api.attributes(), this.settings()])
        .then(([attributes, settings]) => ordered(attributes, settings)).catch((e) => {
          this.attributesPromise = null;
          throw e;
        });
    return this.attributesPromise;
  },
  codebooksPromise: null,
  /** The codebooks with their codes (codebookIndex), cached until codesChanged(). */
  codebooks() {
    this.codebooksPromise ??= Promise.all([api.codebooks(), this.settings()])
        .then(([books, settings]) => codebookIndex(books, settings.defaultCodebook)).catch((e) => {
          this.codebooksPromise = null;
          throw e;
        });
    return this.codebooksPromise;
  },
  codesChanged() {
    this.codebooksPromise = null;
  },
  /** After an import or reindex: forget cached metadata and refresh the project line. */
  changed() {
    this.settingsChanged();
    showProject();
  },
  notify(message) {
    notice.textContent = message;
    notice.hidden = !message;
  },
};

const views = {
  documents: documentsView,
  reader: readerView,
  search: searchView,
  import: importView,
  codes: codesView,
  compare: compareView,
  settings: settingsView,
  rounds: roundsView,
  team: teamView,
  pseudonyms: pseudonymsView,
};

let current = {name: null, view: null};
let sequence = 0;

function viewName(path) {
  const [first, second] = path;
  if (first === 'documents') {
    return second === undefined ? 'documents' : 'reader';
  }
  return views[first] ? first : 'missing';
}

async function render() {
  const route = parseHash(location.hash);
  if (route.path.length === 0) {
    location.replace(href(['documents']));
    return;
  }
  const mine = ++sequence;
  const name = viewName(route.path);
  context.notify('');
  markTab(name, route);
  container.dataset.loaded = '';
  try {
    if (name === current.name) {
      await current.view.update(route);
    } else {
      current.view?.unmount?.();
      container.replaceChildren();
      document.title = 'Kodetræ';
      current = {name, view: name === 'missing' ? missingView() : views[name](context)};
      await current.view.mount(container, route);
    }
  } catch (e) {
    if (mine === sequence && isSignedOut(e)) {
      // The session ended (idle, logout elsewhere, a password change): log in again, then come back here.
      current.view?.unmount?.();
      current = {name: null, view: null};
      showLogin(container);
    } else if (mine === sequence) {
      replace(container, errorPanel(e));
    }
  }
  if (mine === sequence) {
    container.dataset.loaded = location.hash;
  }
}

function markTab(name, route) {
  for (const tab of document.querySelectorAll('.tabs a')) {
    if (tab.dataset.view === name) {
      tab.setAttribute('aria-current', 'page');
    } else {
      tab.removeAttribute('aria-current');
    }
  }
  if (name === 'reader') {
    // The reader tab returns to the last document read, at the same place.
    document.getElementById('reader-tab').href = href(route.path, route.params);
  }
}

function missingView() {
  return {
    mount(target) {
      target.append(el('section', {class: 'panel empty'},
          el('h1', {text: t('missing.title')}),
          el('p', {}, t('missing.goTo'), ' ', el('a', {href: href(['documents']), text: t('nav.documents')}))));
    },
  };
}

function errorPanel(error) {
  return el('section', {class: 'panel error-panel'},
      el('h1', {text: t('error.title')}),
      el('p', {text: errorText(error)}),
      error.problems?.length ? el('ul', {}, problemTexts(error).map((p) => el('li', {text: p}))) : null);
}

async function showProject() {
  const line = document.getElementById('project-info');
  try {
    const project = await api.project();
    replace(line,
        // The name leads to the project's settings: below 1,200 px the top bar has no room for their tab.
        el('a', {class: 'project-name', href: href(['settings']), text: project.name,
          title: `${project.name} · ${t('nav.settings')}`, translate: 'no'}),
        el('span', {text: tn('count.documents', project.documents)}),
        el('span', {text: tn('count.sentences', project.units.sentence ?? 0)}));
  } catch (e) {
    line.textContent = '';
  }
}

/** The DA/EN buttons in the top bar: a switch draws the shell, the project line and the current view again. */
function bindLanguageSwitch() {
  const buttons = document.querySelectorAll('.language-switch button');
  const mark = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.language === language())));
  buttons.forEach((b) => b.addEventListener('click', () => setLanguage(b.dataset.language)));
  onLanguageChange(() => {
    mark();
    translateShell();
    if (document.body.classList.contains('signed-out')) {
      showLogin(container);
      return;
    }
    showAccount(document.getElementById('account'), user);
    showPicker();
    showProject();
    current.view?.unmount?.();
    current = {name: null, view: null};
    render();
  });
  mark();
}

/** Another project chosen in the picker: everything cached and shown was the other project's. */
function projectChanged() {
  context.settingsChanged();
  context.codesChanged();
  showProject();
  current.view?.unmount?.();
  current = {name: null, view: null};
  render();
}

function showPicker() {
  replace(document.getElementById('project-picker-slot'), projectPicker(projectChanged));
}

/** The session's user: null before login on a team server, undefined when the server did not say. */
let user;

/** A team server without a session shows the login form; otherwise the account, the project and the view. */
async function start() {
  // A server that does not answer gets its error shown in the view, as before there were logins.
  user = await currentUser().catch(() => undefined);
  if (user === null) {
    showLogin(container);
    return;
  }
  showAccount(document.getElementById('account'), user);
  window.addEventListener('hashchange', render);
  await loadTeam().catch(() => null);
  showPicker();
  showProject();
  render();
}

translateShell();
bindLanguageSwitch();
bindCoderField(document.getElementById('coder'));
start();
