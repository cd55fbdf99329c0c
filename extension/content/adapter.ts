/**
 * The shared shape of a platform adapter: which composer pages it serves, where each field is
 * (several signals, since composers change their markup), and how a variant is filled. Most
 * adapters only declare fields; `fillFields` does the rest and reports every field it was meant
 * to fill as filled or failed with a reason.
 */
import type { PlatformId } from '../../generator/manifest.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import type { Asset, FieldName, FillFailure, FillResponse, FillVariant, PictureResult } from '../protocol.ts';
import { countPictures, expectedText, pasteWithPictures } from './pictures.ts';
import { isVisible, queryDeep, searchRoots, sleep } from './dom.ts';
import { planFill, type FillPlan } from './plan.ts';
import { sanitizeHtml, htmlToText } from './sanitize.ts';
import { fillDialogField } from './dialog-field.ts';
import { readMoreStep } from './booking.ts';
import {
  attachFiles, holdsText, isEditable, isTextField, pressKey, setFieldValue, settles, shownText, squeeze, typeIntoEditable,
} from './techniques.ts';

export interface FieldSpec {
  /** CSS selectors, most stable signal first (ids, names, editor classes, roles). */
  selectors: string[];
  /** Localised label fragments matched against placeholder, data-placeholder, aria-label and title. */
  labels?: string[];
  /**
   * How the field takes content: `text` a plain input/textarea/contenteditable, `rich` an editor
   * that takes pasted HTML, `tags` one entry per topic confirmed by a key, `file` an upload,
   * `dialog` a setting that opens a dialog with its input (selectors find the setting, labels
   * the input; dialog-field.ts).
   */
  kind: 'text' | 'rich' | 'tags' | 'file' | 'dialog';
}

export type Fields = Partial<Record<FieldName, FieldSpec>>;

export interface Adapter {
  platform: PlatformId;
  /** Composer URL match patterns (from the registry). */
  matches: string[];
  fields: Fields;
  fill(variant: FillVariant, signal: AbortSignal, assets?: Asset[]): Promise<FillResponse>;
}

export function defineAdapter(spec: { platform: PlatformId; fields: Fields; fill?: Adapter['fill'] }): Adapter {
  const adapter: Adapter = {
    platform: spec.platform,
    matches: PLATFORMS[spec.platform].composer.urls,
    fields: spec.fields,
    fill: spec.fill ?? ((variant, signal, assets) => fillFields(adapter, planFill(variant, adapter.fields), signal, assets)),
  };
  return adapter;
}

const LABEL_ATTRS = ['placeholder', 'data-placeholder', 'aria-label', 'title'];
const EDITABLE = 'input, textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"]';

/** The element a label or selector points at, moved to what actually takes input. */
function resolveTarget(el: Element, kind: FieldSpec['kind']): Element | null {
  if (kind === 'dialog') return el;
  if (kind === 'file') {
    if (el instanceof HTMLInputElement && el.type === 'file') return el;
    return el.querySelector('input[type=file]') ?? el; // a drop zone
  }
  if (isTextField(el) || isEditable(el)) return el;
  return el.closest('[contenteditable="true"], [contenteditable=""]') ?? el.querySelector(EDITABLE);
}

export function findField(spec: FieldSpec, roots = searchRoots()): Element | null {
  for (const selector of spec.selectors) {
    for (const el of queryDeep(selector, roots)) {
      const target = resolveTarget(el, spec.kind);
      if (target && isVisible(target)) return target;
    }
  }
  for (const label of spec.labels ?? []) {
    const selector = LABEL_ATTRS.map((a) => `[${a}*="${CSS.escape(label)}"]`).join(', ');
    for (const el of queryDeep(selector, roots)) {
      const target = resolveTarget(el, spec.kind);
      if (target && isVisible(target)) return target;
    }
  }
  return null;
}

/** Composers render late; wait for a field up to `ms`, checking each animation frame's worth. */
export async function waitForField(spec: FieldSpec, signal: AbortSignal, ms = 2000): Promise<Element | null> {
  const until = Date.now() + ms;
  for (;;) {
    const el = findField(spec);
    if (el || Date.now() >= until) return el;
    await sleep(100, signal);
  }
}

function decodeAsset(asset: Asset): File {
  const bytes = Uint8Array.from(atob(asset.base64), (c) => c.charCodeAt(0));
  const name = asset.path.split('/').pop() || 'image';
  return new File([bytes], name, { type: asset.mime });
}

type Outcome = true | string;

async function fillText(
  el: Element, spec: FieldSpec, value: { html?: string; text: string }, signal: AbortSignal,
  assets: Asset[] = [], pictures?: PictureResult[],
): Promise<Outcome> {
  let ok: boolean;
  const html = spec.kind === 'rich' && value.html ? sanitizeHtml(value.html) : undefined;
  if (html && pictures && isEditable(el) && countPictures(html) > 0) {
    const done = await pasteWithPictures(el, html, assets, 'replace', signal);
    pictures.push(...done.pictures);
    if (done.unreachable) return `编辑器中有 ${done.unreachable} 张图片的地址是本机或相对地址，平台无法读取`;
    ok = done.ok && (await settles(el, (shown) => holdsText(shown, expectedText(html)), signal));
    return ok ? true : '填入后读回的内容与稿件不一致（编辑器可能拒绝了粘贴）';
  }
  if (isTextField(el)) {
    const expected = el instanceof HTMLInputElement ? value.text.replace(/\n/g, '') : value.text;
    setFieldValue(el, value.text);
    ok = await settles(el, (shown) => holdsText(shown, expected), signal);
  } else if (isEditable(el)) {
    // What the pasted HTML shows as text is what the editor should end up holding.
    const expected = html ? htmlToText(html) : value.text;
    ok = await typeIntoEditable(el, { html, text: value.text }, 'replace', (shown) => holdsText(shown, expected), signal);
  } else {
    return '找到的元素不能输入文字';
  }
  return ok ? true : '填入后读回的内容与稿件不一致（编辑器可能拒绝了粘贴）';
}

