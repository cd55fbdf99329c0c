/**
 * Messages between the side panel (or a test) and the content script. Every message is parsed
 * here before anything acts on it; a message that does not parse is refused with a reason.
 */
import { z } from 'zod';
import { PLATFORM_IDS } from '../generator/platforms/registry.ts';
import type { Variant } from '../generator/manifest.ts';

// No runtime code generation inside the extension (MV3 CSP, store review).
z.config({ jitless: true });

/**
 * A variant's channel code and the booking carriers built from it (render/channel.ts). What the
 * content script may put into a page from here is checked to the character: a code of
 * [a-z0-9-], an http(s) booking URL, a mini-program page path of path and query characters.
 */
const channelSchema = z.looseObject({
  code: z.string().regex(/^[a-z0-9-]{1,32}$/),
  bookingUrl: z.string().max(1024).regex(/^https?:\/\/[^\s"'<>\\`]+$/).optional(),
  miniProgramPath: z.string().max(1024).regex(/^[A-Za-z0-9_\-./]+(\?[A-Za-z0-9_\-.=&%]*)?$/).optional(),
  miniProgramAppId: z.string().regex(/^wx[0-9a-zA-Z]{16}$/).optional(),
  note: z.string().max(2000),
});

/** What filling reads from a `Variant`; the side panel also checks detail files' variants with it. */
export const variantSchema = z.looseObject({
  id: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
  kind: z.enum(['article', 'video-script', 'carousel', 'live-outline']),
  title: z.string(),
  text: z.string(),
  html: z.string().optional(),
  caption: z.string().optional(),
  hashtags: z.array(z.string()).optional(),
  images: z.array(z.string()).optional(),
  cover: z.string().optional(),
  channel: channelSchema.optional(),
  limits: z.array(z.object({
    field: z.enum(['title', 'body', 'caption', 'hashtags', 'images', 'slide']), length: z.number(), max: z.number(), min: z.number().optional(),
    unit: z.enum(['chars', 'weighted', 'count']),
  })).optional(),
});

const articleRefSchema = z.object({
  slug: z.string().min(1),
  status: z.enum(['draft', 'in-review', 'approved', 'blocked']),
  hash: z.string().optional(),
});

/** Image bytes fetched by the side panel from the preview site, keyed by manifest path. */
const assetSchema = z.object({
  path: z.string().min(1),
  mime: z.string().regex(/^image\/[a-z0-9.+-]+$/),
  base64: z.string(),
});

const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kepu:probe') }),
  // `article` is optional here so that its absence gets the gate's own message, not a parse error.
  z.object({
    type: z.literal('kepu:fill'), variant: variantSchema, assets: z.array(assetSchema).max(40).optional(),
    article: articleRefSchema.optional(), acknowledged: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('kepu:insert'), text: z.string(), html: z.string().optional(), assets: z.array(assetSchema).max(40).optional(),
    article: articleRefSchema.optional(), acknowledged: z.boolean().optional(),
  }),
]);

/** The part of a manifest `Variant` that filling reads; any whole `Variant` is one. */
export type FillVariant = Pick<Variant, 'id' | 'platform' | 'kind' | 'title' | 'text' | 'html' | 'caption' | 'hashtags' | 'images' | 'cover' | 'limits' | 'channel'>;
export type Asset = z.infer<typeof assetSchema>;
export type KepuRequest = z.infer<typeof requestSchema>;

/** `readMore`: the 公众号 editor's 原文链接 (阅读原文) setting. */
export type FieldName = 'title' | 'body' | 'topics' | 'cover' | 'images' | 'readMore';

export interface ProbeResponse {
  platform: string | null;
  fields: FieldName[];
  /** Set when the page is the platform's login page rather than its composer. */
  login?: string;
}
export interface FillFailure {
  field: FieldName;
  reason: string;
}
/** One picture of an article body, numbered from 1 in the order it appears in the text. */
export interface PictureResult {
  index: number;
  ok: boolean;
  /** The asset (manifest path) or address the picture came from. */
  path?: string;
  reason?: string;
}
/**
 * Something the extension cannot put into the composer itself (a 公众号 mini-program card goes
 * in through the editor's own dialog, which searches the account's linked mini-programs): the
 * editor is shown what to paste and where, in Chinese.
 */
export interface ManualStep {
  /** What it is, e.g. 小程序卡片（预约）. */
  what: string;
  /** The exact text to paste (a path with the channel code). */
  text: string;
  /** Where it goes, step by step. */
  how: string;
}
export interface FillResponse {
  ok: boolean;
  filled: FieldName[];
  failed: FillFailure[];
  /** Left for the editor to do by hand, with the text to paste. */
  manual?: ManualStep[];
  /** Present when the body had pictures: each one's outcome, in order. */
  pictures?: PictureResult[];
}
export interface InsertResponse {
  ok: boolean;
  reason?: string;
  pictures?: PictureResult[];
}
/**
 * Sent by the content script to the extension while a body's pictures go in (the side panel
 * shows it): picture `index` of `total` is being pasted, or has its `result`.
 */
export interface PictureProgress {
  type: 'kepu:picture-progress';
  index: number;
  total: number;
  result?: PictureResult;
}
export interface RefusedResponse {
  ok: false;
  reason: string;
}

export type ParsedRequest = { ok: true; request: KepuRequest } | { ok: false; reason: string };

/** Parses an incoming message; `extensionId` is ours, `senderId` is the sender's. */
export function parseRequest(message: unknown, senderId: string | undefined, extensionId: string): ParsedRequest {
  if (senderId !== extensionId) return { ok: false, reason: '拒绝：消息不是来自本扩展' };
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '消息';
    return { ok: false, reason: `拒绝：消息格式不正确（${where}${issue ? issueInChinese(issue.code) : '有误'}）` };
  }
  return { ok: true, request: parsed.data };
}

/** zod's own messages are English; the panel shows these instead. */
export function issueInChinese(code: string): string {
  switch (code) {
    case 'invalid_type': return ' 缺失或类型不对';
    case 'invalid_value': return ' 的取值不在允许范围内';
    case 'invalid_union': return ' 不是可识别的请求类型';
    case 'too_big': return ' 过长或过多';
    case 'too_small': return ' 过短或为空';
    case 'invalid_format': return ' 格式不对';
    case 'unrecognized_keys': return ' 含有不认识的字段';
    default: return ' 有误';
  }
}
