// The REST API under /api/v1. Every failure becomes an ApiError with the server's {error, code, params, detail,
// problems, problemCodes}.

import {coder} from './coder.js';

const BASE = '/api/v1';
/**
 * Who reads: an open coding round shows each coder only their own codings (the server's blind rounds). Percent-
 * encoded, since a header carries only Latin-1 and a name may hold any character.
 */
const CODER_HEADER = 'X-Kodetrae-Coder';

/**
 * A failed call: status, the server's English detail and problems, and the stable code, params and problemCodes
 * by which i18n.js (errorText, problemTexts) says the same in the page's language.
 */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail || body?.error || `HTTP ${status}`);
    this.status = status;
    this.error = body?.error || '';
    this.code = body?.code || (status ? `http.${status}` : 'network');
    this.params = body?.params && typeof body.params === 'object' ? body.params : {};
    this.detail = body?.detail || this.message;
    this.problems = Array.isArray(body?.problems) ? body.problems : [];
    this.problemCodes = Array.isArray(body?.problemCodes) ? body.problemCodes : [];
  }
}

/** On a team server, the project every call addresses (team.js chooses it); null on a personal server. */
let project = null;

export function useProject(name) {
  project = name;
}

/** The project's name as a header, for calls that address one. */
function projectHeader() {
  return project ? {'Kodetrae-Project': project} : {};
}

/** A download's address names its project in the query: the browser fetches it itself, without our headers. */
function withProject(params) {
  const all = new URLSearchParams(params);
  if (project) {
    all.set('project', project);
  }
  return all.toString();
}

/**
 * Every call carries X-Kodetrae: the server takes a change only with it, as proof that it comes from this page and
 * not from a form or a no-cors fetch on another site (which cannot send a custom header).
 */
