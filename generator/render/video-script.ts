/**
 * video-script renderer (douyin, kuaishou, channels, bilibili), one variant per target
 * duration: a hook in the first seconds, point shots, and the article's own safety advice to
 * close. What differs between platforms (frame, speech rate, caption size, chapters, closing
 * words) is read from the registry's `video.script`; the words said all come from the article.
 */
import type { Chapter, Shot, SourcePoint, Warning } from '../manifest.ts';
import { SPEECH_RATE, type ScriptStyle } from '../platforms/registry.ts';
import type { ArticleModel, Section, Takeaway } from '../model/types.ts';
import { charLength, clauses, lettersOnly, sayable, sentences, shortLabel, stripEndPunctuation } from '../text/sentences.ts';
import { fitHashtags, fitLines, fitTitle, titleContext, limitOf } from './fit.ts';
import { adviceScore, CROSSED_OUT, lineLabel, stripNumbering } from '../model/markers.ts';
import { speechSeconds } from './speech.ts';
import { pickHook, type Hook } from './hook.ts';
import { repeatsABelief } from '../model/recognise/myths.ts';
import { ctaFor } from './cta.ts';
import { CLEAR_ADVICE, SHORT_CHARS } from '../model/recognise/takeaways.ts';
import { variantId, type Renderer } from './types.ts';
import { clonePlain } from './clone.ts';

/** A cut between shots needs a breath; counted so totals stay honest. */
const SHOT_GAP_SECONDS = 0.3;

const DEFAULT_STYLE: ScriptStyle = {
  aspect: '9:16', framing: '竖屏', charsPerSecond: SPEECH_RATE.charsPerSecond, hookSeconds: 3, caption: { lineChars: 12, lines: 2 }, closing: '', source: '',
};

export { speechSeconds };

interface PlannedShot { role: Shot['role']; voiceOver: string; caption: string; visual: string; source?: SourcePoint }

/** Platforms with the same style and target get the same plan: compute it once per model. */
const plans = new WeakMap<ArticleModel, Map<string, { shots: Shot[]; warnings: Warning[] }>>();

/**
 * What a plan needs that depends on the article and the speech style but not on the target
 * length: an article has a plan per platform and length (twelve by default), and working these
 * out for each was about a third of planning. Kept with the model, like `plans`, so a rebuilt
 * article (watch mode) starts afresh.
 */
interface ModelParts { hooks: Map<string, Hook>; strengths?: Map<Takeaway, number>; sayable?: Takeaway[] }
const modelParts = new WeakMap<ArticleModel, ModelParts>();

function partsOf(model: ArticleModel): ModelParts {
  let parts = modelParts.get(model);
  if (!parts) modelParts.set(model, (parts = { hooks: new Map() }));
  return parts;
}

function hookFor(model: ArticleModel, rate: number, seconds: number): Hook {
  const { hooks } = partsOf(model);
  const key = `${rate}|${seconds}`;
  let hook = hooks.get(key);
  if (!hook) hooks.set(key, (hook = pickHook(model, rate, seconds)));
  return hook;
}

/**
 * Each takeaway's strength: each part's best first (round by round); within a round, the one
 * that reads more as advice. A point that cannot be said short costs the time of two: it needs
 * to be that much stronger.
 */
function strengthsOf(model: ArticleModel): Map<Takeaway, number> {
  const parts = partsOf(model);
  parts.strengths ??= new Map(model.takeaways.map((t) => [t, t.score + 1.5 * adviceScore(t.short) - LONG_POINT_COST * Math.max(0, charLength(t.short) - SHORT_CHARS)]));
  return parts.strengths;
}
/**
 * The takeaways a short video may say. Points kept only to fill a prose article's slides (below
 * CLEAR_ADVICE) are said only when the article has too few others: in a short video they would
 * take the time of a whole sentence.
 */
function sayableOf(model: ArticleModel): Takeaway[] {
  const parts = partsOf(model);
  if (!parts.sayable) {
    const enough = model.takeaways.filter((t) => t.score >= CLEAR_ADVICE).length >= ENOUGH_POINTS;
    parts.sayable = model.takeaways.filter((t) => !enough || t.score >= CLEAR_ADVICE);
  }
  return parts.sayable;
}

