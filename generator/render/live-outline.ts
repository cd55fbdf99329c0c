/**
 * live-outline renderer: a timed run-of-show for a live stream — opening, one segment per body
 * section with interaction prompts between, compliance reminders, Q&A from the FAQ, closing —
 * whose minutes add up exactly to the target length.
 */
import type { RunOfShowItem, Warning } from '../manifest.ts';
import type { ArticleModel, Section, Takeaway } from '../model/types.ts';
import { charLength, lettersOnly, sentences, shortLabel, stripEndPunctuation } from '../text/sentences.ts';
import { pickHook } from './hook.ts';
import { adviceScore, headingLabel, MYTH_UNIT_HEADING, stripNumbering } from '../model/markers.ts';
import { SPEECH_RATE } from '../platforms/registry.ts';
import { fitTitle, titleContext, limitOf } from './fit.ts';
import { variantFile, variantId, type Renderer } from './types.ts';

/** Said on air at the start and shown to the host: the rules a 科普 live stream must keep. */
export const LIVE_COMPLIANCE_REMINDERS = [
  '本场直播仅作健康科普，不替代面诊，不针对个人给出诊断或用药建议',
  '不承诺疗效，不说“根治”“保证治愈”“有效率”等用语',
  '不点评其他医院或疗法，不推荐具体药品或购买渠道',
  '连线或读评论时不念出观众的姓名、电话、病历号等个人信息',
  '不引导私下加微信、留电话或线下预约',
];

const OPENING = 3;
const COMPLIANCE = 2;
const CLOSING = 3;
const INTERACTION = 2;
const MIN_SEGMENT = 4;

