/** A tiny DOM builder: h('button', { testid: 'sync-button', onclick }, 'Đồng bộ'). No framework, no virtual DOM. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown> & { testid?: string };

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'testid') el.dataset.testid = String(v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
      else if (k === 'class') el.className = String(v);
      else if (k.startsWith('data-')) el.setAttribute(k, String(v));
      else if (k in el && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: (Child | Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c === null || c === undefined || c === false) continue;
    else el.append(c instanceof Node ? c : String(c));
  }
}

export function clear(el: HTMLElement, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A labelled form field with its error line (data-testid `<testid>-error`). */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
  const id = `f-${input.dataset.testid}`;
  input.id = id;
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    input,
    h('div', { class: 'error', testid: `${input.dataset.testid}-error`, 'aria-live': 'polite' }));
}

export function setFieldError(form: HTMLElement, testid: string, message: string | null): void {
  const el = form.querySelector<HTMLElement>(`[data-testid="${testid}-error"]`);
  if (el) el.textContent = message ?? '';
}
