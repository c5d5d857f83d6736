import { t } from '../i18n';
import { deleteRecord, state } from '../store';
import { clear, h } from './dom';
import { go, recordRow } from './common';

/** Every record made on this phone, newest first, with its verdict; a rejected one can be fixed or dismissed. */
export function recordsView(view: HTMLElement): void {
  const records = [...state.records.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
  clear(view,
    h('h2', null, t('recordsTitle')),
    h('ul', { class: 'rows records', testid: 'records-list' },
      records.length === 0 ? h('li', { class: 'muted' }, t('noRecords')) : null,
      records.map((r) => recordRow(r, true, r.status === 'rejected' ? h('div', { class: 'row-actions' },
        h('button', { testid: 'record-fix', onclick: () => go(`#/fix/${r.id}`) }, t('fixAndResend')),
        h('button', { testid: 'record-dismiss', class: 'danger', onclick: () => void deleteRecord(r.id) }, t('dismiss'))) : null))));
}