function timedScript(model: ArticleModel, target: number, style: ScriptStyle): { shots: Shot[]; warnings: Warning[] } {
  let byKey = plans.get(model);
  if (!byKey) plans.set(model, (byKey = new Map()));
  const key = `${target}|${JSON.stringify(style)}`;
  let plan = byKey.get(key);
  if (!plan) {
    const warnings: Warning[] = [];
    plan = { shots: timeShots(planShots(model, target, style, warnings), style), warnings };
    byKey.set(key, plan);
  }
  return plan;
}

export const videoScriptRenderer: Renderer = {
  kind: 'video-script',
  render(model, rule) {
    const style = rule.video?.script ?? DEFAULT_STYLE;
    return model.frontMatter.durations.map((target) => {
      const script = timedScript(model, target, style);
      const warnings: Warning[] = [...script.warnings];
      const shots = clonePlain(script.shots);
      const duration = shots.at(-1)?.endSeconds ?? 0;
      const id = variantId(model.slug, rule.id, 'video-script', target);
      const title = fitTitle([model.title, model.summary], rule, warnings, titleContext(model, rule.id));
      const hashtags = fitHashtags(model.hashtags.tags, rule, warnings);
      const chapters = style.chaptersFrom !== undefined && target >= style.chaptersFrom ? chaptersOf(shots) : undefined;
      const chapterLines = chapters ? ['章节：', ...chapters.map((c) => `${clock(c.startSeconds)} ${c.title}`)].join('\n') : '';
      const caption = rule.body
        ? fitLines([title, model.aiLabel?.text ?? ''].filter(Boolean), [model.summary, chapterLines, hashtags.join(' ')].filter(Boolean), rule.body, rule, 'caption', warnings)
        : title;
      const text = shots.map((s) => s.voiceOver).join('\n');
      if (rule.video && (target > rule.video.maxSeconds || target < rule.video.minSeconds)) {
        warnings.push({ code: 'video.length', message: `目标时长 ${target} 秒超出${rule.name}允许范围（${rule.video.minSeconds}–${rule.video.maxSeconds} 秒）` });
      }
      const variant = {
        id, platform: rule.id, kind: 'video-script' as const, title, text, caption, hashtags,
        targetSeconds: target, durationSeconds: duration, shots, ...(chapters ? { chapters } : {}),
        limits: [...limitOf('title', title, rule.title, rule), ...limitOf('caption', caption, rule.body, rule)],
        warnings,
      };
      // No files: the script lives in the manifest, and the preview page makes its SRT subtitles
      // from the shots when they are downloaded (../site/islands/srt-download.tsx).
      return { variant, files: [] };
    });
  },
};

/** A myth longer than this is shown, not said, in a point's short form. */
const SAID_MYTH_CHARS = 10;

/** With this many points above CLEAR_ADVICE, a short video has enough to say. */
const ENOUGH_POINTS = 5;

/** Past a short form's own length (SHORT_CHARS), a point costs strength per character. */
const LONG_POINT_COST = 0.15;

