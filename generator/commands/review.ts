import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArticleStatus } from '../manifest.ts';
import { checkContent, checkFile, type CheckedFile } from '../compliance/check-content.ts';
import { appendSignOff, SignError } from '../compliance/sign.ts';
import { signOffSchema } from '../load/schema.ts';
import type { Command } from './types.ts';

const STATUS: Record<ArticleStatus, string> = { draft: '草稿', 'in-review': '审核中', approved: '已通过', blocked: '不可发布' };
const LEVELS = { 1: '一审（作者自查）', 2: '二审（科室主任）', 3: '三审（宣传科）' } as const;

export function formatReview(c: CheckedFile): string {
  if (c.error) return `${c.file}\n  无法读取：${c.error.format(false)}`;
  const r = c.result.review;
  const lines = [`${c.file}  ${STATUS[r.status]}（${r.status}）  内容哈希 ${r.contentHash}`];
  for (const level of [1, 2, 3] as const) {
    const all = (r.signOffs ?? []).filter((s) => s.level === level);
    if (all.length === 0) lines.push(`  ${LEVELS[level]}：未签`);
    for (const s of all) {
      const state = s.valid ? '✓ 有效' : `✗ 已失效（签署时哈希 ${s.hash}，${s.changedMedia?.length ? `图片已更换：${s.changedMedia.join('、')}` : '内容已修改'}）`;
      lines.push(`  ${LEVELS[level]}：${s.reviewer}（${s.role}）${s.date} ${s.verdict}  ${state}`);
    }
  }
  for (const reason of r.statusReasons ?? []) lines.push(`  · ${reason}`);
  const waived = c.result.findings.filter((f) => f.waived);
  for (const f of waived) lines.push(`  · 已豁免 [${f.rule}] ${f.file}:${f.line}:${f.column}“${f.excerpt}”：${f.waived!.reason}`);
  return lines.join('\n');
}

export const reviewCommand: Command = {
  name: 'review',
  usage:
    'kepu review [--content DIR]   查看三级审核状态\n' +
    '  kepu review sign <文件> --level 1|2|3 --reviewer 姓名 --role 职务 --verdict 通过|退回修改|不通过 [--staff-id 工号] [--comments 意见]   记录审核签字',
  options: {
    content: { type: 'string', default: 'content' },
    level: { type: 'string' },
    reviewer: { type: 'string' },
    role: { type: 'string' },
    verdict: { type: 'string' },
    'staff-id': { type: 'string' },
    comments: { type: 'string' },
    date: { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals[0] === 'sign') return sign(values, positionals[1]);
    if (positionals.length > 0) {
      process.stderr.write(`未知子命令 “${positionals[0]}”，可用：sign\n`);
      return 2;
    }
    const checked = await checkContent(String(values.content));
    process.stdout.write(`${checked.map(formatReview).join('\n\n')}\n`);
    return 0;
  },
};

async function sign(values: Record<string, string | boolean | undefined>, file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('请指定文章文件：kepu review sign content/xxx.md --level 1 …\n');
    return 2;
  }
  const path = resolve(file);
  const before = await checkFile(path);
  if (before.error) {
    process.stderr.write(`${before.error.format()}\n`);
    return 1;
  }
  const parsed = signOffSchema.safeParse({
    level: Number(values.level), reviewer: values.reviewer, role: values.role, verdict: values.verdict,
    staffId: values['staff-id'], comments: values.comments,
    date: typeof values.date === 'string' ? values.date : new Date().toISOString().slice(0, 10),
    hash: before.result.review.contentHash,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    process.stderr.write(`签字信息有误：--${String(issue.path[0] ?? '')} ${issue.message}\n（--level 1|2|3，--reviewer、--role 必填，--verdict 通过|退回修改|不通过）\n`);
    return 2;
  }
  // The pictures' hashes go with the signature, so a later change can be named.
  const signOff = { ...parsed.data, ...(before.model.media && Object.keys(before.model.media).length ? { media: before.model.media } : {}) };
  const lower = (before.result.review.signOffs ?? []).filter((s) => s.level < signOff.level);
  // Three levels in order: a level signs only content every lower level has passed.
  const missing = [1, 2, 3].filter((l) => l < signOff.level).filter((level) => {
    const latest = lower.filter((s) => s.level === level).at(-1);
    return !latest?.valid || latest.verdict !== '通过';
  });
  if (missing.length > 0) {
    process.stderr.write(`不能签署${LEVELS[signOff.level]}：${missing.map((l) => LEVELS[l as 1 | 2 | 3]).join('、')}尚未对当前内容签署“通过”。三级审核须按顺序进行。\n`);
    return 2;
  }
  const errors = before.result.findings.filter((f) => f.severity === 'error' && !f.waived).length;
  if (errors > 0 && signOff.verdict === '通过') process.stderr.write(`注意：当前还有 ${errors} 个错误级问题未解决（kepu check 查看）\n`);

  let next: string;
  try {
    next = appendSignOff(await readFile(path, 'utf8'), signOff);
  } catch (err) {
    if (err instanceof SignError) {
      process.stderr.write(`${before.file}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const original = await readFile(path, 'utf8');
  await writeFile(path, next);
  // Recording a sign-off must not change what was signed; prove it on the file as written.
  const after = await checkFile(path);
  if (after.error || after.result.review.contentHash !== signOff.hash) {
    await writeFile(path, original);
    process.stderr.write(`${before.file}: 写入后内容哈希不一致，已恢复原文件，请检查 front matter\n`);
    return 1;
  }
  process.stdout.write(`${formatReview(after)}\n`);
  return 0;
}
