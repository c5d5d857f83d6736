import { getLang, label, t, tCode } from '../i18n';
import { formatDate } from '../parse';
import { search, state } from '../store';
import { clear, h } from './dom';
import { birthText, go, personName } from './common';

/** Home: the search box, then the five lists with their counts (or the search results while a query is typed). */
let lastQuery = '';

export function homeView(view: HTMLElement): () => void {
  const input = h('input', {
    testid: 'search-input', type: 'search', placeholder: t('search'), autocomplete: 'off', value: lastQuery,
    'aria-label': t('search'),
  });
  const body = h('div');
  clear(view, h('div', { class: 'search' }, input), body,
    h('div', { class: 'actions' },
      h('button', { testid: 'home-notify', onclick: () => go('#/notify') }, t('notifyStation')),
      h('button', { testid: 'home-case', onclick: () => go('#/case') }, t('actionCase'))));

  function render(): void {
    lastQuery = input.value;
    if (input.value.trim()) renderResults(body, input.value);
    else renderLists(body);
  }
  input.addEventListener('input', render);
  render();
  return render;
}

function renderResults(body: HTMLElement, query: string): void {
  const { ids, total } = search(query);
  clear(body, h('ul', { class: 'rows', testid: 'search-results', 'data-total': total },
    ids.map((id) => {
      const r = state.residents.get(id)!;
      const hh = r.householdId ? state.households.get(r.householdId) : undefined;
      return h('li', { testid: 'resident-row', 'data-person-id': id, onclick: () => go(`#/r/${id}`) },
        h('strong', { testid: 'resident-row-name' }, r.fullName),
        h('span', { class: 'muted' }, [birthText(r), r.phone ?? '', hh?.code ?? ''].filter(Boolean).join(' · ')));
    }),
    total === 0 ? h('li', { class: 'muted', testid: 'search-empty' }, t('noResults')) : null,
    total > ids.length ? h('li', { class: 'muted' }, t('moreResults', total - ids.length)) : null));
}

function section<T extends { personId: string | null }>(testid: string, title: string, rowTestid: string, items: T[],
  detail: (item: T) => string, bad?: (item: T) => boolean): HTMLElement {
  return h('details', { class: 'list', testid: `list-${testid}`, open: items.length > 0 },
    h('summary', null, title, ' ', h('span', { class: 'count', testid: `count-${testid}` }, items.length)),
    h('ul', { class: 'rows' },
      items.length === 0 ? h('li', { class: 'muted' }, t('listEmpty')) : null,
      items.map((item) => h('li', {
        testid: rowTestid, 'data-person-id': item.personId ?? '', class: bad?.(item) ? 'bad' : undefined,
        onclick: item.personId && state.residents.has(item.personId) ? () => go(`#/r/${item.personId}`) : undefined,
      }, h('strong', null, personName(item.personId)), h('span', { class: 'muted' }, detail(item))))));
}

function renderLists(body: HTMLElement): void {
  const l = state.lists;
  const outcome = (code: string) => { const o = state.outcomes.find((x) => x.code === code); return o ? label(o) : code; };
  const disease = (code: string) => { const d = state.diseases.find((x) => x.code === code); return d ? label(d) : code; };
  clear(body,
    state.lastSync === null && state.residents.size === 0 ? h('p', { class: 'notice', testid: 'first-sync-needed' }, t('firstSyncNeeded')) : null,
    section('children', t('listChildren'), 'child-row', l.childrenDue,
      (c) => [c.vaccine ? `${c.vaccine}${c.dose ? ` ${t('dose', c.dose)}` : ''}` : '', c.dueOn ? t('dueOn', formatDate(c.dueOn)) : '',
        c.overdue ? t('overdue') : ''].filter(Boolean).join(' · '), (c) => c.overdue),
    section('chronic', t('listChronic'), 'chronic-row', l.chronicOverdue,
      (c) => [tCode('programme', c.programme), t('daysOverdue', c.daysOverdue),
        c.lastSystolic != null ? t('lastBp', `${c.lastSystolic}/${c.lastDiastolic ?? '?'}`) : '',
        c.lastOutcome ? t('lastCall', outcome(c.lastOutcome)) : ''].filter(Boolean).join(' · ')),
    section('pregnancies', t('listPregnancies'), 'pregnancy-row', l.pregnancies,
      (p) => [p.nextAncOn ? t('nextAnc', formatDate(p.nextAncOn)) : '', p.ancOverdue ? t('overdue') : '',
        p.edd ? t('edd', formatDate(p.edd)) : ''].filter(Boolean).join(' · '), (p) => p.ancOverdue === true),
    section('newborns', t('listNewborns'), 'newborn-row', l.newbornsDue, (n) => `${t('daysSinceBirth', n.daysSinceBirth)} · ${getLang() === 'en' && n.contactEn ? n.contactEn : n.contact}`),
    section('cases', t('listCases'), 'case-row', l.recentCases,
      (c) => `${disease(c.diseaseCode)}${c.onsetDate ? ` · ${t('onset', formatDate(c.onsetDate))}` : ''}`));
}