/** Choose what is said: the hook, the strongest takeaways the time allows, then the advice. */
function planShots(model: ArticleModel, target: number, style: ScriptStyle, warnings: Warning[]): PlannedShot[] {
  const rate = style.charsPerSecond;
  const secs = (t: string) => Math.max(1, speechSeconds(t, rate));
  const captionMax = style.caption.lineChars * style.caption.lines;
  const hook = hookFor(model, rate, style.hookSeconds);
  const cta = ctaFor(model, Math.max(2.5, target * (target >= 60 ? 0.2 : 0.25)), rate, warnings, `${target} 秒`);
  const hookShot: PlannedShot = {
    role: 'hook', voiceOver: hook.text, caption: caption(hook.text, captionMax, warnings),
    visual: `${style.framing}：医生出镜，画面大字“${shortLabel(hook.text, captionMax) ?? stripEndPunctuation(hook.text)}”`, source: hook.source,
  };
  const ctaShot: PlannedShot = {
    role: 'cta', voiceOver: cta.text, caption: caption(cta.caption, captionMax, warnings),
    visual: `${style.framing}：医生出镜，字幕条显示作者与科室`, source: model.callToAction.own ? model.callToAction.position : undefined,
  };
  let budget = target - secs(hook.text) - secs(cta.text) - 2 * SHOT_GAP_SECONDS;

  // As many takeaways as the time allows, strongest first, each in its short form; then, in
  // rank order, the full wording where time is left; then said in the article's order.
  const hookSaid = lettersOnly(hook.text);
  // Worked out once per takeaway, not in every comparison of the sort (nor in every plan).
  const strengths = strengthsOf(model);
  const strength = (t: Takeaway) => strengths.get(t)!;
  // Said as the hook or in the closing advice already.
  const notSaid = (t: Takeaway) => !(hookSaid.length > 0 && lettersOnly(pointSpeech(t, false, hook)) === hookSaid)
    && !lettersOnly(cta.text).includes(lettersOnly(t.short));
  const ranked = [...sayableOf(model)].sort((a, b) => strength(b) - strength(a) || a.position.line - b.position.line).filter(notSaid);
  const chosen: { t: Takeaway; full: boolean }[] = [];
  const skipped: string[] = [];
  // The letters of a mnemonic (B, E, F, A, S of BE FAST) are said all together or not at all:
  // three of five would teach a wrong rule.
  const mnemonic = mnemonicGroups(ranked);
  const decided = new Set<Takeaway>();
  // A list item that is no sentence of its own ("上腹部，像胃疼、烧心") is said after its list's
  // intro ("心梗的不适还可能出现在这些部位："), once, before the first such item.
  const introsPaid = new Set<string>();
  // A mnemonic's letters name themselves ("B（Balance，平衡）：…").
  const needsIntro = (t: Takeaway) => t.intro !== undefined && !LETTERED.test(t.text) && adviceScore(t.short) < 0.5 && !lettersOnly(hook.text).includes(lettersOnly(t.intro.text));
  for (const t of ranked) {
    if (decided.has(t)) continue;
    const members = mnemonic.get(t) ?? [t];
    for (const m of members) decided.add(m);
    const intros = [...new Set(members.filter(needsIntro).map((m) => m.intro!.text))].filter((x) => !introsPaid.has(x));
    const cost = members.reduce((n, m) => n + secs(pointSpeech(m, false, hook)) + SHOT_GAP_SECONDS, 0) + intros.reduce((n, x) => n + speechSeconds(x, rate), 0);
    if (cost <= budget) {
      for (const m of members) chosen.push({ t: m, full: false });
      for (const x of intros) introsPaid.add(x);
      budget -= cost;
    } else skipped.push(...members.map((m) => stripEndPunctuation(m.short)));
  }
  for (const c of chosen) {
    // A mnemonic's letters stay alike: each is said as its letter and first clause.
    if (mnemonic.has(c.t)) continue;
    const extra = secs(pointSpeech(c.t, true, hook)) - secs(pointSpeech(c.t, false, hook));
    if (extra > 0 && extra <= budget) { c.full = true; budget -= extra; }
  }
  // Points held back for a prose article's slides fill only the time the others leave.
  const firstChoice = new Set(sayableOf(model));
  for (const t of [...model.takeaways].filter((x) => !firstChoice.has(x) && !mnemonic.has(x) && notSaid(x)).sort((a, b) => strength(b) - strength(a))) {
    const cost = secs(pointSpeech(t, false, hook)) + SHOT_GAP_SECONDS;
    if (cost <= budget && !needsIntro(t)) { chosen.push({ t, full: false }); budget -= cost; }
  }
  chosen.sort((a, b) => a.t.position.line - b.t.position.line || a.t.position.column - b.t.position.column);
  const introduced = new Set<string>();
  const introFor = (t: Takeaway) => {
    if (!t.intro || !introsPaid.has(t.intro.text) || introduced.has(t.intro.text)) return '';
    introduced.add(t.intro.text);
    return t.intro.text;
  };
  const shots: PlannedShot[] = chosen.map(({ t, full }) => ({
    role: 'point', voiceOver: introFor(t) + pointSpeech(t, full, hook), caption: caption(t.myth ? `误区：${t.myth.text}` : letterCaption(t, captionMax) ?? t.short, captionMax, warnings),
    visual: `${style.framing}：${visualFor(model, t)}`, source: t.position,
  }));
  const takeaways = chosen.map((c) => c.t);

  // Long targets: each point gets supporting sentences from its own section, round-robin so
  // the time is shared, each sentence said once, never one that only points at a link.
  const linkTexts = model.links.map((l) => l.text).filter(Boolean);
  const closingSaid = lettersOnly(model.callToAction.text);
  const said = new Set(shots.map((s) => s.voiceOver));
  const statesBelief = repeatsABelief(model.myths);
  const queues = takeaways.map((t, k) => ({
    shot: shots[k]!,
    support: t.section === undefined ? [] : supportSentences(model.sections[t.section]!, t.text, statesBelief)
      // …nor the closing advice, which the last shot says.
      .filter((s) => !linkTexts.some((l) => s.includes(l)) && !model.takeaways.some((o) => o.text.includes(s) || s.includes(stripEndPunctuation(o.text)))
        && !closingSaid.includes(lettersOnly(s))),
  }));
  for (let pass = 0, added = true; added; pass++) {
    added = false;
    for (const { shot, support } of queues) {
      const s = support[pass];
      if (!s || said.has(s) || [...said].some((x) => lettersOnly(x).includes(lettersOnly(s)))) continue;
      const cost = speechSeconds(s, rate);
      if (cost > budget) continue;
      shot.voiceOver += s;
      budget -= cost;
      said.add(s);
      added = true;
    }
  }
  if (skipped.length > 0) {
    warnings.push({ code: 'cut.points', message: `${target} 秒时长放不下全部要点，省略了 ${skipped.length} 条：${skipped.join('；')}` });
  }
  // The platform's own closing words, when time is left after the advice.
  if (style.closing && secs(style.closing) <= budget) ctaShot.voiceOver += style.closing;
  if (chosen.length === 0 && model.takeaways.length > 0) {
    warnings.push({ code: 'cut.all-points', message: `${target} 秒时长只够开头和结尾，没有讲解要点；建议加长时长` });
  }
  if (model.takeaways.length === 0) {
    warnings.push({ code: 'no-points', message: '没有从文章中识别出要点：可用加粗句、列表或“## 划重点”标出要点' });
  }
  return [hookShot, ...shots, ctaShot];
}

