// Hash routes: #/documents, #/documents/A-B1?from=1234&to=1301, #/search?q=...&where=kommune:A&page=2, #/import.
// Path segments are URI-encoded; parameters use URLSearchParams, so a route survives reload, back and sharing.

/** {path: ['documents', 'A-B1'], params: URLSearchParams} from a hash such as "#/documents/A-B1?from=3". */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const question = raw.indexOf('?');
  const pathPart = question < 0 ? raw : raw.slice(0, question);
  const params = new URLSearchParams(question < 0 ? '' : raw.slice(question + 1));
  const path = pathPart.split('/').filter((s) => s !== '').map(decodeSegment);
  return {path, params};
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    return segment;
  }
}

/** "#/documents/A-B1?from=3&to=9" from (['documents', 'A-B1'], {from: 3, to: 9}); params may be URLSearchParams. */
export function href(path, params) {
  const query = params ? new URLSearchParams(params).toString() : '';
  return '#/' + path.map(encodeURIComponent).join('/') + (query ? '?' + query : '');
}

/** Goes to a route; the hashchange listener in app.js renders it. */
export function navigate(path, params) {
  const target = href(path, params);
  if (target !== location.hash) {
    location.hash = target;
  }
}