export const liveOutlineRenderer: Renderer = {
  kind: 'live-outline',
  render(model, rule) {
    const warnings: Warning[] = [];
    const total = model.frontMatter.liveMinutes;
    let body = model.sections.filter((s) => s.role === 'body');
    // An article without headings (a listicle of ❌/✅ lines, a column) still has parts to talk
    // through: its takeaways, a few to a segment. A Q&A without headings stays all questions.
    if (body.length === 0 && model.faq.length < 3) body = takeawaySegments(model);
    const baseQa = model.faq.length > 0 ? Math.max(8, Math.round(total * 0.2)) : Math.max(5, Math.round(total * 0.1));
    // With no body sections, the whole middle of the show is questions and answers.
    const qaMinutes = body.length > 0 ? baseQa : total - OPENING - COMPLIANCE - CLOSING;
    const fixed = OPENING + COMPLIANCE + CLOSING + qaMinutes;
    // Each segment needs its minimum plus an interaction after it (but the last).
    const fits = (n: number) => fixed + n * MIN_SEGMENT + Math.max(0, n - 1) * INTERACTION <= total;
    if (!fits(body.length)) {
      let n = body.length;
      while (n > 1 && !fits(n)) n--;
      const cut = body.slice(n);
      body = body.slice(0, n);
      warnings.push({ code: 'cut.segments', message: `${total} 分钟放不下全部小节，省略了：${cut.map((s) => s.title).join('、')}` });
    }
    const interactions = Math.max(0, body.length - 1);
    const segmentMinutes = total - fixed - interactions * INTERACTION;
    const weights = body.map((s) => Math.max(1, charLength(s.text)));
    const shares = apportion(segmentMinutes, weights, MIN_SEGMENT);

    const items: Omit<RunOfShowItem, 'index' | 'startMinutes'>[] = [];
    const author = model.frontMatter.author;
    items.push({
      kind: 'opening', title: '开场', durationMinutes: OPENING,
      notes: [
        ...(model.aiLabel ? [`声明：${model.aiLabel.text}`] : []),
        `主持人介绍主题：${model.title}`,
        author ? `介绍嘉宾：${author.department ?? ''}${author.name}${author.title ?? ''}` : '介绍嘉宾',
        ...openingQuestion(model),
      ],
    });
    items.push({ kind: 'compliance', title: '合规提醒', durationMinutes: COMPLIANCE, notes: LIVE_COMPLIANCE_REMINDERS });
    const segmentTitles = new Set<string>();
    body.forEach((s, i) => {
      const points = segmentPoints(model, s);
      // A figure card for numbers (with units) the host will not already read out from the points above.
      const figures = model.facts
        .filter((f) => f.position.line >= s.position.line && f.position.line <= s.endLine)
        .filter((f) => !points.some((p) => p.includes(f.figure) || f.text.includes(p) || p.includes(f.text)))
        .slice(0, 2)
        // The sentence as written, then its figure: "72小时（一般建议在症状消失…" would set a span
        // before an outcome and read as a promise the article never made.
        .map((f) => `出示数据：${stripEndPunctuation(f.text)}（突出“${f.figure}”）`);
      // "问：乙肝疫苗一共要打几针？" is the question the host asks: its label is not said.
      const label = headingLabel(s.title);
      const title = label.kind === 'question' && label.text ? label.text : stripNumbering(s.title) || s.title;
      segmentTitles.add(lettersOnly(title));
      items.push({
        kind: 'segment', title, durationMinutes: shares[i]!,
        notes: [...points, ...figures, ...(s.images[0] ? [`展示图片：${s.images[0].alt}`] : []), ...(s.hasTable ? ['展示表格（提前做成图卡）'] : [])],
      });
      if (i < body.length - 1) {
        // A numbered stand-in title ("要点（2）") names nothing viewers could vote on.
        items.push({ kind: 'interaction', title: '互动', durationMinutes: INTERACTION, notes: [interactionPrompt(unnamed.has(s) ? undefined : title, i)] });
      }
    });
    // Questions the segments already answered are not asked again in the Q&A.
    const faq = model.faq.filter((f) => !segmentTitles.has(lettersOnly(f.question)));
    items.push({
      kind: 'qa', title: '观众问答', durationMinutes: qaMinutes,
      notes: faq.length > 0
        // The answer's own takeaway (its bolded sentence, or its first real statement) where the
        // model has one: "只有一小部分人需要" is a reply, not a point.
        ? faq.map((f) => `${f.question} —— 要点：${stripEndPunctuation(model.takeaways.find((t) => t.reason === 'answer' && t.position.line === f.answerPosition?.line)?.text ?? answerPoint(f.answer))}`)
        : ['读评论区问题作答；涉及个人病情的，提醒到医院面诊'],
    });
    items.push({
      kind: 'closing', title: '结束', durationMinutes: CLOSING,
      notes: [
        ...[...model.takeaways].sort((a, b) => b.score - a.score).slice(0, 3)
          .sort((a, b) => a.position.line - b.position.line)
          .map((k) => `回顾：${k.myth ? `误区“${k.myth.text}”——${k.text}` : k.text}`),
        `就医提示：${model.callToAction.text}`,
        '提醒：本直播内容仅供科普参考',
      ],
    });

    let clock = 0;
    const runOfShow: RunOfShowItem[] = items.map((it, i) => {
      const item = { index: i + 1, startMinutes: clock, ...it };
      clock += it.durationMinutes;
      return item;
    });
    const title = fitTitle([`直播：${model.title}`, model.title], rule, warnings, titleContext(model, rule.id));
    const text = runOfShow.map((r) => `${r.startMinutes}′ ${r.title}（${r.durationMinutes} 分钟）\n${r.notes.map((n) => `  · ${n}`).join('\n')}`).join('\n');
    const id = variantId(model.slug, rule.id, 'live-outline');
    const txtPath = variantFile(model.slug, id, 'txt');
    const variant = {
      id, platform: rule.id, kind: 'live-outline' as const, title, text, runOfShow,
      targetSeconds: total * 60, durationSeconds: clock * 60,
      files: [{ kind: 'txt', path: txtPath }],
      limits: limitOf('title', title, rule.title, rule),
      warnings,
    };
    return [{ variant, files: [{ path: txtPath, content: text }] }];
  },
};

/** Segments made from takeaways that had no name of their own: only a stand-in title ("要点（2）"). */
const unnamed = new WeakSet<Section>();

/** About three takeaways to a segment, in reading order, at most four segments. */
function takeawaySegments(model: ArticleModel): Section[] {
  const all = [...model.takeaways].sort((a, b) => a.position.line - b.position.line);
  if (all.length < 2) return [];
  const count = Math.min(4, Math.ceil(all.length / 3));
  const size = Math.ceil(all.length / count);
  // A segment covers whole lines: its points are read back by line, so two segments sharing one
  // paragraph would each say all of it.
  const chunks: Takeaway[][] = [];
  for (const t of all) {
    const last = chunks.at(-1);
    if (last && (last.length < size || last.at(-1)!.position.line === t.position.line)) last.push(t);
    else chunks.push([t]);
  }
  const out: Section[] = [];
  for (const chunk of chunks) {
    const heading = chunk.find((t) => t.heading && t.heading !== MYTH_UNIT_HEADING && headingLabel(t.heading).kind !== 'question')?.heading;
    // Named by its own words where they fit a title: the host sees what the segment is about
    // (a myth's, when the segment opens on the advice around its truth).
    const first = chunk.find((t) => t.myth && t.position.line === chunk[0]!.position.line) ?? chunk[0]!;
    const mythLabel = first.myth ? shortLabel(first.myth.text, 13) : undefined;
    const named = first.myth ? (mythLabel ? `误区：${mythLabel}` : '误区澄清') : shortLabel(first.short, 16);
    const title = (heading ? stripNumbering(heading) : named) ?? `要点（${out.length + 1}）`;
    const segment: Section = {
      title, role: 'body', depth: 2, position: chunk[0]!.position, endLine: chunk.at(-1)!.position.line,
      paragraphs: [], items: [], text: chunk.map((t) => t.text).join(''), hasTable: false, images: [],
    };
    if (!heading && !named) unnamed.add(segment);
    out.push(segment);
  }
  return out;
}