/** "B（Balance，平衡）：突然出现走路不稳…" — one letter of a mnemonic, with what it stands for. */
const LETTERED = /^([A-Z](?:[（(][^）)]*[）)])?)\s*[：:]\s*(.+)$/u;

/** The letter and the first clause of what it stands for: "B（Balance，平衡）：突然出现走路不稳。" */
function letterSpeech(t: Takeaway): string | undefined {
  const m = LETTERED.exec(t.text);
  if (!m) return undefined;
  const first = m[2]!.split(/[，,；;。！？!?]/u)[0]!.trim();
  return first ? `${m[1]}：${first}。` : undefined;
}

/** A letter's caption: the letter and its clause when that fits, else the letter with its meaning. */
function letterCaption(t: Takeaway, max: number): string | undefined {
  const said = letterSpeech(t);
  if (!said) return undefined;
  const bare = stripEndPunctuation(said);
  return charLength(bare) <= max ? bare : LETTERED.exec(t.text)![1];
}

/** Lettered takeaways under one heading, three or more: each maps to all of its group, in reading order. */
function mnemonicGroups(takeaways: Takeaway[]): Map<Takeaway, Takeaway[]> {
  const byHeading = new Map<string, Takeaway[]>();
  for (const t of takeaways) {
    if (!LETTERED.test(t.text)) continue;
    const key = `${t.section ?? ''}|${t.heading ?? ''}`;
    byHeading.set(key, [...(byHeading.get(key) ?? []), t]);
  }
  const groups = new Map<Takeaway, Takeaway[]>();
  for (const members of byHeading.values()) {
    if (members.length < 3) continue;
    const ordered = [...members].sort((a, b) => a.position.line - b.position.line);
    for (const m of ordered) groups.set(m, ordered);
  }
  return groups;
}

/** A myth is said only together with its truth, and marked as a myth. */
function pointSpeech(t: Takeaway, full: boolean, hook?: Hook): string {
  const lettered = full ? undefined : letterSpeech(t);
  if (lettered && !t.myth) return lettered;
  const truth = sayable(full ? t.text : t.short);
  // The hook already said this myth, marked as one: the point goes straight to the truth.
  if (t.myth && hook?.source === t.myth.position) return truth;
  // Said short, a long myth stays on screen (its caption and the crossed-out visual) and the
  // voice gives the truth; it is said too where time allows the full wording.
  if (t.myth && !full && charLength(t.myth.text) > SAID_MYTH_CHARS) return truth;
  return t.myth ? `误区：${sayable(t.myth.text)}${truth}` : truth;
}

