/**
 * Content script on composer pages: answers kepu:probe, kepu:fill and kepu:insert from this
 * extension only, after checking each message's shape. One fill runs at a time; a new request
 * aborts the previous one.
 */
import { COMPOSER_ACCEPTS, PLATFORMS } from '../../generator/platforms/registry.ts';
import { gate } from '../gate.ts';
import { parseRequest, type FieldName, type FillVariant, type KepuRequest } from '../protocol.ts';
import { loginPrompt } from './login.ts';
import { showUnreviewedNotice } from './notice.ts';
import { adapterForUrl } from './adapters.ts';
import { findField } from './adapter.ts';
import { searchRoots } from './dom.ts';
import { insertIntoFocused } from './insert.ts';
import { countPictures, PICTURE_WAIT_MS } from './pictures.ts';

const FILL_TIMEOUT_MS = 20_000;
let current: AbortController | null = null;

async function handle(request: KepuRequest): Promise<unknown> {
  const adapter = adapterForUrl(location.href);
  if (request.type === 'kepu:probe') {
    if (!adapter) return { platform: null, fields: [] };
    const roots = searchRoots();
    const fields = (Object.keys(adapter.fields) as FieldName[]).filter((f) => findField(adapter.fields[f]!, roots));
    const login = fields.length === 0 ? loginPrompt(adapter.platform, roots) : undefined;
    return { platform: adapter.platform, fields, ...(login ? { login } : {}) };
  }
  // The gate holds here too: the panel's buttons are not the only way a message can arrive.
  const decision = gate(request.article, request.acknowledged);
  if (!decision.ok) return refusal(request, decision.reason);
  if (request.type === 'kepu:fill') {
    const wrong = adapter ? misfit(request.variant, adapter.platform) : undefined;
    if (wrong) return refusal(request, wrong);
  }
  if (adapter && request.type === 'kepu:fill') {
    const roots = searchRoots();
    const anyField = (Object.keys(adapter.fields) as FieldName[]).some((f) => findField(adapter.fields[f]!, roots));
    const login = anyField ? undefined : loginPrompt(adapter.platform, roots);
    if (login) return refusal(request, login);
  }
  if (decision.preview && request.article) showUnreviewedNotice(request.article.slug);
  current?.abort(new Error('已被新的请求取代'));
  const controller = new AbortController();
  current = controller;
  // Each picture is uploaded by the composer before the text after it goes in.
  const pictures = countPictures(request.type === 'kepu:fill' ? request.variant.html : request.html);
  const timer = setTimeout(() => controller.abort(new Error('填充超时')), FILL_TIMEOUT_MS + pictures * PICTURE_WAIT_MS);
  try {
    if (request.type === 'kepu:insert') return await insertIntoFocused(request, controller.signal);
    if (!adapter) return { ok: false, filled: [], failed: [{ field: 'body', reason: '此页面不是已知平台的发布页' }] };
    return await adapter.fill(request.variant, controller.signal, request.assets);
  } catch (error) {
    return { ok: false, filled: [], failed: [], reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    if (current === controller) current = null;
  }
}

function refusal(request: KepuRequest, reason: string): unknown {
  return request.type === 'kepu:insert' ? { ok: false, reason } : { ok: false, filled: [], failed: [], reason };
}

const LIMIT_LABEL: Record<string, string> = { title: '标题', body: '正文', caption: '配文', hashtags: '话题', images: '图片', slide: '单页文字' };

/** A variant this composer does not take, or one over a field's limit, is refused with the numbers. */
function misfit(variant: FillVariant, platform: string): string | undefined {
  const rule = PLATFORMS[variant.platform];
  if (variant.platform !== platform) return `拒绝：这是${rule.name}的稿件，当前页面是${PLATFORMS[platform as keyof typeof PLATFORMS]?.name ?? '其他平台'}的发布页`;
  if (!COMPOSER_ACCEPTS[variant.platform].includes(variant.kind)) return `拒绝：${rule.name}发布页不接受这类稿件（${KIND_NAME[variant.kind]}），未填充`;
  const over = (variant.limits ?? []).find((l) => l.length > l.max);
  if (over) {
    const unit = over.unit === 'count' ? '张' : '字';
    return `拒绝：${LIMIT_LABEL[over.field] ?? over.field}有 ${over.length} ${unit}，超过${rule.name}的上限 ${over.max} ${unit}，未填充；请在预览中删减后重新生成`;
  }
  return undefined;
}

const KIND_NAME: Record<FillVariant['kind'], string> = { article: '图文长文', 'video-script': '短视频脚本', carousel: '图片轮播', 'live-outline': '直播提纲' };

// The background starts this file again after in-page navigation when no copy answers; a copy
// that is already here keeps the page to one listener.
const started = globalThis as { __kepuContentScript?: boolean };
if (!started.__kepuContentScript) {
  started.__kepuContentScript = true;
  chrome.runtime.onMessage.addListener(listener);
}

function listener(message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (response?: unknown) => void): boolean {
  const parsed = parseRequest(message, sender.id, chrome.runtime.id);
  if (!parsed.ok) {
    sendResponse({ ok: false, reason: parsed.reason });
    return false;
  }
  handle(parsed.request).then(sendResponse, (error: unknown) => sendResponse({ ok: false, reason: String(error) }));
  return true; // the response is sent asynchronously
}