async function request(path, options = {}) {
  let response;
  try {
    response = await fetch(BASE + path, {...options,
      headers: {'Accept': 'application/json', ...projectHeader(), ...options.headers,
        [CODER_HEADER]: encodeURIComponent(coder()), 'X-Kodetrae': '1'}});
  } catch (e) {
    throw new ApiError(0, {code: 'network', detail: 'the server does not answer'});
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

function send(method, path, body) {
  return request(path, {method, headers: {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body)});
}

const q = (params) => new URLSearchParams(params).toString();

export const api = {
  project: () => request('/project'),
  settings: () => request('/project/settings'),
  saveSettings: (body, actor) => send('PUT', `/project/settings?${q({actor})}`, body),
  documents: () => request('/documents'),
  document: (idOrName) => request('/documents/' + encodeURIComponent(idOrName)),
  attributes: () => request('/attributes'),
  /** An empty value removes the attribute from the document. */
  setAttribute: (document, name, value, actor) => send('PUT',
      `/documents/${encodeURIComponent(document)}/attributes/${encodeURIComponent(name)}`, {value, actor}),
  /** Deletes a document without a trace (codings, memos, versions with it); answers what was deleted. */
  deleteDocument: (id, actor) => send('DELETE', `/documents/${encodeURIComponent(id)}?${q({actor})}`),
  /** Replacements [{start, end, text}] of the text at `version`; answers the new version and each coding's fate. */
  editText: (document, version, replacements, actor) => send('POST',
      `/documents/${encodeURIComponent(document)}/edits`, {version, actor, replacements}),
  versions: (document) => request(`/documents/${encodeURIComponent(document)}/versions`),
  applyManifest: (form, actor) => request('/documents/attributes?' + q({actor}), {method: 'POST', body: form}),
  /** params: URLSearchParams with q, where (repeated), speaker, unit, order, offset, limit. */
  search: (params) => request('/search?' + params.toString()),
  importFiles: (form) => request('/import?async=true', {method: 'POST', body: form}),
  importRefiQda: (form, actor) => request(`/refi-qda?${q({async: true, actor})}`, {method: 'POST', body: form}),
  reindex: () => request('/reindex?async=true', {method: 'POST'}),
  job: (id) => request('/jobs/' + encodeURIComponent(id)),

  codebooks: () => request('/codebooks'),
  codingCounts: (codebookId) => request(`/codebooks/${encodeURIComponent(codebookId)}/counts`),
  createCode: (codebookId, body) => send('POST', `/codebooks/${encodeURIComponent(codebookId)}/codes`, body),
  patchCode: (id, actor, body) => send('PATCH', `/codes/${id}?${q({actor})}`, body),
  impact: (id) => request(`/codes/${id}/impact`),
  deleteCode: (id, actor) => send('DELETE', `/codes/${id}?${q({actor})}`),
  mergeCode: (id, into, actor) => send('POST', `/codes/${id}/merge`, {into, actor}),
  /** params: URLSearchParams with sub, where (repeated), speaker, offset, limit. */
  passages: (id, params) => request(`/codes/${id}/passages?${params.toString()}`),
  autocodePreview: (id) => request(`/codes/${id}/autocode`),
  autocode: (id, actor) => send('POST', `/codes/${id}/autocode`, {actor}),

  /** {total, from, to, codings}: at most limit codings in text order, from the first that ends after from. */
  codingPage: (document, from, limit) =>
    request(`/documents/${encodeURIComponent(document)}/codings/page?${q({from, limit})}`),
  rounds: () => request('/rounds'),
  round: (id) => request(`/rounds/${encodeURIComponent(id)}`),
  openRound: (body) => send('POST', '/rounds', body),
  closeRound: (id, actor) => send('POST', `/rounds/${encodeURIComponent(id)}/close`, {actor}),
  decisions: (id) => request(`/rounds/${encodeURIComponent(id)}/decisions`),
  decide: (id, body) => send('POST', `/rounds/${encodeURIComponent(id)}/decisions`, body),
  /** params: URLSearchParams with coders, documents, codes or codebook, unit. */
  agreement: (params) => request('/agreement?' + params.toString()),
  /** params: URLSearchParams with code, coders, documents. */
  disagreements: (params) => request('/agreement/disagreements?' + params.toString()),

  codings: (document) => request(`/documents/${encodeURIComponent(document)}/codings`),
  addCoding: (body) => send('POST', '/codings', body),
  addCodings: (body) => send('POST', '/codings/batch', body),
  adjustCoding: (id, body) => send('PATCH', `/codings/${id}`, body),
  removeCoding: (id, coder) => send('DELETE', `/codings/${id}?${q({coder})}`),
  undo: (coder) => send('POST', '/codings/undo', {coder}),
  redo: (coder) => send('POST', '/codings/redo', {coder}),
  /** What the coder's next undo and redo would do: {undo: step | null, redo: step | null}. */
  history: (coder) => request(`/codings/history?${q({coder})}`),
  review: (body) => send('POST', '/codings/review', body),
  retrieve: (params) => request('/retrieve?' + params.toString()),

  memos: (targetType, targetId) => request('/memos?' + q({targetType, targetId})),
  addMemo: (body) => send('POST', '/memos', body),
  saveMemo: (id, body) => send('PUT', `/memos/${id}`, body),

  pseudonymCandidates: () => request('/pseudonyms/candidates'),
  pseudonymKey: () => request('/pseudonyms/key'),
  addPseudonymName: (body, actor) => send('POST', `/pseudonyms/names?${q({actor})}`, body),
  decidePseudonyms: (decisions, actor) => send('PUT', `/pseudonyms/decisions?${q({actor})}`, decisions),
  applyPseudonyms: (body, actor) => send('POST', `/pseudonyms/apply?${q({actor})}`, body),

  compare: (params) => request('/compare?' + params.toString()),
  cooccurrence: (params) => request('/cooccurrence?' + params.toString()),

  /** Who is asking: {name, role, mode: personal | team}. */
  whoami: () => request('/session'),
  /** Team servers: a new session (the cookie comes with the answer), or login.refused / login.backoff. */
  login: (name, password) => send('POST', '/session', {name, password}),
  logout: () => send('DELETE', '/session'),
  /** Team servers: the caller's projects with their role and its permissions; for admins, all of them. */
  teamProjects: () => request('/team/projects'),
  addProject: (name, title) => send('POST', '/team/projects', {name, title}),
  archiveProject: (name) => send('POST', `/team/projects/${encodeURIComponent(name)}/archive`),
  members: (name) => request(`/team/projects/${encodeURIComponent(name)}/members`),
  setMember: (name, user, role) => send('PUT',
      `/team/projects/${encodeURIComponent(name)}/members/${encodeURIComponent(user)}`, {role}),
  removeMember: (name, user) => send('DELETE',
      `/team/projects/${encodeURIComponent(name)}/members/${encodeURIComponent(user)}`),
  audit: (limit) => request('/audit?' + q({limit})),
};

/** The address of the audit log as a CSV download (admins, team servers). */
export const AUDIT_CSV_URL = BASE + '/audit/csv';

/** The address of the whole project as a REFI-QDA .qdpx download. */
export function qdpxUrl(actor) {
  return `${BASE}/refi-qda/project.qdpx?${withProject({actor})}`;
}

/** The address of an export download (the browser fetches it itself). */
export function exportUrl(params) {
  const withCoder = new URLSearchParams(params);
  withCoder.set('coder', coder());
  return BASE + '/export?' + withProject(withCoder);
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls /jobs/{id} until the job is done (resolves with its result) or failed (rejects with its error).
 * onProgress gets every state seen, {state, done, total, step}.
 */
export async function followJob(id, onProgress, interval = 200) {
  for (;;) {
    const job = await api.job(id);
    onProgress(job);
    if (job.state === 'done') {
      return job.result;
    }
    if (job.state === 'failed') {
      throw new ApiError(400, job.error);
    }
    await delay(interval);
  }
}