/** What the host covers in a segment: the section's takeaways (myths with their truths), else its first statements. */
function segmentPoints(model: ArticleModel, s: Section): string[] {
  const inside = model.takeaways.filter((t) => t.position.line >= s.position.line && t.position.line <= s.endLine);
  if (inside.length > 0) return inside.slice(0, 6).map((t) => (t.myth ? `误区：${t.myth.text} —— 真相：${t.text}` : t.text));
  const questions = model.faq.filter((f) => f.position.line >= s.position.line && f.position.line <= s.endLine);
  if (questions.length > 0) return questions.slice(0, 4).map((f) => `${f.question} —— ${stripEndPunctuation(sentences(f.answer)[0] ?? f.answer)}`);
  return [...s.items.map((it) => it.text), ...s.paragraphs.flatMap((p) => sentences(p.text)).filter((x) => !/[？?]$/.test(x)).slice(0, 2)].slice(0, 5);
}

/** The opening question: the article's own, else none (an empty prompt helps no host). */
function openingQuestion(model: ArticleModel): string[] {
  const hook = pickHook(model, SPEECH_RATE.charsPerSecond, 8);
  if (!hook.text) return [];
  // A hook that is no question ("肾结石。") is said as the opening line, not put to viewers.
  return [/[？?]$/u.test(hook.text) ? `开场提问：${hook.text}` : `开场白：${hook.text}`];
}

/** A prompt about the segment just given; `topic` undefined when it has no name to repeat. */
function interactionPrompt(topic: string | undefined, i: number): string {
  if (topic === undefined) {
    return ['请观众在评论区打“1”表示刚才这部分已听懂，打“2”表示还有疑问', '发起投票：刚才讲的这几点，你之前了解吗？（了解／不了解）', '请观众把对刚才这部分的问题发在评论区，问答环节统一回答'][i % 3]!;
  }
  // A myth is no lesson to have understood: viewers say whether they believed it.
  const myth = /^误区：(.+)$/u.exec(topic)?.[1];
  if (myth) return [`请观众在评论区说说：以前是不是也认为“${myth}”？`, `发起投票：“${myth}”，你以前信过吗？（信过／没信过）`][i % 2]!;
  const prompts = [
    `请观众在评论区打“1”表示已听懂“${topic}”，打“2”表示还有疑问`,
    // A poll viewers can answer in one tap, worded for a question or a topic.
    /[？?]$/u.test(topic) ? `发起投票：“${topic}”你之前知道答案吗？（知道／不知道）` : `发起投票：关于“${topic}”，你之前了解吗？（了解／不了解）`,
    `请观众把对“${topic}”的问题发在评论区，问答环节统一回答`,
  ];
  return prompts[i % prompts.length]!;
}

/** Split `total` whole minutes by weight, each at least `min`, summing exactly to `total`. */
export function apportion(total: number, weights: number[], min: number): number[] {
  if (weights.length === 0) return [];
  const spare = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (spare * w) / sum);
  const out = raw.map((r) => min + Math.floor(r));
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = order[k]![1];
    out[i] = out[i]! + 1;
  }
  return out;
}

/**
 * The answer's first real statement ("绝大多数感染者一辈子都不会得胃癌"), not an opener ("这是
 * 大家关心的内容"), unless a later sentence is much more clearly advice.
 */
function answerPoint(answer: string): string {
  const all = sentences(answer).filter((x) => [...x].length > 4 && !/[？?：:]$/u.test(x));
  const first = all.find((x) => [...x].length >= 8 && adviceScore(x) >= -0.5 && !/^(?:这是|这个问题|这也是|很多人|不少人|说到|关于)/u.test(x));
  if (!first) return all[0] ?? answer;
  return all.find((x) => adviceScore(x) >= adviceScore(first) + 2) ?? first;
}
