/**
 * Content script on composer pages: answers kepu:probe, kepu:fill and kepu:insert from this
 * extension only, after checking each message's shape. One fill runs at a time; a new request
 * aborts the previous one.
 */
import { parseRequest, type FieldName, type KepuRequest } from '../protocol.ts';
import { adapterForUrl } from './adapters.ts';
import { findField } from './adapter.ts';
import { searchRoots } from './dom.ts';
import { insertIntoFocused } from './insert.ts';

const FILL_TIMEOUT_MS = 20_000;
let current: AbortController | null = null;

async function handle(request: KepuRequest): Promise<unknown> {
  const adapter = adapterForUrl(location.href);
  if (request.type === 'kepu:probe') {
    if (!adapter) return { platform: null, fields: [] };
    const roots = searchRoots();
    const fields = (Object.keys(adapter.fields) as FieldName[]).filter((f) => findField(adapter.fields[f]!, roots));
    return { platform: adapter.platform, fields };
  }
  current?.abort(new Error('已被新的请求取代'));
  const controller = new AbortController();
  current = controller;
  const timer = setTimeout(() => controller.abort(new Error('填充超时')), FILL_TIMEOUT_MS);
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

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const parsed = parseRequest(message, sender.id, chrome.runtime.id);
  if (!parsed.ok) {
    sendResponse({ ok: false, reason: parsed.reason });
    return false;
  }
  handle(parsed.request).then(sendResponse, (error: unknown) => sendResponse({ ok: false, reason: String(error) }));
  return true; // the response is sent asynchronously
});
