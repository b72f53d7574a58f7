// Importér: upload transcripts (and a manifest) as a background job, follow its progress, then show the import
// report (counts, warnings with file and line) or why nothing was imported. "Genopbyg indeks" rebuilds the
// search index the same way.

import {api, followJob} from './api.js';
import {count, el, number, replace} from './dom.js';
import {href} from './router.js';

/** A progress bar with a line of text, driven by job states {state, done, total, step}. */
function progressView(id) {
  const fill = el('span', {class: 'progress-fill'});
  const bar = el('div', {class: 'progress', role: 'progressbar', 'aria-valuemin': 0}, fill);
  const label = el('p', {class: 'progress-label'});
  const root = el('div', {class: 'progress-block', id, hidden: true}, bar, label);
  return {
    root,
    start(text) {
      root.hidden = false;
      root.classList.remove('finished');
      fill.style.width = '0%';
      label.textContent = text;
    },
    update(job, describe) {
      const share = job.total > 0 ? job.done / job.total : 0;
      fill.style.width = `${Math.round(100 * share)}%`;
      bar.setAttribute('aria-valuemax', job.total);
      bar.setAttribute('aria-valuenow', job.done);
      label.textContent = describe(job);
    },
    finish(text) {
      fill.style.width = '100%';
      root.classList.add('finished');
      label.textContent = text;
    },
  };
}

function stat(value, label, id, attention = false) {
  return el('div', {class: attention && value > 0 ? 'stat attention' : 'stat', dataset: {stat: id}},
      el('span', {class: 'stat-value', text: number(value)}), el('span', {class: 'stat-label', text: label}));
}

function reportView(report) {
  const warnings = report.warnings || [];
  return el('div', {class: 'report', id: 'import-report'},
      el('h3', {text: `Importeret: ${count(report.documentNames.length, 'dokument', 'dokumenter')}`}),
      el('div', {class: 'stats'},
          stat(report.documentNames.length, 'dokumenter', 'documents'),
          stat(report.turns, 'ture', 'turns'),
          stat(report.sentences, 'sætninger', 'sentences'),
          stat(report.attributesSet, 'attributter', 'attributes'),
          stat(report.skipped.length, 'sprunget over', 'skipped', true),
          stat(warnings.length, 'advarsler', 'warnings', true)),
      report.documentNames.length ? el('p', {class: 'imported-documents'}, 'Åbn: ',
          report.documentNames.map((name, i) => [i ? ', ' : '', el('a', {href: href(['documents', name]), text: name})]))
          : null,
      warnings.length ? el('table', {class: 'warnings', id: 'import-warnings'},
          el('thead', {}, el('tr', {}, el('th', {text: 'Fil'}), el('th', {text: 'Linje'}), el('th', {text: 'Advarsel'}))),
          el('tbody', {}, warnings.map((w) => el('tr', {},
              el('td', {text: w.file}), el('td', {class: 'number', text: w.line > 0 ? number(w.line) : '—'}),
              el('td', {text: w.message}))))) : null,
      report.skipped.length ? el('div', {class: 'skipped'}, el('h4', {text: 'Sprunget over'}),
          el('ul', {}, report.skipped.map((s) => el('li', {text: s})))) : null);
}

function errorView(id, title, error) {
  return el('div', {class: 'job-error', id, role: 'alert'},
      el('h3', {text: title}),
      el('p', {text: error.detail || error.message}),
      error.problems?.length ? el('ul', {class: 'problems'}, error.problems.map((p) => el('li', {text: p}))) : null);
}

function fileList(input, target) {
  const names = Array.from(input.files).map((f) => f.name);
  target.textContent = names.length ? names.join(', ') : 'Ingen filer valgt';
}

