/**
 * A setting the composer keeps behind a dialog (the 公众号 editor's 原文链接: the setting shows
 * “未添加”; clicking it opens a dialog with an input “输入或粘贴原文链接” and a 确定 link, as public
 * Playwright publishers for that editor drive it). Clicks the setting, waits for the input, sets it
 * like any framework-controlled field, presses the dialog's 确定 and checks the dialog closed
 * without an error. Only a plain value goes in (the input's value, never markup).
 */
import { isVisible, queryDeep, searchRoots, sleep } from './dom.ts';
import { isTextField, setFieldValue, type TextTarget } from './techniques.ts';

const WAIT_MS = 2000;
const STEP_MS = 100;
const CONFIRM = /^(确定|确认|保存)$/;
const ERROR_WORDS = /不合法|无效|错误|请输入|不能|失败/;

function inputByLabel(labels: string[]): TextTarget | undefined {
  const selector = labels.flatMap((l) => ['placeholder', 'aria-label'].map((a) => `input[${a}*="${CSS.escape(l)}"], textarea[${a}*="${CSS.escape(l)}"]`)).join(', ');
  return queryDeep(selector, searchRoots()).find((el): el is TextTarget => isTextField(el) && isVisible(el));
}

async function waitFor<T>(find: () => T | undefined, signal: AbortSignal): Promise<T | undefined> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const found = find();
    if (found || Date.now() >= until) return found;
    await sleep(STEP_MS, signal);
  }
}

/** The nearest ancestor holding a visible 确定 (the dialog), and that control. */
function confirmOf(input: Element): { dialog: Element; button: HTMLElement } | undefined {
  let box: Element | null = input.parentElement;
  for (let depth = 0; box && depth < 8; depth++, box = box.parentElement) {
    const button = [...box.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find((b) => CONFIRM.test((b.textContent ?? '').trim()) && isVisible(b));
    if (button) return { dialog: box, button };
  }
  return undefined;
}

/** `target`: the setting to click, or its input when the composer shows one already. */
export async function fillDialogField(target: Element, value: string, labels: string[], signal: AbortSignal): Promise<true | string> {
  let input = isTextField(target) ? target : inputByLabel(labels);
  if (!input) {
    (target as HTMLElement).click();
    input = await waitFor(() => inputByLabel(labels), signal);
    if (!input) return '点开后没有出现填写框（编辑器可能改版了）';
  }
  setFieldValue(input, value);
  if (input.value !== value) return '填写框没有收下链接';
  const confirm = confirmOf(input);
  // An inline field (no dialog) is done once it holds the value.
  if (!confirm) return true;
  confirm.button.click();
  const open = input;
  const closed = await waitFor(() => (!open.isConnected || !isVisible(open) ? true : undefined), signal);
  if (!closed) {
    // The dialog's own message: the first element without child elements that says what is wrong.
    const error = [...confirm.dialog.querySelectorAll('*')]
      .filter((e) => e.childElementCount === 0 && isVisible(e))
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
      .find((t) => ERROR_WORDS.test(t));
    return `平台没有接受这个链接${error ? `（“${error.slice(0, 40)}”）` : ''}`;
  }
  if ((target.textContent ?? '').trim() === '未添加' && target.isConnected) return '点确定后仍显示“未添加”';
  return true;
}
