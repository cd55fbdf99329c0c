/**
 * A/B arms in the side panel: each arm is listed right after its base variant with its letter and
 * title, and choosing one shows that arm (its title, its split instruction and channel code).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle, type Variant } from '../../generator/manifest.ts';
import { readOut, resetStorage, sidePanelUrl, startAll, type Session } from './harness.ts';

let session: Session;
let stop: () => Promise<void>;
let article: ManifestArticle;

const jsonFile = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

beforeAll(async () => {
  const flu = (await readOut()).articles[0]!;
  const base = flu.variants.find((v) => v.id === 'flu-basics.wechat.article')!;
  const arms = ['flu-basics.wechat.article', 'flu-basics.wechat.article.title-b'];
  const note = '随机分流：先把粉丝随机分成与版本数相同的几组并各打一个标签……';
  const a: Variant = { ...structuredClone(base), experiment: { id: base.id, arm: 'a', arms, changes: [], split: 'random', note }, channel: { code: 'wx-aaaaaaaaaa', note: '' } };
  const b: Variant = { ...structuredClone(base), id: arms[1]!, title: '流感疫苗今年打了吗', experiment: { id: base.id, arm: 'b', arms, changes: ['title'], split: 'random', note }, channel: { code: 'wx-bbbbbbbbbb', note: '' } };
  const i = flu.variants.indexOf(base);
  article = { ...flu, variants: [...flu.variants.slice(0, i), a, b, ...flu.variants.slice(i + 1)] };
  ({ session, stop } = await startAll());
}, 120_000);

afterEach(async () => {
  await Promise.all(session?.context.pages().map((p) => p.close()) ?? []);
});

afterAll(async () => {
  await stop?.();
});

describe('side panel: A/B arms', () => {
  it('lists an arm after its base with its letter and title, and shows the chosen arm', async () => {
    await resetStorage(session, {});
    const page = await session.context.newPage();
    await page.goto(sidePanelUrl(session));
    const index = { version: MANIFEST_VERSION, generatedAt: '2026-03-01T00:00:00.000Z', articles: [indexEntry(article)] };
    await page.locator('input[type=file]').setInputFiles([jsonFile('manifest.json', index), jsonFile('flu-basics.json', { version: MANIFEST_VERSION, article })]);
    await page.locator('.articles li[data-slug="flu-basics"]').click();
    const select = page.getByLabel('选择稿件');
    await select.waitFor();
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent })));
    const at = options.findIndex((o) => o.value === 'flu-basics.wechat.article');
    expect(options[at]!.text).toContain('原版 A：');
    expect(options[at + 1]).toEqual({ value: 'flu-basics.wechat.article.title-b', text: expect.stringContaining('标题 B：流感疫苗今年打了吗') });

    await select.selectOption('flu-basics.wechat.article.title-b');
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('流感疫苗今年打了吗');
    await expect(main.textContent()).resolves.toContain('随机分流：先把粉丝随机分成');
    await expect(main.textContent()).resolves.toContain('渠道码 wx-bbbbbbbbbb');
  });
});
