// Who is coding: a name in the top bar, kept in localStorage, sent as coder/actor with every change so that
// undo and redo act on this person's own actions only.

const KEY = 'kodetrae.coder';
const DEFAULT = 'forsker';

export function coder() {
  try {
    return (localStorage.getItem(KEY) || '').trim() || DEFAULT;
  } catch (e) {
    return DEFAULT;
  }
}

/** Wires the "Koder:" field in the top bar. */
export function bindCoderField(input) {
  input.value = coder();
  input.addEventListener('change', () => {
    const name = input.value.trim() || DEFAULT;
    input.value = name;
    localStorage.setItem(KEY, name);
  });
}