async function fillTopics(el: Element, spec: FieldSpec, topics: string[], confirmKey: 'Enter' | ' ', signal: AbortSignal): Promise<Outcome> {
  for (const topic of topics) {
    if (spec.kind === 'tags' && isTextField(el)) {
      setFieldValue(el, topic.replace(/^#/, ''));
      pressKey(el, confirmKey);
    } else if (isEditable(el)) {
      // Typed after the body: `#话题` then the key the platform confirms its topic picker with.
      const before = squeeze(shownText(el)).length;
      const typed = await typeIntoEditable(el, { text: confirmKey === ' ' ? ` ${topic} ` : ` ${topic}` }, 'end', (shown) => squeeze(shown).length > before, signal);
      if (!typed) return `话题 ${topic} 没有输入进去`;
      if (confirmKey === 'Enter') pressKey(el, 'Enter');
    } else if (isTextField(el)) {
      setFieldValue(el, `${el.value} ${topic}${confirmKey === ' ' ? ' ' : ''}`);
    } else {
      return '找到的元素不能输入话题';
    }
    await sleep(20, signal);
  }
  if (spec.kind === 'tags') return true; // tag inputs clear themselves; the chips are the page's own
  const shown = squeeze(shownText(el));
  const missing = topics.filter((t) => !shown.includes(squeeze(t)));
  return missing.length ? `话题未出现在编辑器中：${missing.join('、')}` : true;
}

function fillFilesField(el: Element, paths: string[], assets: Asset[] | undefined): Outcome {
  const byPath = new Map((assets ?? []).map((a) => [a.path, a]));
  const missing = paths.filter((p) => !byPath.has(p));
  if (missing.length) return `未取得图片文件：${missing.join('、')}（请连接预览站点后再填充）`;
  const files = paths.map((p) => decodeAsset(byPath.get(p)!));
  const single = el instanceof HTMLInputElement && !el.multiple;
  attachFiles(el, single ? files.slice(0, 1) : files);
  if (el instanceof HTMLInputElement && el.type === 'file' && (el.files?.length ?? 0) === 0) return '上传框没有收下文件';
  return true;
}

export const FIELD_LABEL: Record<FieldName, string> = { title: '标题', body: '正文', topics: '话题', cover: '封面', images: '图片', readMore: '原文链接' };

/** Fills every planned field in a fixed order (body before topics, which are typed after it). */
export async function fillFields(adapter: Adapter, plan: FillPlan, signal: AbortSignal, assets?: Asset[]): Promise<FillResponse> {
  const filled: FieldName[] = [];
  const failed: FillFailure[] = [];
  const pictures: PictureResult[] = [];
  const confirmKey = PLATFORMS[adapter.platform].hashtags?.confirmKey ?? ' ';
  const order = ['title', 'body', 'topics', 'cover', 'images'] as const;
  for (const field of order) {
    const value = plan[field];
    if (value === undefined) continue;
    const spec = adapter.fields[field];
    if (!spec) {
      failed.push({ field, reason: `${FIELD_LABEL[field]}：此平台适配器没有声明该栏目` });
      continue;
    }
    const el = await waitForField(spec, signal);
    if (!el) {
      failed.push({ field, reason: `${FIELD_LABEL[field]}：页面上找不到该栏目（平台可能改版了，可用“插入到光标处”手动填入）` });
      continue;
    }
    let outcome: Outcome;
    try {
      if (field === 'title') outcome = await fillText(el, spec, { text: plan.title! }, signal);
      else if (field === 'body') outcome = await fillText(el, spec, plan.body!, signal, assets, pictures);
      else if (field === 'topics') outcome = await fillTopics(el, spec, plan.topics!, confirmKey, signal);
      else outcome = fillFilesField(el, field === 'cover' ? [plan.cover!] : plan.images!, assets);
    } catch (error) {
      if (signal.aborted) throw error;
      outcome = `填入时出错：${error instanceof Error ? error.message : String(error)}`;
    }
    if (outcome === true) filled.push(field);
    else failed.push({ field, reason: `${FIELD_LABEL[field]}：${outcome}` });
  }
  const manual = [...(plan.manual ?? [])];
  if (plan.readMore !== undefined) {
    const outcome = await fillReadMore(adapter.fields.readMore, plan.readMore, signal);
    if (outcome === true) filled.push('readMore');
    else {
      failed.push({ field: 'readMore', reason: `${FIELD_LABEL.readMore}：${outcome}` });
      manual.unshift(readMoreStep(plan.readMore));
    }
  }
  const extra = manual.length ? { manual } : {};
  // A picture that did not go in leaves the fill unfinished, though the body's text is there.
  if (!pictures.length) return { ok: failed.length === 0, filled, failed, ...extra };
  return { ok: failed.length === 0 && pictures.every((p) => p.ok), filled, failed, pictures, ...extra };
}

/** The 公众号 原文链接: a setting behind a dialog, found by the adapter's `readMore` field. */
async function fillReadMore(spec: FieldSpec | undefined, url: string, signal: AbortSignal): Promise<Outcome> {
  if (!spec) return '此平台适配器没有声明该栏目';
  const el = await waitForField(spec, signal);
  if (!el) return '页面上找不到“原文链接”设置（平台可能改版了）';
  try {
    return await fillDialogField(el, url, spec.labels ?? [], signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return `填入时出错：${error instanceof Error ? error.message : String(error)}`;
  }
}


