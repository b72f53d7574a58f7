// Importér: upload transcripts (and a manifest) as a background job, follow its progress, then show the import
// report (counts, warnings with file and line) or why nothing was imported. "Genopbyg indeks" rebuilds the
// search index the same way.

import {api, followJob, qdpxUrl} from './api.js';
import {coder} from './coder.js';
import {el, number, replace} from './dom.js';
import {coded, errorText, problemTexts, t, tn} from './i18n.js';
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
      el('h3', {text: t('import.imported', {documents: tn('count.documents', report.documentNames.length)})}),
      el('div', {class: 'stats'},
          stat(report.documentNames.length, t('import.stat.documents'), 'documents'),
          stat(report.turns, t('import.stat.turns'), 'turns'),
          stat(report.sentences, t('import.stat.sentences'), 'sentences'),
          stat(report.attributesSet, t('import.stat.attributes'), 'attributes'),
          stat(report.skipped.length, t('import.stat.skipped'), 'skipped', true),
          stat(warnings.length, t('import.stat.warnings'), 'warnings', true)),
      report.documentNames.length ? el('p', {class: 'imported-documents'}, t('import.open'), ' ',
          report.documentNames.map((name, i) => [i ? ', ' : '',
            el('a', {href: href(['documents', name]), text: name, translate: 'no'})]))
          : null,
      warnings.length ? el('table', {class: 'warnings', id: 'import-warnings'},
          el('thead', {}, el('tr', {}, el('th', {text: t('import.warning.file')}), el('th', {text: t('import.warning.line')}),
              el('th', {text: t('import.warning.text')}))),
          el('tbody', {}, warnings.map((w) => el('tr', {},
              el('td', {text: w.file, translate: 'no'}), el('td', {class: 'number', text: w.line > 0 ? number(w.line) : '—'}),
              el('td', {text: coded(w.code, w.params, w.message)}))))) : null,
      report.skipped.length ? el('div', {class: 'skipped'}, el('h4', {text: t('import.skipped')}),
          el('ul', {}, report.skipped.map((s) => el('li', {text: s, translate: 'no'})))) : null);
}

function errorView(id, title, error) {
  return el('div', {class: 'job-error', id, role: 'alert'},
      el('h3', {text: title}),
      error.code === 'import.refused' ? null : el('p', {text: errorText(error)}),
      error.problems?.length ? el('ul', {class: 'problems'}, problemTexts(error).map((p) => el('li', {text: p}))) : null);
}

function fileList(input, target) {
  const names = Array.from(input.files).map((f) => f.name);
  target.textContent = names.length ? names.join(', ') : t('import.noFilesChosen');
  target.translate = names.length === 0;
}

/** What a REFI-QDA import did: counts, the position convention it chose, each selection it could not place. */
function qdpxReportView(report) {
  return el('div', {class: 'report', id: 'qdpx-report'},
      el('h3', {text: t('qdpx.imported', {tool: report.tool, documents: tn('count.documents', report.documents.length)})}),
      el('div', {class: 'stats'},
          stat(report.documents.length, t('import.stat.documents'), 'documents'),
          stat(report.codes, t('qdpx.stat.codes'), 'codes'),
          stat(report.codings, t('qdpx.stat.codings'), 'codings'),
          stat(report.memos, t('qdpx.stat.memos'), 'memos'),
          stat(report.notPlaced.length, t('qdpx.stat.notPlaced'), 'not-placed', true),
          stat(report.warnings.length, t('import.stat.warnings'), 'warnings', true)),
      el('p', {id: 'qdpx-positions', text: t('qdpx.positions', {convention: t(`qdpx.convention.${report.convention}`),
        placed: report.placed, selections: report.selections, boundaries: report.onWordBoundary})}),
      report.coders.length ? el('p', {}, t('qdpx.coders'), ' ', el('span', {text: report.coders.join(', '),
        translate: 'no'})) : null,
      report.notPlaced.length ? el('div', {class: 'skipped', id: 'qdpx-not-placed'},
          el('h4', {text: t('qdpx.notPlaced')}),
          el('ul', {}, report.notPlaced.map((s) => el('li', {text: s, translate: 'no'})))) : null,
      report.warnings.length ? el('div', {class: 'skipped', id: 'qdpx-warnings'}, el('h4', {text: t('qdpx.warnings')}),
          el('ul', {}, report.warnings.map((w) => el('li', {text: w, translate: 'no'})))) : null);
}

