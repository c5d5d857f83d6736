import { t, tCode } from '../i18n';
import { formatDate } from '../parse';
import { pendingPhone, state } from '../store';
import { clear, h } from './dom';
import { back, birthText, go, recordRow } from './common';

/** A resident: who, the lists they are on, the actions, and the records the worker made about them. */
export function residentView(view: HTMLElement, id: string): void {
  const r = state.residents.get(id);
  if (!r) {
    clear(view, h('button', { class: 'link', testid: 'back', onclick: () => back('#/') }, t('back')),
      h('p', { class: 'notice', testid: 'resident-gone' }, t('residentGone')));
    return;
  }
  const hh = r.householdId ? state.households.get(r.householdId) : undefined;
  const pending = pendingPhone(id);
  const l = state.lists;
  const tags = [
    ...l.childrenDue.filter((c) => c.personId === id).map((c) => [c.vaccine ? `${c.vaccine}${c.dose ? ` ${t('dose', c.dose)}` : ''}` : t('listChildren'),
      c.dueOn ? t('dueOn', formatDate(c.dueOn)) : '', c.overdue ? t('overdue') : ''].filter(Boolean).join(' · ')),
    ...l.chronicOverdue.filter((c) => c.personId === id).map((c) => `${tCode('programme', c.programme)} · ${t('daysOverdue', c.daysOverdue)}${c.lastSystolic != null ? ` · ${t('lastBp', `${c.lastSystolic}/${c.lastDiastolic ?? '?'}`)}` : ''}`),
    ...l.pregnancies.filter((p) => p.personId === id).map((p) => `${t('listPregnancies')}${p.nextAncOn ? ` · ${t('nextAnc', formatDate(p.nextAncOn))}` : ''}`),
    ...l.newbornsDue.filter((n) => n.personId === id).map((n) => `${t('listNewborns')} · ${n.contact}`),
  ];
  const overdue = l.chronicOverdue.some((c) => c.personId === id);
  const bhyt = r.bhyt === 'none' ? t('bhyt_none') : tCode('bhyt', r.bhyt, formatDate(r.bhytExpires));
  const records = [...state.records.values()].filter((x) => x.personId === id).sort((a, b) => (a.id < b.id ? 1 : -1));

  const members = r.householdId
    ? [...state.residents.values()].filter((x) => x.householdId === r.householdId && x.id !== id).slice(0, 30) : [];
  const action = (testid: string, text: string, to: string) => h('button', { testid, onclick: () => go(to) }, text);
  clear(view,
    h('button', { class: 'link', testid: 'back', onclick: () => back('#/') }, t('back')),
    h('section', { class: 'card', testid: 'resident' },
      h('h2', { testid: 'resident-name' }, r.fullName),
      h('dl', null,
        h('dt', null, t('sex')), h('dd', { testid: 'resident-sex' }, tCode('sex', r.sex)),
        h('dt', null, t('born')), h('dd', { testid: 'resident-birth' }, birthText(r)),
        h('dt', null, t('household')), h('dd', { testid: 'resident-household' }, hh ? `${hh.code} · ${hh.address}` : ''),
        h('dt', null, t('phone')), h('dd', { testid: 'resident-phone' }, pending !== null ? t('phonePending', pending) : r.phone ?? ''),
        h('dt', null, t('bhyt')), h('dd', { testid: 'resident-bhyt' }, bhyt)),
      tags.length ? h('ul', { class: 'tags', testid: 'resident-tags' }, tags.map((x) => h('li', null, x))) : null),
    h('div', { class: 'actions' },
      action('action-visit', t('actionVisit'), `#/r/${id}/visit`),
      overdue ? action('action-outcome', t('actionOutcome'), `#/r/${id}/outcome`) : null,
      action('action-phone', t('actionPhone'), `#/r/${id}/phone`),
      action('action-notify', t('actionNotify'), `#/r/${id}/notify`),
      action('action-case', t('actionCase'), `#/r/${id}/case`)),
    members.length ? h('h3', null, t('sameHousehold')) : null,
    members.length ? h('ul', { class: 'rows', testid: 'household-members' }, members.map((m) =>
      h('li', { testid: 'household-member', 'data-person-id': m.id, onclick: () => go(`#/r/${m.id}`) },
        h('strong', null, m.fullName), h('span', { class: 'muted' }, [tCode('sex', m.sex), birthText(m)].filter(Boolean).join(' · '))))) : null,
    h('h3', null, t('residentRecords')),
    h('ul', { class: 'rows records', testid: 'resident-records' },
      records.length ? records.map((x) => recordRow(x, false)) : h('li', { class: 'muted' }, t('noRecords'))));
}
