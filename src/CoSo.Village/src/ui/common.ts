import { getLang, t, tCode } from '../i18n';
import { formatDate } from '../parse';
import { state } from '../store';
import type { LocalRecord, Resident } from '../types';
import { h } from './dom';

export function go(hash: string): void {
  location.hash = hash;
}

/** In-app navigations since the app opened: a form opened from a link (or typed URL) as the first page has no back. */
let navigations = 0;
export function noteNavigation(): void { navigations++; }

/** Back to where the worker came from; when the app opened right on this page, to `fallback` in its place. */
export function back(fallback: string): void {
  if (navigations > 0) history.back();
  else location.replace(fallback);
}

export function personName(id: string | null): string {
  return (id && state.residents.get(id)?.fullName) || t('unknownPerson');
}

export function birthText(r: Resident): string {
  if (!r.birthDate) return r.birthYear ? String(r.birthYear) : '';
  return r.birthYearOnly ? r.birthDate.slice(0, 4) : formatDate(r.birthDate);
}

export function ageYears(r: Resident): number | null {
  if (!r.birthDate) return null;
  const b = new Date(r.birthDate);
  const now = new Date();
  let age = now.getFullYear() - b.getFullYear();
  if (!r.birthYearOnly && (now.getMonth() < b.getMonth() || (now.getMonth() === b.getMonth() && now.getDate() < b.getDate()))) age--;
  return age;
}

/** One line per record: kind, date, status, and the server's messages or the conflict's two values. */
export function recordRow(r: LocalRecord, withPerson: boolean, actions?: HTMLElement | null): HTMLElement {
  const when = String(r.data.visitedOn ?? r.data.on ?? r.data.onsetDate ?? '');
  return h('li', { class: `record ${r.status}`, testid: 'record-row', 'data-record-id': r.id, 'data-kind': r.kind },
    h('div', { class: 'row-main' },
      h('strong', null, tCode('kind', r.kind)),
      when ? ` · ${formatDate(when)}` : '',
      withPerson && r.personId ? h('span', { class: 'muted' }, ` · ${personName(r.personId)}`) : '',
      withPerson && !r.personId && r.data.fullName ? h('span', { class: 'muted' }, ` · ${String(r.data.fullName)}`) : ''),
    h('span', { class: `badge ${r.status}`, testid: 'record-status', 'data-status': r.status }, tCode('status', r.status)),
    r.errors.length ? h('ul', { class: 'errors', testid: 'record-errors' }, r.errors.map((e) => h('li', null, getLang() === 'en' && e.messageEn ? e.messageEn : e.message))) : null,
    r.conflict ? h('div', { class: 'conflict', testid: 'conflict' },
      t('conflictText', r.conflict.phoneValue || t('empty'), r.conflict.stationValue || t('empty'), tCode('kept', r.conflict.kept))) : null,
    actions ?? null);
}