/** The REFI-QDA panel: import a .qdpx project or .qdc codebook from another program; export the project. */
function refiQdaPanel(context) {
  const file = el('input', {type: 'file', id: 'qdpx-file', name: 'file', accept: '.qdpx,.qdc'});
  const chosen = el('span', {class: 'chosen', text: t('qdpx.noFileChosen')});
  const submit = el('button', {type: 'submit', class: 'primary', id: 'qdpx-submit', text: t('qdpx.submit')});
  const progress = progressView('qdpx-progress');
  const outcome = el('div', {class: 'outcome', id: 'qdpx-outcome'});
  file.addEventListener('change', () => {
    chosen.textContent = file.files.length ? file.files[0].name : t('qdpx.noFileChosen');
  });
  const form = el('form', {class: 'import-form', id: 'qdpx-form'}, file,
      el('div', {class: 'file-picker'},
          el('label', {class: 'button', for: 'qdpx-file', text: t('qdpx.choose')}), chosen),
      el('div', {class: 'actions'}, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (file.files.length === 0) {
      replace(outcome, el('div', {class: 'job-error', id: 'qdpx-error', role: 'alert'},
          el('h3', {text: t('qdpx.chooseFile')})));
      return;
    }
    const body = new FormData();
    body.append('file', file.files[0], file.files[0].name);
    submit.disabled = true;
    outcome.replaceChildren();
    progress.start(t('qdpx.sending', {file: file.files[0].name}));
    try {
      const {job} = await api.importRefiQda(body, coder());
      const report = await followJob(job, (j) => progress.update(j, (s) => s.state === 'queued'
          ? t('job.queued') : t('qdpx.reading', {file: s.step})));
      progress.finish(t('import.finished', {documents: tn('count.documents', report.documents.length)}));
      replace(outcome, qdpxReportView(report));
      form.reset();
      chosen.textContent = t('qdpx.noFileChosen');
      context.changed();
    } catch (e) {
      progress.root.hidden = true;
      replace(outcome, errorView('qdpx-error', t('import.refused'), e));
    } finally {
      submit.disabled = false;
    }
  });
  const exportLink = el('a', {class: 'button', id: 'qdpx-export', download: 'kodetrae-projekt.qdpx',
    href: qdpxUrl(coder()), text: t('qdpx.export')});
  exportLink.addEventListener('click', () => {
    exportLink.href = qdpxUrl(coder());
  });
  return el('section', {class: 'panel', id: 'qdpx-panel'},
      el('h2', {text: t('qdpx.title')}),
      el('p', {class: 'muted', text: t('qdpx.explanation')}),
      form, progress.root, outcome,
      el('div', {class: 'actions'}, exportLink));
}

