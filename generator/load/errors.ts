/**
 * Errors that point at a place in an article. Printed as `file:line:column message`, then a
 * code frame, the way Vite and Astro show them, so an editor can jump straight to the line.
 */

export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Stable code, e.g. `frontmatter.yaml`, `frontmatter.field`, `file.too-large`. */
  readonly code: string;
  /** Lines around the error with a caret, when the source is known. */
  readonly frame?: string;

  constructor(opts: { file: string; line: number; column: number; code: string; message: string; source?: string; frame?: string }) {
    super(opts.message);
    this.name = 'SourceError';
    this.file = opts.file;
    this.line = Math.max(1, opts.line);
    this.column = Math.max(1, opts.column);
    this.code = opts.code;
    if (opts.source !== undefined) this.frame = codeFrame(opts.source, this.line, this.column);
    else if (opts.frame !== undefined) this.frame = opts.frame;
  }

  /** What crosses a worker-thread boundary (an Error's class does not). */
  toPlain(): PlainSourceError {
    return { file: this.file, line: this.line, column: this.column, code: this.code, message: this.message, ...(this.frame ? { frame: this.frame } : {}) };
  }

  /** `file:line:column message` — the one-line form tools and editors parse. */
  get location(): string {
    return `${this.file}:${this.line}:${this.column}`;
  }

  format(withFrame = true): string {
    const head = `${this.location} ${this.message}`;
    return withFrame && this.frame ? `${head}\n${this.frame}` : head;
  }
}

export interface PlainSourceError {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  frame?: string;
}

export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split('\n');
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? '>' : ' ';
    const text = (lines[n - 1] ?? '').slice(0, 160);
    out.push(`${mark} ${String(n).padStart(width)} | ${text}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

/** Wrap anything thrown while building one article into a SourceError for that file. */
export function toSourceError(err: unknown, file: string): SourceError {
  if (err instanceof SourceError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SourceError({ file, line: 1, column: 1, code: 'internal', message: `构建失败 / build failed: ${message}` });
}
