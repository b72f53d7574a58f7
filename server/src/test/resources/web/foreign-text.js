// Run by PageTest.foreignText through executeAsyncScript(script, language): answers the strings of the other
// language that the visible page shows (empty when it speaks only `language`).
// Suspects: every catalogue string of the other language, cut at its {placeholders}, whose pieces of three letters
// or more are not also words of this language's catalogue; plus a few common words of the other language; plus
// this language's catalogue keys (a missing message shows its key). Looked for as whole words in the visible text
// outside data ([translate="no"]: transcripts, names, values), in visible placeholders and in the title.
const [language, done] = arguments;
import('/js/i18n.js').then(({catalogues}) => {
  const other = language === 'da' ? 'en' : 'da';
  const strings = (cat) => Object.values(cat).flatMap((v) => (typeof v === 'object' ? Object.values(v) : [v]));
  const pieces = (s) => s.split(/\{\w+\}/)
      .map((p) => p.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((p) => (p.match(/\p{L}/gu) || []).length >= 3);
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = (p) => new RegExp('(?<![\\p{L}\\p{N}])' + escape(p) + '(?![\\p{L}\\p{N}])', 'u');
  const own = strings(catalogues[language]).join('\n');
  const common = {
    da: ['the', 'and', 'of', 'not', 'error', 'Error', 'refused', 'with', 'cannot'],
    en: ['og', 'ikke', 'af', 'med', 'til', 'på', 'fejl', 'blev', 'eller', 'ingen'],
  }[language];
  const suspects = [...new Set([...strings(catalogues[other]).flatMap(pieces).filter((p) => !word(p).test(own)),
    ...common])];
  const texts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !parent.closest('[translate="no"], script, style, noscript, template')
        && parent.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) {
      texts.push(n.textContent);
    }
  }
  for (const input of document.querySelectorAll('[placeholder]')) {
    if (input.checkVisibility() && !input.closest('[translate="no"]')) {
      texts.push(input.placeholder);
    }
  }
  const text = texts.join('\n');
  const context = (p) => {
    const at = text.search(word(p));
    return `${p} … in "${text.slice(Math.max(0, at - 40), at + p.length + 40).replace(/\s+/g, ' ')}"`;
  };
  const keys = Object.keys(catalogues[language]).filter((k) => k.includes('.') && word(k).test(text));
  done([...suspects.filter((p) => word(p).test(text)).map(context), ...keys.map((k) => `catalogue key ${k}`)]);
}, (e) => done([`cannot load the catalogues: ${e}`]));
