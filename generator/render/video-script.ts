/**
 * video-script renderer (douyin, kuaishou, channels, bilibili), one variant per target
 * duration: a hook in the first 3 s, numbered point shots, a closing call to action.
 * Durations come from a stated speech rate; the script is condensed to fit, never over.
 */
import type { Shot, Warning } from '../manifest.ts';
import { SPEECH_RATE } from '../platforms/registry.ts';
import type { ArticleModel, Section, TextBlock } from '../model/types.ts';
import { charLength, clauses, sentences, shortLabel, stripEndPunctuation } from '../text/sentences.ts';
import { fitHashtags, fitLines, fitTitle, limitOf } from './fit.ts';
import { toSrt } from './srt.ts';
import { nearestSection } from '../model/relate.ts';
import { variantFile, variantId, type Renderer } from './types.ts';

const HOOK_SECONDS = 3;
/** On-screen caption: two lines of 12 characters on a 9:16 frame at a readable size. */
const CAPTION_MAX = 24;
/** A cut between shots needs a breath; counted so totals stay honest. */
const SHOT_GAP_SECONDS = 0.3;

export function speechSeconds(text: string): number {
  return Math.round((charLength(text.replace(/[\s，。！？、；：“”‘’（）《》,.!?;:()"']/g, '')) / SPEECH_RATE.charsPerSecond) * 10) / 10;
}

interface PlannedShot { role: Shot['role']; voiceOver: string; caption: string; visual: string }

/**
 * What is said depends on the article and the duration, not the platform: four platforms ask
 * for the same three scripts, so each is planned once per model.
 */
const scripts = new WeakMap<ArticleModel, Map<number, { shots: Shot[]; warnings: Warning[] }>>();
function timedScript(model: ArticleModel, target: number): { shots: Shot[]; warnings: Warning[] } {
  let byTarget = scripts.get(model);
  if (!byTarget) scripts.set(model, (byTarget = new Map()));
  let script = byTarget.get(target);
  if (!script) {
    const warnings: Warning[] = [];
    script = { shots: timeShots(planShots(model, target, warnings)), warnings };
    byTarget.set(target, script);
  }
  return script;
}

export const videoScriptRenderer: Renderer = {
  kind: 'video-script',
  render(model, rule) {
    const targets = model.frontMatter.durations;
    return targets.map((target) => {
      const script = timedScript(model, target);
      const warnings: Warning[] = [...script.warnings];
      const shots = structuredClone(script.shots);
      const duration = shots.at(-1)?.endSeconds ?? 0;
      const id = variantId(model.slug, rule.id, 'video-script', target);
      const title = fitTitle([model.frontMatter.title, model.summary], rule, warnings);
      const hashtags = fitHashtags(model.frontMatter.tags, rule, warnings);
      const caption = rule.body
        ? fitLines([title, model.aiLabel?.text ?? ''].filter(Boolean), [model.summary, hashtags.join(' ')].filter(Boolean), rule.body, rule, 'caption', warnings)
        : title;
      const srtPath = variantFile(model.slug, id, 'srt');
      const jsonPath = variantFile(model.slug, id, 'json');
      const text = shots.map((s) => s.voiceOver).join('\n');
      if (rule.video && (target > rule.video.maxSeconds || target < rule.video.minSeconds)) {
        warnings.push({ code: 'video.length', message: `目标时长 ${target} 秒超出${rule.name}允许范围（${rule.video.minSeconds}–${rule.video.maxSeconds} 秒）` });
      }
      const variant = {
        id, platform: rule.id, kind: 'video-script' as const, title, text, caption, hashtags,
        targetSeconds: target, durationSeconds: duration, shots,
        files: [{ kind: 'srt', path: srtPath }, { kind: 'json', path: jsonPath }],
        limits: [...limitOf('title', title, rule.title, rule), ...limitOf('caption', caption, rule.body, rule)],
        warnings,
      };
      return { variant, files: [{ path: srtPath, content: toSrt(shots) }, { path: jsonPath, content: JSON.stringify(variant, null, 2) }] };
    });
  },
};

/** Choose what is said: hook, as many points as the target allows, then the CTA. */
function planShots(model: ArticleModel, target: number, warnings: Warning[]): PlannedShot[] {
  const hook = pickHook(model);
  const cta = pickCta(model, Math.max(2.5, target * 0.3));
  const fullCta = sentences(model.callToAction.text)[0] ?? model.callToAction.text;
  if (!cta.startsWith(stripEndPunctuation(fullCta))) {
    warnings.push({ code: 'cut.cta', message: `${target} 秒时长放不下完整的就医提示，结尾改为“${cta}”（原文：${fullCta}）` });
  }
  const hookShot: PlannedShot = { role: 'hook', voiceOver: hook, caption: caption(hook, warnings), visual: `医生出镜，画面大字：${stripEndPunctuation(hook)}` };
  const ctaShot: PlannedShot = { role: 'cta', voiceOver: cta, caption: caption(cta, warnings), visual: '医生出镜，字幕条显示作者与科室' };
  const fixed = shotSeconds(hook) + shotSeconds(cta) + 2 * SHOT_GAP_SECONDS;
  let budget = target - fixed;

  const points = pointCandidates(model);
  const chosen: PlannedShot[] = [];
  const skipped: string[] = [];
  for (const p of points) {
    const cost = shotSeconds(p.text) + SHOT_GAP_SECONDS;
    if (cost <= budget) {
      chosen.push({ role: 'point', voiceOver: p.text, caption: caption(p.label ?? p.text, warnings), visual: p.visual });
      budget -= cost;
    } else {
      skipped.push(stripEndPunctuation(clauses(p.text)[0] ?? p.text));
    }
  }
  // Long targets: expand each chosen point with supporting sentences from its section, each
  // sentence said once, and never a sentence that only points at a link.
  // Round-robin, one sentence per point per pass, so the time is shared instead of the first
  // point taking it all.
  const linkTexts = model.links.map((l) => l.text).filter(Boolean);
  const used = new Set<string>();
  const queues = points.map((p) => {
    const shot = chosen.find((c) => c.voiceOver.startsWith(p.text));
    const support = shot && p.section ? supportSentences(p.section, p.text).filter((s) => !linkTexts.some((t) => s.includes(t))) : [];
    return { shot, support };
  });
  for (let pass = 0, added = true; added; pass++) {
    added = false;
    for (const { shot, support } of queues) {
      const s = support[pass];
      if (!shot || !s || used.has(s)) continue;
      const cost = shotSeconds(s);
      if (cost > budget) continue;
      shot.voiceOver += s;
      budget -= cost;
      used.add(s);
      added = true;
    }
  }
  if (skipped.length > 0) {
    warnings.push({ code: 'cut.points', message: `${target} 秒时长放不下全部要点，省略了 ${skipped.length} 条：${skipped.join('；')}` });
  }
  if (chosen.length === 0) {
    warnings.push({ code: 'cut.all-points', message: `${target} 秒时长只够开头和结尾，没有讲解要点；建议加长时长` });
  }
  return [hookShot, ...chosen, ctaShot];
}

function shotSeconds(text: string): number {
  return Math.max(1, speechSeconds(text));
}

function timeShots(planned: PlannedShot[]): Shot[] {
  let t = 0;
  return planned.map((p, i) => {
    const start = t;
    const end = Math.round((start + shotSeconds(p.voiceOver)) * 10) / 10;
    t = Math.round((end + SHOT_GAP_SECONDS) * 10) / 10;
    return { index: i + 1, startSeconds: start, endSeconds: end, ...p };
  });
}

/** A hook must be said within 3 s: a question or claim short enough at the speech rate. */
function pickHook(model: ArticleModel): string {
  const max = HOOK_SECONDS * SPEECH_RATE.charsPerSecond;
  const candidates = [model.frontMatter.title, ...model.faq.map((f) => f.question), ...clauses(model.frontMatter.title).map((c) => `${c}？`)];
  for (const c of candidates) if (speechSeconds(c) <= HOOK_SECONDS && charLength(c) <= max + 4) return c;
  const topic = model.frontMatter.tags[0] ?? shortLabel(model.title, 6) ?? '这件事';
  return `${topic}，你做对了吗？`;
}

/** The closing line, as long as the target allows: short videos get the shortest safe form. */
function pickCta(model: ArticleModel, maxSeconds: number): string {
  const first = stripEndPunctuation(sentences(model.callToAction.text)[0] ?? model.callToAction.text);
  // Shortening must keep both the condition and the action: "持续高热超过 3 天" alone tells
  // the viewer nothing to do.
  const parts = clauses(first);
  const ACTION = /就医|就诊|医院|医生|急救|120/;
  const candidates = [
    `${first}。关注我们，了解更多健康知识。`,
    `${first}。`,
    ...(parts[0] && !ACTION.test(parts[0]) ? [`${parts[0]}，请及时就医。`] : []),
    ...parts.filter((c) => ACTION.test(c)).map((c) => `${c}。`),
    '如有不适，请及时就医。',
  ];
  return candidates.find((c) => speechSeconds(c) <= maxSeconds) ?? candidates.at(-1)!;
}

interface PointCandidate { text: string; label?: string; visual: string; section?: Section }

function pointCandidates(model: ArticleModel): PointCandidate[] {
  const body = model.sections.filter((s) => s.role === 'body');
  return model.keyPoints.map((kp: TextBlock) => {
    const section = nearestSection(body, kp) ?? undefined;
    const fact = model.facts.find((f) => kp.text.includes(f.figure));
    const image = section?.images[0];
    const visual = image
      ? `插入配图：${image.alt || '文中配图'}`
      : fact
        ? `大字突出数字：${fact.figure}`
        : section?.hasTable
          ? `图表动画：${section.title}`
          : '医生出镜讲解，配关键词字幕';
    const text = /[。！？!?]$/.test(kp.text) ? kp.text : `${kp.text}。`;
    return { text, label: shortLabel(kp.text, CAPTION_MAX), visual, section };
  });
}

function supportSentences(section: Section, already: string): string[] {
  return section.paragraphs.flatMap((p) => sentences(p.text)).filter((s) => !already.includes(s)).slice(0, 4);
}

function caption(text: string, warnings: Warning[]): string {
  const label = shortLabel(text, CAPTION_MAX);
  if (label) return label;
  const cut = [...stripEndPunctuation(text)].slice(0, CAPTION_MAX - 1).join('') + '…';
  warnings.push({ code: 'cut.caption', message: `字幕“${text}”超过 ${CAPTION_MAX} 字，已截为“${cut}”` });
  return cut;
}
