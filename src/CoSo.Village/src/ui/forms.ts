import { label, t, tCode, type TextKey } from '../i18n';
import { formatDate, parseDate, parseDecimal, parseInteger, todayIso } from '../parse';
import { addRecord, deleteRecord, state } from '../store';
import { sync } from '../sync';
import type { LocalRecord, RecordKind } from '../types';
import { clear, field, h, setFieldError } from './dom';
import { back, personName } from './common';

/**
 * The record forms. Each checks what the phone can check (formats, ranges of the station's visit rules, dates not in
 * the future), saves the record sealed in IndexedDB at once, queued, and tries a sync when online. The server checks
 * again by the station's rules; its rejections show on the record.
 */

/** A short message above the view after a save; outlives the view's re-renders (a sync finishing right after). */
let flashTimer = 0;
let flashAt = 0;
/**
 * Called on every route change: opening a form always hides the message (the next one is that form's own); elsewhere
 * a message from a save before the last navigation goes, the one of the save that just went back stays.
 */
export function hideFlash(always: boolean): void {
  const el = document.querySelector<HTMLElement>('[data-testid="flash"]');
  if (el && (always || Date.now() - flashAt > 1000)) el.hidden = true;
}
export function showFlash(text: string): void {
  flashAt = Date.now();
  const el = document.querySelector<HTMLElement>('[data-testid="flash"]');
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
  clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => { el.hidden = true; }, 5000);
}

type Errors = Record<string, string>;
type Draft = { errors: Errors } | { kind: RecordKind; data: Record<string, unknown>; base?: Record<string, unknown> | null };
const NOTES_MAX = 1000; // the server's limit (VillageUploadService)
const NAME_MAX = 100;
const MAX_DAYS_BACK = 60; // a record's date: today or up to 60 days back (VillageUploadService.MaxDaysBack)

