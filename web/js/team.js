// Teams. On a team server the page works in one project at a time: the signed-in user's projects come from
// GET /team/projects with their role there and what it allows; a picker in the top bar switches between them (for
// members of several) and every call names the chosen one (api.js). Controls the role cannot use are hidden by
// the body's may-* classes (style.css); the server refuses them regardless. Admins get the Team view: projects,
// their members, and the audit log. On a personal server none of this shows.

import {api, AUDIT_CSV_URL, useProject} from './api.js';
import {el, replace} from './dom.js';
import {errorText, t} from './i18n.js';

const KEY = 'kodetrae.project';
const ROLES = ['admin', 'researcher', 'coder', 'evaluator', 'report-writer'];

/** What the page knows of the team: mode, the signed-in user, their projects and the current one. */
export const team = {mode: 'personal', user: null, projects: [], current: null};

/** Asks the server who is asking; on a team server loads the user's projects and chooses one. */
export async function loadTeam() {
  const who = await api.whoami().catch(() => null);
  if (who?.mode !== 'team') {
    return team;
  }
  team.mode = 'team';
  team.user = who;
  team.projects = (await api.teamProjects()).filter((p) => !p.archived);
  choose(team.projects.find((p) => p.name === saved()) ?? team.projects[0] ?? null);
  return team;
}

function saved() {
  try {
    return localStorage.getItem(KEY);
  } catch (e) {
    return null;
  }
}

function choose(project) {
  team.current = project;
  useProject(project?.name ?? null);
  if (project) {
    localStorage.setItem(KEY, project.name);
  }
  markPermissions();
}

/** body.team, body.team-admin and one may-<permission> class per right the role has in the current project. */
function markPermissions() {
  const body = document.body;
  body.classList.toggle('team', team.mode === 'team');
  body.classList.toggle('team-admin', team.user?.role === 'admin');
  [...body.classList].filter((c) => c.startsWith('may-')).forEach((c) => body.classList.remove(c));
  for (const permission of team.current?.permissions ?? []) {
    body.classList.add('may-' + permission.replace('_', '-'));
  }
}

/** The top bar's project: a picker for a member of several projects, the title alone for one, else nothing. */
export function projectPicker(onChange) {
  if (team.mode !== 'team' || !team.current) {
    return null;
  }
  if (team.projects.length === 1) {
    return el('span', {class: 'project-title', id: 'project-title', text: team.current.title, translate: 'no'});
  }
  return el('label', {class: 'project-picker'}, el('span', {class: 'visually-hidden', text: t('team.project')}),
      el('select', {id: 'project-picker', onchange: (e) => {
        choose(team.projects.find((p) => p.name === e.target.value));
        onChange();
      }}, team.projects.map((p) => el('option', {value: p.name, text: p.title, selected: p === team.current}))));
}