function visualFor(model: ArticleModel, t: Takeaway): string {
  const section = t.section === undefined ? undefined : model.sections[t.section];
  const image = section?.images.find((img) => img.alt) ?? section?.images[0];
  const fact = model.facts.find((f) => t.text.includes(f.figure));
  if (t.myth) return `画面左右对比：“误区”打叉，“${shortLabel(t.text, 16) ?? '正确做法'}”打勾`;
  if (image) return `插入配图：${image.alt || '文中配图'}`;
  if (fact) return `大字突出数字：${fact.figure}`;
  if (t.reason === 'step') return '分步演示动作，屏幕角标显示步骤序号';
  if (section?.hasTable) return `图表动画：${section.title}`;
  return '医生出镜讲解，配关键词字幕';
}

function supportSentences(section: Section, already: string, statesBelief: (text: string) => boolean): string[] {
  const said = lettersOnly(already);
  // A sentence that states a refuted belief ("至于“肠镜伤肠子”的说法，…") is said only on its myth's shot.
  // A crossed-out line ("❌ 一拉肚子就吃止泻药") is a wrong practice, never support for a point.
  // A line's own label ("真相：", "温馨提示：") is not said.
  return section.paragraphs.filter((p) => !CROSSED_OUT.test(p.text)).flatMap((p) => sentences(lineLabel(stripNumbering(p.text)).text))
    // Quoted speech ("“以前总觉得颈椎病是老年人的病。”") is someone's words, often the very belief
    // the article refutes: never said as support.
    .filter((s) => !said.includes(lettersOnly(s)) && adviceScore(s) >= 0 && !/^[“"「]/u.test(s.trim()) && !statesBelief(s))
    .map(sayable)
    .slice(0, 4);
}


function timeShots(planned: PlannedShot[], style: ScriptStyle): Shot[] {
  let t = 0;
  return planned.map((p, i) => {
    const start = t;
    const end = Math.round((start + Math.max(1, speechSeconds(p.voiceOver, style.charsPerSecond))) * 10) / 10;
    t = Math.round((end + SHOT_GAP_SECONDS) * 10) / 10;
    const { source, ...rest } = p;
    return { index: i + 1, startSeconds: start, endSeconds: end, ...rest, ...(source ? { source } : {}) };
  });
}

/** One chapter per shot after the hook, titled by its caption. */
function chaptersOf(shots: Shot[]): Chapter[] {
  return shots.map((s) => ({
    startSeconds: Math.floor(s.startSeconds),
    title: s.role === 'hook' ? '开场' : s.role === 'cta' ? '何时就医' : stripEndPunctuation(s.caption.replace(/…$/, '')),
  }));
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function caption(text: string, max: number, warnings: Warning[]): string {
  if (charLength(stripEndPunctuation(text)) <= max) return stripEndPunctuation(text);
  // The clause that carries the advice or the figure, not the topic it opens with ("对于缺血性脑卒中").
  // Whole clauses: an enumeration comma ("高龄、严重基础疾病") lists inside one.
  const fitting = stripEndPunctuation(text).split(/[，,：:；;。！？!?]/u).map((c) => c.trim()).filter((c) => charLength(c) <= max && charLength(c) >= 4);
  // A condition ("血脂达标且没有不良反应后") or a subject ("单用他汀不能达标的") says when or who, not what.
  const conditionLike = (c: string) => /(?:时|后|前|的|的话|之后|以后|情况|的人|者)$|^(?:如果|若|当|一旦|只要|对于|或者|尤其)/u.test(c);
  const label = fitting.map((c, k) => ({ c, v: adviceScore(c) - (conditionLike(c) ? 2 : 0) - k * 0.01 })).sort((a, b) => b.v - a.v)[0]?.c ?? shortLabel(text, max);
  if (label) return label;
  const cut = [...stripEndPunctuation(text)].slice(0, max - 1).join('') + '…';
  warnings.push({ code: 'cut.caption', message: `字幕“${text}”超过 ${max} 字，已截为“${cut}”` });
  return cut;
}
