// The REST API under /api/v1. Every failure becomes an ApiError with the server's {error, detail, problems}.

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail || body?.error || `HTTP ${status}`);
    this.status = status;
    this.error = body?.error || '';
    this.detail = body?.detail || this.message;
    this.problems = Array.isArray(body?.problems) ? body.problems : [];
  }
}

async function request(path, options = {}) {
  let response;
  try {
    response = await fetch(BASE + path, {headers: {Accept: 'application/json'}, ...options});
  } catch (e) {
    throw new ApiError(0, {error: 'netværksfejl', detail: 'Serveren svarer ikke. Kører Kodetræ stadig?'});
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export const api = {
  project: () => request('/project'),
  documents: () => request('/documents'),
  document: (idOrName) => request('/documents/' + encodeURIComponent(idOrName)),
  attributes: () => request('/attributes'),
  /** params: URLSearchParams with q, where (repeated), speaker, unit, order, offset, limit. */
  search: (params) => request('/search?' + params.toString()),
  importFiles: (form) => request('/import?async=true', {method: 'POST', body: form}),
  reindex: () => request('/reindex?async=true', {method: 'POST'}),
  job: (id) => request('/jobs/' + encodeURIComponent(id)),
};

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
