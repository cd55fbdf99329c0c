import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../generator/compliance/check.ts';
import { contentHash } from '../../generator/compliance/review.ts';
import { appendSignOff } from '../../generator/compliance/sign.ts';
import { checkFile } from '../../generator/compliance/check-content.ts';
import sharp from 'sharp';
import { ROOT, contentDir, modelOf } from '../helpers.ts';

const run = promisify(execFile);
const kepu = (args: string[], cwd: string) =>
  run('node', [join(ROOT, 'bin/kepu.js'), ...args], { cwd }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const ARTICLE = `---
# 科普文章：请勿删除本注释
title: 高血压的日常管理
date: 2026-01-10
audience: 高血压患者及家属
author: { name: 林晓 }
references: [中国高血压防治指南（2018年修订版）]
---

高血压需要长期管理，请遵医嘱服药。
`;

const sign = (level: 1 | 2 | 3, hash: string) => ({ level, reviewer: '林晓', role: '主治医师', date: '2026-01-11', verdict: '通过' as const, hash });

describe('three-level review', () => {
  it('recording a sign-off keeps the body and comments and does not change the content hash', () => {
    const hash = contentHash(modelOf(ARTICLE));
    const signed = appendSignOff(ARTICLE, sign(1, hash));
    expect(signed).toContain('# 科普文章：请勿删除本注释');
    expect(signed.endsWith('---\n\n高血压需要长期管理，请遵医嘱服药。\n')).toBe(true);
    expect(contentHash(modelOf(signed))).toBe(hash);
    const twice = appendSignOff(signed, sign(2, hash));
    expect(modelOf(twice).frontMatter.review.signOffs.map((s) => s.level)).toEqual([1, 2]);
  });

  it('signing changes only the review block: every other byte of the file is as written', () => {
    const article = ARTICLE.replace('references: [中国高血压防治指南（2018年修订版）]', 'tags: [高血压,   慢病]\nreferences: [中国高血压防治指南（2018年修订版）]  # 出处');
    const hash = contentHash(modelOf(article));
    const signed = appendSignOff(article, sign(1, hash));
    const added = signed.length - article.length;
    expect(added).toBeGreaterThan(0);
    // The new text is one inserted block; removing it gives the original byte for byte.
    const at = [...article].findIndex((ch, i) => signed[i] !== ch);
    expect(signed.slice(0, at) + signed.slice(at + added)).toBe(article);
    expect(signed).toContain('tags: [高血压,   慢病]');
    const again = appendSignOff(signed, sign(2, hash));
    const at2 = [...signed].findIndex((ch, i) => again[i] !== ch);
    expect(again.slice(0, at2) + again.slice(at2 + (again.length - signed.length))).toBe(signed);
  });

  it('a replaced picture invalidates the sign-offs like a changed sentence, and says which picture', async () => {
    const png = (r: number) => sharp({ create: { width: 4, height: 4, channels: 3, background: { r, g: 0, b: 0 } } }).png().toBuffer();
    const md = ARTICLE.replace('高血压需要长期管理', '![血压计](images/bp.png)\n\n高血压需要长期管理');
    const env = await contentDir({ 'bp.md': md, 'images/bp.png': await png(10) });
    try {
      const path = join(env.content, 'bp.md');
      const signed = await kepu(['review', 'sign', 'content/bp.md', '--level', '1', '--reviewer', '林晓', '--role', '主治医师', '--verdict', '通过'], env.dir);
      expect(signed.code, signed.stderr).toBe(0);
      const before = await checkFile(path);
      if (before.error) throw before.error;
      expect(before.result.review.signOffs![0]!.valid).toBe(true);
      await writeFile(join(env.content, 'images/bp.png'), await png(200));
      const after = await checkFile(path);
      if (after.error) throw after.error;
      expect(after.result.review.signOffs![0]).toMatchObject({ valid: false, changedMedia: ['images/bp.png'] });
    } finally {
      await env.cleanup();
    }
  });

  it('three valid sign-offs approve; an edit afterwards visibly invalidates them', () => {
    const hash = contentHash(modelOf(ARTICLE));
    const signed = [1, 2, 3].reduce((text, l) => appendSignOff(text, sign(l as 1 | 2 | 3, hash)), ARTICLE);
    const approved = checkArticle(modelOf(signed), []);
    expect(approved.review.status).toBe('approved');
    expect(approved.review.signOffs!.every((s) => s.valid)).toBe(true);

    const edited = checkArticle(modelOf(signed.replace('请遵医嘱服药', '请按时服药')), []);
    expect(edited.review.status).toBe('in-review');
    expect(edited.review.signOffs!.map((s) => s.valid)).toEqual([false, false, false]);
    expect(edited.review.statusReasons).toContain('一审（作者自查）签署后内容已修改，需重新审核');
  });

  it('a 不通过 verdict blocks', () => {
    const hash = contentHash(modelOf(ARTICLE));
    const r = checkArticle(modelOf(appendSignOff(ARTICLE, { ...sign(2, hash), verdict: '不通过' })), []);
    expect(r.review.status).toBe('blocked');
  });
});

describe('kepu review / kepu check commands', () => {
  it('review sign writes a sign-off with the current hash; review prints each level', async () => {
    const env = await contentDir({ 'bp.md': ARTICLE });
    try {
      const signed = await kepu(['review', 'sign', 'content/bp.md', '--level', '1', '--reviewer', '林晓', '--role', '主治医师', '--verdict', '通过', '--date', '2026-01-11'], env.dir);
      expect(signed.code, signed.stderr).toBe(0);
      const text = await readFile(join(env.content, 'bp.md'), 'utf8');
      expect(modelOf(text).frontMatter.review.signOffs[0]!.hash).toBe(contentHash(modelOf(ARTICLE)));
      await writeFile(join(env.content, 'bp.md'), text.replace('请遵医嘱服药', '请按时服药'));
      const review = await kepu(['review'], env.dir);
      expect(review.stdout).toMatch(/content\/bp\.md {2}审核中（in-review）/);
      expect(review.stdout).toMatch(/一审（作者自查）：林晓（主治医师）2026-01-11 通过 {2}✗ 已失效/);
      expect(review.stdout).toContain('二审（科室主任）：未签');
      const bad = await kepu(['review', 'sign', 'content/bp.md', '--level', '4', '--reviewer', 'x', '--role', 'y', '--verdict', '通过'], env.dir);
      expect(bad.code).toBe(2);
      // The edit above invalidated level 1: level 2 may not sign until level 1 passes the new content.
      const early = await kepu(['review', 'sign', 'content/bp.md', '--level', '2', '--reviewer', '王主任', '--role', '科主任', '--verdict', '通过'], env.dir);
      expect(early.code).toBe(2);
      expect(early.stderr).toContain('一审（作者自查）尚未对当前内容签署“通过”');
    } finally {
      await env.cleanup();
    }
  });

  it('check prints file:line:column [rule] lines, JSON with --json, and exits 1 on an unwaived error', async () => {
    const env = await contentDir({ 'bad.md': ARTICLE.replace('请遵医嘱服药', '本院保证根治'), 'good.md': ARTICLE });
    try {
      const text = await kepu(['check'], env.dir);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/^content\/bad\.md:10:13 \[guarantee\.cure\] 错误：承诺或暗示治愈/m);
      const json = await kepu(['check', '--json'], env.dir);
      const findings = JSON.parse(json.stdout) as Record<string, unknown>[];
      expect(findings.find((f) => f.rule === 'guarantee.cure')).toMatchObject({
        file: 'content/bad.md', line: 10, column: 13, category: 'guarantee', severity: 'error', excerpt: '保证根治',
      });
      // A clean article has no error or warning; what the model had to supply itself (hashtags,
      // the default safety line) is reported as info.
      expect(findings.filter((f) => f.file === 'content/good.md' && f.severity !== 'info')).toEqual([]);
      expect(findings.filter((f) => f.file === 'content/good.md' && !String(f.rule).startsWith('variant.')).map((f) => f.rule).sort()).toEqual(['structure.default-cta', 'structure.derived-hashtags']);
      await writeFile(join(env.content, 'bad.md'), ARTICLE);
      expect((await kepu(['check', '--content', 'content'], env.dir)).code).toBe(0);
    } finally {
      await env.cleanup();
    }
  });
});

describe('status from the latest sign-off per level', () => {
  it('a 不通过 followed by an edit and a new 通过 no longer blocks', () => {
    const first = contentHash(modelOf(ARTICLE));
    const rejected = appendSignOff(ARTICLE, { ...sign(2, first), verdict: '不通过' });
    const edited = rejected.replace('请遵医嘱服药', '请按时服药');
    const resigned = appendSignOff(edited, sign(2, contentHash(modelOf(edited))));
    const r = checkArticle(modelOf(resigned), []);
    expect(r.review.status).toBe('in-review');
    expect(r.review.statusReasons).toEqual(['一审（作者自查）未签', '三审（宣传科）未签']);
  });
});
