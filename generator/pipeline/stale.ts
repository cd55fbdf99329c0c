/**
 * An article whose latest text fails keeps its last good output, marked stale and blocked: the
 * one rule for the full build and for in-place updates alike.
 */
import type { SourceError } from '../load/errors.ts';
import type { ArticleDetail, IndexEntry } from '../manifest.ts';

const REASON_PREFIX = '最新修改无法构建';

export function staleMark(error: SourceError): NonNullable<IndexEntry['stale']> {
  return { file: error.file, line: error.line, column: error.column, message: error.message };
}

export function staleEntry(last: IndexEntry, error: SourceError): IndexEntry {
  return { ...last, status: 'blocked', stale: staleMark(error) };
}

/** The last good detail file, rewritten as blocked with the reason first. */
export function staleDetail(text: string, error: SourceError): string {
  const detail = JSON.parse(text) as ArticleDetail;
  const reason = `${REASON_PREFIX}（${error.location} ${error.message.split(' / ')[0]}），这里显示的是上次成功构建的稿件`;
  const statusReasons = [reason, ...(detail.article.statusReasons ?? []).filter((r) => !r.startsWith(REASON_PREFIX))];
  detail.article = { ...detail.article, status: 'blocked', statusReasons, stale: staleMark(error) };
  return JSON.stringify(detail);
}