function text(testid: string, value = '', attrs: Record<string, unknown> = {}): HTMLInputElement {
  return h('input', { testid, value, autocomplete: 'off', ...attrs });
}
function num(testid: string, value: unknown, decimal: boolean): HTMLInputElement {
  return text(testid, value == null ? '' : String(value).replace('.', ','), { inputmode: decimal ? 'decimal' : 'numeric' });
}
function date(testid: string, iso: unknown): HTMLInputElement {
  return text(testid, formatDate(typeof iso === 'string' ? iso : iso === null ? '' : todayIso()), { inputmode: 'numeric', placeholder: 'dd/mm/yyyy', maxlength: 10 });
}
function area(testid: string, value: unknown): HTMLTextAreaElement {
  return h('textarea', { testid, rows: 3, maxlength: NOTES_MAX }, typeof value === 'string' ? value : '');
}
function select(testid: string, options: [string, string][], value: unknown, withEmpty = true): HTMLSelectElement {
  return h('select', { testid },
    withEmpty ? h('option', { value: '' }, t('choose')) : null,
    options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
}
function check(testid: string, textKey: TextKey, value: unknown): [HTMLInputElement, HTMLElement] {
  const input = h('input', { testid, type: 'checkbox', checked: value === true, id: `f-${testid}` });
  return [input, h('div', { class: 'check' }, input, h('label', { for: `f-${testid}` }, t(textKey)))];
}

/** `recent`: a record's own date (not future, at most 60 days back); else any past date (birth, LMP); `future`: on or after today. */
function checkDate(errors: Errors, testid: string, input: HTMLInputElement, required: boolean, mode: 'recent' | 'past' | 'future' = 'past'): string | null {
  const v = parseDate(input.value);
  if (v === undefined) { errors[testid] = t('errDate'); return null; }
  if (v === null) { if (required) errors[testid] = t('errRequired'); return null; }
  if (mode === 'future') {
    if (v < todayIso()) { errors[testid] = t('errPast'); return null; }
    return v;
  }
  if (v > todayIso()) { errors[testid] = t('errFuture'); return null; }
  if (mode === 'recent') {
    const oldest = new Date(); oldest.setDate(oldest.getDate() - MAX_DAYS_BACK);
    if (new Date(`${v}T23:59:59`) < oldest) { errors[testid] = t('errTooOld', MAX_DAYS_BACK); return null; }
  }
  return v;
}
function checkNumber(errors: Errors, testid: string, input: HTMLInputElement, min: number, max: number, whole: boolean): number | null {
  const v = whole ? parseInteger(input.value) : parseDecimal(input.value);
  if (v === null) return null;
  if (Number.isNaN(v)) { errors[testid] = whole ? t('errWhole') : t('errNumber'); return null; }
  if (v < min || v > max) { errors[testid] = t('errRange', String(min).replace('.', ','), String(max).replace('.', ',')); return null; }
  return v;
}
function trimmed(el: HTMLInputElement | HTMLTextAreaElement): string | undefined {
  return el.value.trim() || undefined;
}

/** The frame of every form: title, who, fields, save; `save` returns errors or the record to store. */
function form(view: HTMLElement, title: string, personId: string | null, testid: string, fields: HTMLElement[],
  save: () => Draft,
  replaces?: LocalRecord): void {
  const fallback = personId ? `#/r/${personId}` : '#/';
  const error = h('div', { class: 'error', testid: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', testid: `${testid}-save` }, t('save'));
  const el = h('form', { class: 'card', testid: `${testid}-form`, novalidate: true, onsubmit: onSubmit },
    h('h2', null, title),
    personId ? h('p', { class: 'muted', testid: 'form-person' }, personName(personId)) : null,
    fields, error, submit,
    h('button', { type: 'button', testid: `${testid}-cancel`, onclick: () => back(fallback) }, t('cancel')));
  clear(view, el);

  async function onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    el.querySelectorAll<HTMLElement>('.field .error').forEach((x) => { x.textContent = ''; });
    error.textContent = '';
    const result = save();
    if ('errors' in result) {
      for (const [k, v] of Object.entries(result.errors)) {
        if (el.querySelector(`[data-testid="${k}-error"]`)) setFieldError(el, k, v);
        else error.textContent = v;
      }
      return;
    }
    submit.disabled = true;
    await addRecord(result.kind, personId, result.data, result.base ?? null);
    if (replaces) await deleteRecord(replaces.id);
    back(fallback);
    showFlash(t('saved'));
    if (navigator.onLine) void sync();
  }
}

export function visitForm(view: HTMLElement, personId: string, initial?: LocalRecord): void {
  const d = initial?.data ?? {};
  const on = date('visit-date', d.visitedOn);
  const sys = num('visit-systolic', d.systolic, false);
  const dia = num('visit-diastolic', d.diastolic, false);
  const glu = num('visit-glucose', d.glucose, true);
  const wt = num('visit-weight', d.weightKg, true);
  const [med, medRow] = check('visit-medicine', 'tookMedicine', d.tookMedicine);
  const [ref, refRow] = check('visit-referral', 'referral', d.referralAdvised);
  const notes = area('visit-notes', d.notes);
  form(view, t('actionVisit'), personId, 'visit', [
    field(t('date'), on), h('div', { class: 'pair' }, field(t('systolic'), sys), field(t('diastolic'), dia)),
    h('div', { class: 'pair' }, field(t('glucose'), glu), field(t('weight'), wt)), medRow, refRow, field(t('notes'), notes),
  ], () => {
    const errors: Errors = {};
    const visitedOn = checkDate(errors, 'visit-date', on, true, 'recent');
    // ranges of the station's visit form (CoSo.Core VisitRules)
    const systolic = checkNumber(errors, 'visit-systolic', sys, 50, 300, true);
    const diastolic = checkNumber(errors, 'visit-diastolic', dia, 20, 200, true);
    const glucose = checkNumber(errors, 'visit-glucose', glu, 0.5, 60, false);
    const weightKg = checkNumber(errors, 'visit-weight', wt, 0.3, 350, false);
    if (!errors['visit-systolic'] && !errors['visit-diastolic']) {
      if ((systolic === null) !== (diastolic === null)) errors[systolic === null ? 'visit-systolic' : 'visit-diastolic'] = t('errBpPair');
      else if (systolic !== null && diastolic !== null && diastolic >= systolic) errors['visit-diastolic'] = t('errBpOrder');
    }
    if (Object.keys(errors).length) return { errors };
    const data: Record<string, unknown> = {
      visitedOn, systolic, diastolic, glucose, weightKg, tookMedicine: med.checked, referralAdvised: ref.checked, notes: trimmed(notes),
    };
    if (systolic === null && glucose === null && weightKg === null && !data.notes && !med.checked && !ref.checked) return { errors: { form: t('errEmptyVisit') } };
    return { kind: 'homeVisit', data: prune(data) };
  }, initial);
}

export function outcomeForm(view: HTMLElement, personId: string, initial?: LocalRecord): void {
  const d = initial?.data ?? {};
  const enrolments = state.lists.chronicOverdue.filter((c) => c.personId === personId);
  const enrolment = select('outcome-enrolment', enrolments.map((c) => [c.enrolmentId, `${tCode('programme', c.programme)} · ${t('daysOverdue', c.daysOverdue)}`]),
    d.enrolmentId ?? enrolments[0]?.enrolmentId, false);
  const outcome = select('outcome-code', state.outcomes.map((o) => [o.code, label(o)]), d.outcome);
  const on = date('outcome-date', d.on);
  const next = date('outcome-next', d.newAppointment ?? null);
  const fNext = field(t('newAppointment'), next);
  const notes = area('outcome-notes', d.notes);
  const shown = () => { fNext.hidden = outcome.value !== 'AgreedToCome'; };
  outcome.addEventListener('change', shown);
  shown();
  form(view, t('actionOutcome'), personId, 'outcome',
    [field(t('enrolment'), enrolment), field(t('outcome'), outcome), fNext, field(t('date'), on), field(t('notes'), notes)], () => {
      const errors: Errors = {};
      if (!enrolment.value) errors['outcome-enrolment'] = t('errRequired');
      if (!outcome.value) errors['outcome-code'] = t('errRequired');
      const date = checkDate(errors, 'outcome-date', on, true, 'recent');
      const newAppointment = fNext.hidden ? null : checkDate(errors, 'outcome-next', next, false, 'future');
      if (Object.keys(errors).length) return { errors };
      return { kind: 'followUpOutcome', data: prune({ enrolmentId: enrolment.value, outcome: outcome.value, on: date, newAppointment, notes: trimmed(notes) }) };
    }, initial);
}

export function phoneForm(view: HTMLElement, personId: string, initial?: LocalRecord): void {
  const r = state.residents.get(personId);
  const phone = text('phone-input', String(initial?.data.phone ?? r?.phone ?? ''), { inputmode: 'tel', type: 'tel' });
  form(view, t('actionPhone'), personId, 'phone', [field(t('newPhone'), phone)], () => {
    const value = phone.value.replace(/[\s.-]/g, '');
    if (value && !/^0\d{9}$/.test(value)) return { errors: { 'phone-input': t('errPhone') } }; // as PersonRules.IsPhone
    // base: the value this phone last downloaded; the server calls it a conflict if the station changed it since
    return { kind: 'residentEdit', data: { phone: value }, base: { phone: state.residents.get(personId)?.phone ?? null } };
  }, initial);
}

const NOTIFY_TYPES = ['pregnancy', 'birth', 'death', 'newResident', 'move'] as const;

export function notifyForm(view: HTMLElement, personId: string | null, initial?: LocalRecord): void {
  const d = initial?.data ?? {};
  // about a listed resident: pregnancy, birth, death, move; about someone not on the list: a birth or a new resident
  const female = personId ? state.residents.get(personId)?.sex === 'Female' : false;
  const types = NOTIFY_TYPES.filter((x) => personId
    ? x !== 'newResident' && (female || (x !== 'pregnancy' && x !== 'birth'))
    : x === 'birth' || x === 'newResident');
  const type = select('notify-type', types.map((x) => [x, tCode('type', x)]), d.type);
  const on = date('notify-date', d.on);
  const name = text('notify-name', String(d.fullName ?? ''));
  const sex = select('notify-sex', [['Female', t('sex_Female')], ['Male', t('sex_Male')]], d.sex);
  const birth = date('notify-birthdate', d.birthDate ?? null);
  const lmp = date('notify-lmp', d.lmp ?? null);
  const notes = area('notify-notes', d.notes);
  const fName = field(t('fullName'), name), fSex = field(t('sex'), sex), fBirth = field(t('birthDate'), birth), fLmp = field(t('lmp'), lmp);
  function shown(): void {
    const v = type.value;
    fName.hidden = !(v === 'newResident' || v === 'birth');
    fSex.hidden = !(v === 'newResident' || v === 'birth');
    fBirth.hidden = !(v === 'newResident' || (v === 'birth' && !personId));
    fLmp.hidden = v !== 'pregnancy';
  }
  type.addEventListener('change', shown);
  shown();
  form(view, t('notifyStation'), personId, 'notify',
    [field(t('notifyType'), type), field(t('date'), on), fName, fSex, fBirth, fLmp, field(t('notes'), notes)], () => {
      const errors: Errors = {};
      const v = type.value;
      if (!v) errors['notify-type'] = t('errRequired');
      const onDate = checkDate(errors, 'notify-date', on, true, 'recent');
      const fullName = fName.hidden ? undefined : trimmed(name);
      if (!fName.hidden && !fullName && !personId) errors['notify-name'] = t('errRequired');
      if (fullName && fullName.length > NAME_MAX) errors['notify-name'] = t('errTooLong', NAME_MAX);
      const birthDate = fBirth.hidden ? null : checkDate(errors, 'notify-birthdate', birth, false);
      const lmpDate = fLmp.hidden ? null : checkDate(errors, 'notify-lmp', lmp, false);
      if (Object.keys(errors).length) return { errors };
      return {
        kind: 'notification',
        data: prune({ type: v, on: onDate, fullName, sex: fSex.hidden ? undefined : sex.value || undefined, birthDate, lmp: lmpDate, notes: trimmed(notes) }),
      };
    }, initial);
}

export function caseForm(view: HTMLElement, personId: string | null, initial?: LocalRecord): void {
  const d = initial?.data ?? {};
  const disease = select('case-disease', state.diseases.map((x) => [x.code, `${label(x)} (${x.code})`]), d.diseaseCode);
  const onset = date('case-onset', d.onsetDate);
  const symptoms = area('case-symptoms', d.symptoms);
  const name = text('case-name', String(d.fullName ?? ''));
  const sex = select('case-sex', [['Female', t('sex_Female')], ['Male', t('sex_Male')]], d.sex);
  const year = num('case-birthyear', d.birthYear, false);
  const other = personId ? [] : [field(t('fullName'), name), h('div', { class: 'pair' }, field(t('sex'), sex), field(t('birthYear'), year))];
  form(view, t('actionCase'), personId, 'case',
    [field(t('disease'), disease), field(t('onsetDate'), onset), field(t('symptoms'), symptoms), ...other], () => {
      const errors: Errors = {};
      if (!disease.value) errors['case-disease'] = t('errRequired');
      const onsetDate = checkDate(errors, 'case-onset', onset, true);
      if (!symptoms.value.trim()) errors['case-symptoms'] = t('errRequired');
      if (!personId && !name.value.trim()) errors['case-name'] = t('errRequired');
      if (name.value.trim().length > NAME_MAX) errors['case-name'] = t('errTooLong', NAME_MAX);
      const birthYear = personId ? null : checkNumber(errors, 'case-birthyear', year, 1900, new Date().getFullYear(), true);
      if (Object.keys(errors).length) return { errors };
      return {
        kind: 'suspectedCase',
        data: prune({ diseaseCode: disease.value, onsetDate, symptoms: symptoms.value.trim(), fullName: personId ? undefined : trimmed(name),
          sex: personId ? undefined : sex.value || undefined, birthYear }),
      };
    }, initial);
}

/** Opens the form of a rejected record, filled in; saving makes a new record (new id) in its place. */
export function fixForm(view: HTMLElement, record: LocalRecord): void {
  const p = record.personId;
  switch (record.kind) {
    case 'homeVisit': return visitForm(view, p!, record);
    case 'followUpOutcome': return outcomeForm(view, p!, record);
    case 'residentEdit': return phoneForm(view, p!, record);
    case 'notification': return notifyForm(view, p, record);
    case 'suspectedCase': return caseForm(view, p, record);
  }
}

function prune(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}