/** The admin view (#/team): projects, the members of one, and the audit log. */
export function teamView() {
  const root = el('section', {class: 'team-view', id: 'team-view'});
  const status = el('p', {class: 'team-status', id: 'team-status', role: 'status'});
  let selected = null;

  async function act(work, done) {
    try {
      await work();
      status.textContent = done;
      await render();
    } catch (e) {
      status.textContent = errorText(e);
    }
  }

  function projectRows(projects) {
    return el('table', {class: 'team-projects', id: 'team-projects'},
        el('thead', {}, el('tr', {}, el('th', {text: t('team.name')}), el('th', {text: t('team.title')}),
            el('th', {text: ''}))),
        el('tbody', {}, projects.map((p) => el('tr', {dataset: {project: p.name}},
            el('td', {}, el('button', {type: 'button', class: 'link-button', text: p.name,
              onclick: () => { selected = p.name; render(); }})),
            el('td', {class: 'team-project-title', text: p.title}),
            el('td', {}, p.archived ? t('team.archived') : el('button', {type: 'button', class: 'link-button',
              text: t('team.archive'), onclick: () => act(() => api.archiveProject(p.name),
                  t('team.archivedDone', {name: p.name}))}))))));
  }

  function addProjectForm() {
    const name = el('input', {type: 'text', id: 'team-new-name', required: true, spellcheck: 'false',
      pattern: '[a-z0-9][a-z0-9\\-]{0,39}'});
    const title = el('input', {type: 'text', id: 'team-new-title', required: true});
    return el('form', {class: 'team-add', id: 'team-add', onsubmit: (e) => {
      e.preventDefault();
      act(() => api.addProject(name.value.trim(), title.value.trim()), t('team.added', {name: name.value.trim()}));
    }}, el('label', {}, t('team.name'), ' ', name), el('label', {}, t('team.title'), ' ', title),
    el('button', {type: 'submit', class: 'button-primary', text: t('team.add')}));
  }

  function roleSelect(value, id) {
    return el('select', {id}, ROLES.map((r) => el('option', {value: r, text: t('role.' + r), selected: r === value})));
  }

  function memberRows(members) {
    return el('table', {class: 'team-members', id: 'team-members'}, el('tbody', {}, members.map((m) => {
      const role = roleSelect(m.role);
      role.addEventListener('change', () => act(() => api.setMember(selected, m.user, role.value),
          t('team.memberSet', {user: m.user, role: t('role.' + role.value)})));
      return el('tr', {dataset: {user: m.user}}, el('td', {class: 'team-member-name', text: m.user}),
          el('td', {}, role),
          el('td', {}, el('button', {type: 'button', class: 'link-button', text: t('team.remove'),
            onclick: () => act(() => api.removeMember(selected, m.user), t('team.removed', {user: m.user}))})));
    })));
  }

  function addMemberForm() {
    const user = el('input', {type: 'text', id: 'team-member-user', required: true, spellcheck: 'false'});
    const role = roleSelect('researcher', 'team-member-role');
    return el('form', {class: 'team-add', id: 'team-member-add', onsubmit: (e) => {
      e.preventDefault();
      act(() => api.setMember(selected, user.value.trim(), role.value),
          t('team.memberSet', {user: user.value.trim(), role: t('role.' + role.value)}));
    }}, el('label', {}, t('team.user'), ' ', user), el('label', {}, t('team.role'), ' ', role),
    el('button', {type: 'submit', class: 'button-primary', text: t('team.addMember')}));
  }

  function auditRows(entries) {
    return el('table', {class: 'team-audit', id: 'team-audit'},
        el('thead', {}, el('tr', {}, ['at', 'actor', 'action', 'project', 'detail']
            .map((c) => el('th', {text: t('audit.' + c)})))),
        el('tbody', {}, entries.map((e) => el('tr', {}, el('td', {text: new Date(e.at).toISOString()}),
            el('td', {text: e.actor}), el('td', {text: e.action}), el('td', {text: e.project}),
            el('td', {text: e.detail})))));
  }

  async function render() {
    const [projects, audit] = await Promise.all([api.teamProjects(), api.audit(50)]);
    selected ??= projects[0]?.name ?? null;
    const members = selected ? await api.members(selected) : [];
    replace(root,
        el('h1', {text: t('team.heading')}), status,
        el('section', {class: 'panel'}, el('h2', {text: t('team.projects')}), projectRows(projects), addProjectForm()),
        selected ? el('section', {class: 'panel', id: 'team-members-panel'},
            el('h2', {text: t('team.membersOf', {name: selected})}), memberRows(members), addMemberForm()) : null,
        el('section', {class: 'panel'}, el('h2', {text: t('team.audit')}),
            el('a', {class: 'button', id: 'audit-csv', href: AUDIT_CSV_URL, download: 'audit.csv',
              text: t('team.auditCsv')}), auditRows(audit)));
  }

  return {
    async mount(target) {
      target.append(root);
      await render();
    },
    update() {
      return render();
    },
  };
}
