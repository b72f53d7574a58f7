// Signing in to a team server. The page asks the server who is asking (GET /session): a personal server answers
// with its one user and the page starts as always; a team server without a session answers 401, and the page
// shows the login form instead of a view. The session is a cookie the page never sees (HttpOnly). After login the
// page goes to ?next= when that is an address on this site, else to the start: a link cannot send the user to
// another site through the login (an open redirect).

import {api, ApiError} from './api.js';
import {el, replace} from './dom.js';
import {errorText, t} from './i18n.js';

/** The session's user {name, role, mode}; null when a team server wants a login first. */
export async function currentUser() {
  try {
    return await api.whoami();
  } catch (e) {
    if (isSignedOut(e)) {
      return null;
    }
    throw e;
  }
}

/** Whether an API error means the session is missing or over. */
export function isSignedOut(error) {
  return error instanceof ApiError && error.status === 401 && error.code === 'session.required';
}

/**
 * Where to go after login: {@code next} if it resolves to this site's origin (path, query and hash kept), else the
 * start. "//evil.example", "https://evil.example", "/\evil.example" and "javascript:…" all resolve elsewhere.
 */
export function safeNext(next, here = window.location) {
  if (!next) {
    return here.pathname + here.hash;
  }
  try {
    const url = new URL(next, here.href);
    return url.origin === here.origin ? url.pathname + url.search + url.hash : '/';
  } catch (e) {
    return '/';
  }
}

/** Replaces the view with the login form; the top bar shows no views until the user is signed in. */
export function showLogin(container) {
  document.body.classList.add('signed-out');
  const name = el('input', {id: 'login-name', name: 'username', type: 'text', autocomplete: 'username',
    required: true, spellcheck: 'false'});
  const password = el('input', {id: 'login-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true});
  const status = el('p', {class: 'login-status', id: 'login-status', role: 'alert'});
  const button = el('button', {type: 'submit', class: 'primary', id: 'login-submit', text: t('login.submit')});
  const form = el('form', {class: 'panel login-form', id: 'login-form', onsubmit: async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = '';
    try {
      await api.login(name.value, password.value);
      const target = safeNext(new URLSearchParams(window.location.search).get('next'));
      window.history.replaceState(null, '', target);
      window.location.reload();
    } catch (e) {
      password.value = '';
      status.textContent = errorText(e);
      button.disabled = false;
      password.focus();
    }
  }},
  el('h1', {text: t('login.title')}),
  el('p', {class: 'login-intro', text: t('login.intro')}),
  el('label', {class: 'field', for: 'login-name'}, el('span', {class: 'field-label', text: t('login.name')})),
  name,
  el('label', {class: 'field', for: 'login-password'}, el('span', {class: 'field-label', text: t('login.password')})),
  password,
  button,
  status);
  replace(container, form);
  container.dataset.loaded = 'login';
  name.focus();
}

/** The top bar's account: the user's name and role, and logout; nothing on a personal server. */
export function showAccount(slot, user) {
  if (!user || user.mode !== 'team') {
    replace(slot);
    return;
  }
  replace(slot,
      el('span', {class: 'account-name', id: 'account-name', text: user.name, translate: 'no'}),
      el('span', {class: 'account-role', id: 'account-role', text: t('role.' + user.role)}),
      el('button', {type: 'button', class: 'account-logout', id: 'logout', text: t('login.logout'),
        onclick: async () => {
          await api.logout().catch(() => null);
          window.location.reload();
        }}));
}