export function importView(context) {
  const files = el('input', {type: 'file', id: 'import-files', name: 'files', multiple: true,
    accept: '.txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf'});
  const manifest = el('input', {type: 'file', id: 'import-manifest', name: 'manifest', accept: '.csv,text/csv'});
  const chosen = el('p', {class: 'chosen', text: 'Ingen filer valgt'});
  const manifestChosen = el('span', {class: 'chosen', text: 'Intet manifest valgt'});
  const submit = el('button', {type: 'submit', class: 'primary', id: 'import-submit', text: 'Importér'});
  const progress = progressView('import-progress');
  const outcome = el('div', {class: 'outcome', id: 'import-outcome'});

  const drop = el('label', {class: 'dropzone', for: 'import-files'},
      el('span', {class: 'dropzone-title', text: 'Vælg eller træk transskriptioner hertil'}),
      el('span', {class: 'dropzone-hint', text: '.txt eller .md i UTF-8, .docx eller .pdf med tekst · talere som I: og R: · '
          + 'tidskoder som [00:01:05] må gerne stå foran'}),
      chosen);
  files.addEventListener('change', () => fileList(files, chosen));
  manifest.addEventListener('change', () => {
    manifestChosen.textContent = manifest.files.length ? manifest.files[0].name : 'Intet manifest valgt';
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    files.files = e.dataTransfer.files;
    fileList(files, chosen);
  });

  const form = el('form', {class: 'import-form', id: 'import-form'},
      files, drop,
      manifest,
      el('div', {class: 'field'}, el('span', {class: 'field-label', text: 'Manifest (valgfrit)'}),
          el('div', {class: 'picker'}, el('label', {class: 'button', for: 'import-manifest', text: 'Vælg CSV …'}),
              manifestChosen),
          el('span', {class: 'hint', text: 'Én række pr. dokument: en kolonne document og én kolonne pr. attribut, '
              + 'fx kommune, ressourceteam, rolle.'})),
      el('div', {class: 'actions'}, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (files.files.length === 0) {
      replace(outcome, errorView('import-error', 'Vælg mindst én fil', {detail: 'Der er ingen filer at importere.'}));
      return;
    }
    const body = new FormData();
    Array.from(files.files).forEach((f) => body.append('files', f, f.name));
    if (manifest.files.length) {
      body.append('manifest', manifest.files[0], manifest.files[0].name);
    }
    submit.disabled = true;
    outcome.replaceChildren();
    progress.start(`Sender ${count(files.files.length, 'fil', 'filer')} …`);
    try {
      const {job} = await api.importFiles(body);
      const report = await followJob(job, (j) => progress.update(j, (s) => s.state === 'queued'
          ? 'Venter på et andet job …'
          : `${number(s.done)} af ${number(s.total)} filer${s.step ? ' · ' + s.step : ''}`));
      progress.finish(`Færdig: ${count(report.documentNames.length, 'dokument', 'dokumenter')} importeret`);
      replace(outcome, reportView(report));
      outcome.scrollIntoView({block: 'nearest'});
      form.reset();
      fileList(files, chosen);
      manifestChosen.textContent = 'Intet manifest valgt';
      context.changed();
    } catch (e) {
      progress.root.hidden = true;
      replace(outcome, errorView('import-error', 'Importen blev afvist — intet er ændret', e));
      outcome.scrollIntoView({block: 'nearest'});
    } finally {
      submit.disabled = false;
    }
  });

  const reindexButton = el('button', {type: 'button', id: 'reindex', text: 'Genopbyg indeks'});
  const reindexProgress = progressView('reindex-progress');
  const reindexOutcome = el('div', {class: 'outcome', id: 'reindex-outcome'});
  reindexButton.addEventListener('click', async () => {
    reindexButton.disabled = true;
    reindexOutcome.replaceChildren();
    reindexProgress.start('Starter …');
    try {
      const {job} = await api.reindex();
      const result = await followJob(job, (j) => reindexProgress.update(j, (s) => s.state === 'queued'
          ? 'Venter på et andet job …' : `${number(s.done)} af ${number(s.total)} dokumenter indekseret`));
      reindexProgress.finish('Færdig');
      replace(reindexOutcome, el('p', {class: 'done', id: 'reindex-result',
        text: `Indekset er genopbygget: ${count(result.documents, 'dokument', 'dokumenter')}, `
          + `${count(result.units.sentence ?? 0, 'sætning', 'sætninger')} og ${count(result.units.turn ?? 0, 'tur', 'ture')}`
          + ` på ${number(Math.round(result.millis / 100) / 10)} s.`}));
      context.changed();
    } catch (e) {
      reindexProgress.root.hidden = true;
      replace(reindexOutcome, errorView('reindex-error', 'Indekset kunne ikke genopbygges', e));
    } finally {
      reindexButton.disabled = false;
    }
  });

  return {
    mount(target) {
      document.title = 'Importér · Kodetræ';
      target.append(el('section', {class: 'import-view'},
          el('div', {class: 'view-head'}, el('h1', {text: 'Importér'})),
          el('div', {class: 'import-layout'},
              el('section', {class: 'panel'},
                  el('h2', {text: 'Transskriptioner'}),
                  el('p', {class: 'muted', text: 'En import lykkes helt eller slet ikke: er en fil ugyldig, '
                      + 'ændres intet, og du får at vide hvilken fil og linje.'}),
                  form, progress.root, outcome),
              el('section', {class: 'panel'},
                  el('h2', {text: 'Søgeindeks'}),
                  el('p', {class: 'muted', text: 'Indekset bygges af sig selv ved import. Genopbyg det, hvis '
                      + 'søgningen virker forkert, eller efter en opgradering.'}),
                  el('div', {class: 'actions'}, reindexButton), reindexProgress.root, reindexOutcome))));
    },
    update() {},
  };
}