export function importView(context) {
  const files = el('input', {type: 'file', id: 'import-files', name: 'files', multiple: true,
    accept: '.txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf'});
  const manifest = el('input', {type: 'file', id: 'import-manifest', name: 'manifest', accept: '.csv,text/csv'});
  const chosen = el('p', {class: 'chosen', text: t('import.noFilesChosen')});
  const manifestChosen = el('span', {class: 'chosen', text: t('import.noManifestChosen')});
  const submit = el('button', {type: 'submit', class: 'primary', id: 'import-submit', text: t('import.submit')});
  const progress = progressView('import-progress');
  const outcome = el('div', {class: 'outcome', id: 'import-outcome'});

  const drop = el('label', {class: 'dropzone', for: 'import-files'},
      el('span', {class: 'dropzone-title', text: t('import.drop.title')}),
      el('span', {class: 'dropzone-hint', text: t('import.drop.hint')}),
      chosen);
  files.addEventListener('change', () => fileList(files, chosen));
  manifest.addEventListener('change', () => {
    manifestChosen.textContent = manifest.files.length ? manifest.files[0].name : t('import.noManifestChosen');
    manifestChosen.translate = manifest.files.length === 0;
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
      el('div', {class: 'field'}, el('span', {class: 'field-label', text: t('import.manifest.label')}),
          el('div', {class: 'file-picker'},
              el('label', {class: 'button', for: 'import-manifest', text: t('import.manifest.choose')}),
              manifestChosen),
          el('span', {class: 'hint', text: t('import.manifest.hint')})),
      el('div', {class: 'actions'}, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (files.files.length === 0) {
      replace(outcome, errorView('import-error', t('import.chooseFiles'), {code: 'import.noFiles'}));
      return;
    }
    const body = new FormData();
    Array.from(files.files).forEach((f) => body.append('files', f, f.name));
    if (manifest.files.length) {
      body.append('manifest', manifest.files[0], manifest.files[0].name);
    }
    submit.disabled = true;
    outcome.replaceChildren();
    progress.start(tn('import.sending', files.files.length));
    try {
      const {job} = await api.importFiles(body);
      const report = await followJob(job, (j) => progress.update(j, (s) => s.state === 'queued'
          ? t('job.queued')
          : t('import.progress', {done: s.done, total: s.total}) + (s.step ? ' · ' + s.step : '')));
      progress.finish(t('import.finished', {documents: tn('count.documents', report.documentNames.length)}));
      replace(outcome, reportView(report));
      outcome.scrollIntoView({block: 'nearest'});
      form.reset();
      fileList(files, chosen);
      manifestChosen.textContent = t('import.noManifestChosen');
      context.changed();
    } catch (e) {
      progress.root.hidden = true;
      replace(outcome, errorView('import-error', t('import.refused'), e));
      outcome.scrollIntoView({block: 'nearest'});
    } finally {
      submit.disabled = false;
    }
  });

  const reindexButton = el('button', {type: 'button', id: 'reindex', text: t('reindex.button')});
  const reindexProgress = progressView('reindex-progress');
  const reindexOutcome = el('div', {class: 'outcome', id: 'reindex-outcome'});
  reindexButton.addEventListener('click', async () => {
    reindexButton.disabled = true;
    reindexOutcome.replaceChildren();
    reindexProgress.start(t('job.starting'));
    try {
      const {job} = await api.reindex();
      const result = await followJob(job, (j) => reindexProgress.update(j, (s) => s.state === 'queued'
          ? t('job.queued') : t('reindex.progress', {done: s.done, total: s.total})));
      reindexProgress.finish(t('job.done'));
      replace(reindexOutcome, el('p', {class: 'done', id: 'reindex-result', text: t('reindex.done', {
        documents: tn('count.documents', result.documents),
        sentences: tn('count.sentences', result.units.sentence ?? 0),
        turns: tn('count.turns', result.units.turn ?? 0),
        seconds: Math.round(result.millis / 100) / 10})}));
      context.changed();
    } catch (e) {
      reindexProgress.root.hidden = true;
      replace(reindexOutcome, errorView('reindex-error', t('reindex.failed'), e));
    } finally {
      reindexButton.disabled = false;
    }
  });

  return {
    mount(target) {
      document.title = `${t('nav.import')} · Kodetræ`;
      target.append(el('section', {class: 'import-view'},
          el('div', {class: 'view-head'}, el('h1', {text: t('nav.import')})),
          el('div', {class: 'import-layout'},
              el('section', {class: 'panel'},
                  el('h2', {text: t('import.transcripts')}),
                  el('p', {class: 'muted', text: t('import.allOrNothing')}),
                  form, progress.root, outcome),
              refiQdaPanel(context),
              el('section', {class: 'panel'},
                  el('h2', {text: t('reindex.title')}),
                  el('p', {class: 'muted', text: t('reindex.explanation')}),
                  el('div', {class: 'actions'}, reindexButton), reindexProgress.root, reindexOutcome))));
    },
    update() {},
  };
}
