/**
 * Finding elements where composers hide them: open shadow roots (micro-frontends such as
 * 视频号) and same-origin iframes (the old WeChat editor).
 */

/** Every root to search: the document, its open shadow roots and same-origin frames, recursively. */
export function searchRoots(doc: Document = document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  const visit = (root: Document | ShadowRoot) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el instanceof HTMLIFrameElement) {
        let inner: Document | null = null;
        try {
          inner = el.contentDocument;
        } catch {
          inner = null; // cross-origin: not ours to fill
        }
        if (inner) visit(inner);
      }
    }
  };
  visit(doc);
  return roots;
}

export function queryDeep(selector: string, roots = searchRoots()): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    try {
      found.push(...root.querySelectorAll(selector));
    } catch {
      return []; // an invalid selector in an adapter finds nothing rather than throwing mid-fill
    }
  }
  return found;
}

/** The focused element, descending into shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document = document): Element | null {
  let el: Element | null = doc.activeElement;
  for (;;) {
    if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    else if (el instanceof HTMLIFrameElement) {
      let inner: Document | null = null;
      try {
        inner = el.contentDocument;
      } catch {
        inner = null;
      }
      if (!inner?.activeElement || inner.activeElement === inner.body) return el === doc.body ? null : el;
      el = inner.activeElement;
    } else return el;
  }
}

export function isVisible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 || (el instanceof HTMLInputElement && el.type === 'file');
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
