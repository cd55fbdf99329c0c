import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle } from '/work/main/generator/load/load-article.ts';
import { buildModel } from '/work/main/generator/model/build-model.ts';
const path = process.argv[2]!;
const m = buildModel(parseArticle(readFileSync(path, 'utf8'), path, basename(path, '.md')));
console.log('SECTIONS', m.sections.map((s) => `${s.depth}:${s.title}[${s.role}]`).join(' | '));
console.log('MYTHS', m.myths.map((x) => `${x.myth.text} => ${x.truth.text}`));
console.log('FAQ', m.faq.map((f) => `${f.question} => ${f.answer.slice(0, 30)}`));
for (const t of m.takeaways) console.log('T', t.score, t.reason, t.position.line, t.heading ?? '', '|', t.text);
console.log('CTA', m.callToAction.own, m.callToAction.sentences.map((s) => s.text));
console.log('HOOKQ', m.questions.map((q) => q.text).slice(0, 5), 'TAGS', m.hashtags);
import { toBlocks } from '/work/main/generator/model/blocks.ts';
import { lineLabel } from '/work/main/generator/model/markers.ts';
for (const b of toBlocks({ type: 'root', children: m.tree.children })) if (/就医|120|复诊/.test(b.text)) console.log('CAND', b.kind, b.position.line, lineLabel(b.text).kind);
import { PLATFORMS } from '/work/main/generator/platforms/registry.ts';
import { RENDERERS } from '/work/main/generator/render/index.ts';
import { loadTheme } from '/work/main/generator/theme.ts';
const theme = await loadTheme();
const ctx = { theme, assetPath: (s: string) => s };
if (process.argv.includes('-c')) for (const s of RENDERERS.carousel.render(m, PLATFORMS.xiaohongshu, ctx)[0]!.variant.slides!) console.log('SLIDE', s.index, s.role, s.heading, '|', s.text.replace(/\n/g, ' / '));
if (process.argv.includes('-v')) { const v = RENDERERS['video-script'].render(m, PLATFORMS.douyin, ctx)[1]!.variant; for (const s of v.shots!) console.log('SHOT', s.startSeconds, s.role, s.voiceOver, '|', s.caption); console.log(v.warnings); }
if (process.argv.includes('-l')) console.log(RENDERERS['live-outline'].render(m, PLATFORMS.douyin, ctx)[0]!.variant.text);
if (process.argv.includes('-b')) { const v = RENDERERS['video-script'].render(m, PLATFORMS.bilibili, ctx)[1]!.variant; for (const s of v.shots!) console.log('BSHOT', s.startSeconds, s.voiceOver, '|', s.caption, '|', s.visual); console.log(v.caption); }
