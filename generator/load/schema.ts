/**
 * Front-matter schema. Only `title` is required: everything else defaults so a one-line
 * article builds. Error messages are bilingual because editors read them and developers
 * grep them.
 */
import { z } from 'zod';
import { AB_SPLIT, MAX_ALTERNATIVES, measure, PLATFORM_IDS, PLATFORMS } from '../platforms/registry.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v), { message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD' })
  // A real calendar day: "2026-02-30" is a typo, not a date.
  .refine((v) => {
    const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, { message: '不是真实存在的日期（如 2 月没有 30 日）/ not a calendar date' });

const text = (max: number) => z.string().trim().min(1, { message: '不能为空 / must not be empty' }).max(max, { message: `最多 ${max} 字 / at most ${max} characters` });

export const authorSchema = z.object({
  name: text(40),
  title: text(40).optional(),
  department: text(40).optional(),
});

export const referenceSchema = z.union([
  text(300).transform((title) => ({ title }) as { title: string; url?: string; publisher?: string; year?: number }),
  z.object({
    title: text(300),
    url: z.string().url({ message: '不是有效网址 / not a valid URL' }).optional(),
    publisher: text(100).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
  }),
]);

export const signOffSchema = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  reviewer: text(40),
  staffId: text(40).optional(),
  role: text(40),
  date: isoDate,
  verdict: z.enum(['通过', '退回修改', '不通过']),
  hash: z.string().regex(/^[0-9a-f]{12,64}$/, { message: '内容哈希应为十六进制 / hash must be hex' }),
  comments: z.string().optional(),
  /** Hash of each picture when signed, so a later change can be named. */
  media: z.record(z.string(), z.string()).optional(),
});

export const waiverSchema = z.object({
  rule: text(80),
  excerpt: text(200).optional(),
  reason: text(300),
});

export const consentSchema = z.object({
  who: text(60),
  relationship: text(20).optional(),
  date: isoDate,
  scope: z.array(z.enum(['文字', '图片', '视频', '声音'])).min(1),
  platforms: z.array(z.enum(PLATFORM_IDS)).optional(),
  expires: isoDate,
  record: text(100).optional(),
});

export const reviewSchema = z
  .object({
    signOffs: z.array(signOffSchema).default([]),
    waivers: z.array(waiverSchema).default([]),
  })
  .default({ signOffs: [], waivers: [] });

/** One alternative: a bare title, or `{ title?, cover? }` with at least one of them. */
const alternativeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { title: v } : v),
  z.object({ title: text(80).optional(), cover: text(300).optional() })
    .strict()
    .refine((a) => a.title !== undefined || a.cover !== undefined, { message: '至少写 title 或 cover 之一 / give a title or a cover' }),
);

/**
 * A/B alternatives per platform (`alternatives: { toutiao: [另一个标题] }`). Each becomes its own
 * variant; the platform's own limits are checked here so the editor hears about them at the line.
 */
export const alternativesSchema = z
  .partialRecord(z.enum(PLATFORM_IDS, { message: `未知平台，可选：${PLATFORM_IDS.join(', ')} / unknown platform` }), z.array(alternativeSchema).min(1, { message: '至少一个备选 / at least one alternative' }))
  .superRefine((all, ctx) => {
    for (const [platform, list] of Object.entries(all) as [keyof typeof PLATFORMS, { title?: string; cover?: string }[]][]) {
      const rule = PLATFORMS[platform];
      const split = AB_SPLIT[platform];
      const max = split ? split.maxArms - 1 : MAX_ALTERNATIVES;
      if (list.length > max) {
        ctx.addIssue({
          code: 'custom', path: [platform, max],
          message: split
            ? `${rule.name}随机分流最多 ${split.maxArms} 个版本（原标题加 ${max} 个备选），现有 ${list.length} 个备选 / too many alternatives`
            : `每个平台最多 ${max} 个备选（每个备选都是一份要审核的稿件），现有 ${list.length} 个 / too many alternatives`,
        });
      }
      const seen = new Set<string>();
      list.forEach((alt, i) => {
        if (alt.title !== undefined) {
          const { min = 1, max: most } = rule.title;
          const n = measure(alt.title, rule.counting);
          if (n > most || n < min) {
            ctx.addIssue({ code: 'custom', path: [platform, i, 'title'], message: `${rule.name}标题应为 ${min}–${most} 字，这个备选标题 ${n} 字 / title length out of the platform's range` });
          }
          if (seen.has(alt.title)) ctx.addIssue({ code: 'custom', path: [platform, i, 'title'], message: '与前面的备选标题重复 / duplicate alternative' });
          seen.add(alt.title);
        }
        // Only long articles use an image cover; a video's cover is drawn from its title, a carousel's is its first slide.
        if (alt.cover !== undefined && !rule.kinds.includes('article')) {
          ctx.addIssue({ code: 'custom', path: [platform, i, 'cover'], message: `${rule.name}的封面由 Kepu 绘制（视频封面写标题，轮播封面是第一页），不能另换封面图：请改写 title 做对比 / this platform draws its own cover` });
        }
      });
    }
  });

export const frontMatterSchema = z
  .object({
    /** Optional when the body opens with a `# ` heading: that heading is the title. */
    title: text(64).optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug 只能用小写字母、数字和连字符 / slug must be kebab-case a-z0-9' })
      .optional(),
    summary: text(200).optional(),
    /** A platform's own title, when the article title does not fit it (e.g. titles: { xiaohongshu: 流感疫苗怎么打 }). */
    titles: z.partialRecord(z.enum(PLATFORM_IDS, { message: `未知平台，可选：${PLATFORM_IDS.join(', ')} / unknown platform` }), text(80)).optional(),
    alternatives: alternativesSchema.optional(),
    date: isoDate.optional(),
    author: authorSchema.optional(),
    department: text(40).optional(),
    audience: text(40).default('大众'),
    // YAML reads `tags: [抑郁症, 12356]` as a number for the hotline: a tag is its text either way.
    tags: z.array(z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), text(20))).default([]),
    platforms: z.array(z.enum(PLATFORM_IDS, { message: `未知平台，可选：${PLATFORM_IDS.join(', ')} / unknown platform` })).optional(),
    durations: z.array(z.number().int().min(5).max(1800)).min(1).default([15, 60, 180]),
    liveMinutes: z.number().int().min(10).max(240).default(60),
    campaign: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, { message: 'campaign 只能用字母、数字、下划线和连字符 / campaign must be [A-Za-z0-9_-]' })
      .optional(),
    cover: z.string().optional(),
    /** The article's page on the hospital site; QR codes and tagged links point here. Default: theme `site.baseUrl` + slug. */
    url: z.string().url({ message: '不是有效网址 / not a valid URL' }).optional(),
    references: z.array(referenceSchema).default([]),
    story: z.boolean().default(false),
    consent: consentSchema.optional(),
    aiAssisted: z.boolean().default(false),
    review: reviewSchema,
  })
  .strict();

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type SignOff = z.output<typeof signOffSchema>;
export type Consent = z.output<typeof consentSchema>;
export type Waiver = z.output<typeof waiverSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type Alternative = { title?: string; cover?: string };
