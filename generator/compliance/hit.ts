/** A match in one piece of plain text, before it is placed in a file. */
import type { Severity } from '../manifest.ts';
import type { Category } from './rules.ts';

export interface Hit {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestion?: string;
  /** Character range in the scanned text. */
  start: number;
  end: number;
  excerpt: string;
}
