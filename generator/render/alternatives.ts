/**
 * A/B alternatives, one small step after rendering: each alternative title (or cover) in front
 * matter becomes a copy of the platform's rendered variant with only that changed, so no
 * renderer knows about experiments. Every arm, the base variant (arm a) included, is marked with
 * its experiment and whether the platform can split the arms at random (registry AB_SPLIT).
 */
import type { Variant, VariantExperiment } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import type { Alternative } from '../load/schema.ts';
import { AB_SPLIT, COMPOSER_ACCEPTS, PLATFORMS } from '../platforms/registry.ts';
import { limitOf } from './fit.ts';
import { attributionOf, tagUrl } from './tag-url.ts';
import type { Rendered } from './types.ts';

const ARMS = 'abcdefgh';

/** `<base id>.title-b`: the arm's letter, and what it changes so the id reads on its own. */
export function armId(baseId: string, alt: Alternative, index: number): string {
  return `${baseId}.${alt.title !== undefined ? 'title' : 'cover'}-${ARMS[index + 1]}`;
}

export function withAlternatives(model: ArticleModel, rendered: Rendered[]): Rendered[] {
  const all = model.frontMatter.alternatives;
  if (!all) return rendered;
  return rendered.flatMap((r) => {
    const base = r.variant;
    const alts = all[base.platform];
    // Only what a composer publishes is tested (a live run-of-show has no title readers pick by).
    if (!alts?.length || !COMPOSER_ACCEPTS[base.platform].includes(base.kind)) return [r];
    const ids = [base.id, ...alts.map((alt, i) => armId(base.id, alt, i))];
    const split = AB_SPLIT[base.platform];
    const rule = PLATFORMS[base.platform];
    const common = {
      id: base.id, arms: ids, split: split ? 'random' as const : 'none' as const,
      note: split
        ? `随机分流：${split.how}`
        : `非随机对比：${rule.name}不能把同一条内容的几个标题随机分给读者，各版本只能分别发布（不同时间或账号），差异可能来自时间和受众而不只是标题。`,
    };
    base.experiment = { ...common, arm: 'a', changes: [] };
    const arms = alts.map((alt, i): Rendered => ({ variant: cloneArm(model, base, alt, ids[i + 1]!, { ...common, arm: ARMS[i + 1]!, changes: changesOf(alt) }), files: [] }));
    return [r, ...arms];
  });
}

function changesOf(alt: Alternative): VariantExperiment['changes'] {
  return [...(alt.title !== undefined ? ['title' as const] : []), ...(alt.cover !== undefined ? ['cover' as const] : [])];
}

/** The base variant under another title: same body and files; caption, limits and links follow the title and id. */
function cloneArm(model: ArticleModel, base: Variant, alt: Alternative, id: string, experiment: VariantExperiment): Variant {
  const v: Variant = structuredClone(base);
  v.id = id;
  v.experiment = experiment;
  if (alt.title !== undefined) {
    const rule = PLATFORMS[v.platform];
    v.title = alt.title;
    // Captions open with the title line (video descriptions); the body after it stays the same.
    if (v.caption?.startsWith(base.title)) v.caption = alt.title + v.caption.slice(base.title.length);
    if (v.text.startsWith(base.title) && base.kind !== 'article') v.text = alt.title + v.text.slice(base.title.length);
    v.limits = (v.limits ?? []).map((l) => {
      if (l.field === 'title') return limitOf('title', v.title, rule.title, rule)[0] ?? l;
      if (l.field === 'caption' && v.caption !== undefined) return limitOf('caption', v.caption, rule.body, rule)[0] ?? l;
      return l;
    });
    // The base title's own cuts do not apply to a title the editor wrote for this platform.
    v.warnings = (v.warnings ?? []).filter((w) => w.code !== 'cut.title' && w.code !== 'title.needs-override');
  }
  // Findings are the compliance step's, made after this one for every arm.
  delete v.findings;
  if (v.links) v.links = v.links.map((l) => ({ url: l.url, tagged: tagUrl(l.url, attributionOf(model, v)) }));
  return v;
}

/** The cover an arm uses instead of the article's (front matter `alternatives.<platform>[i].cover`). */
export function alternativeCover(model: ArticleModel, v: Pick<Variant, 'platform' | 'experiment'>): string | undefined {
  const e = v.experiment;
  if (!e || e.arm === 'a') return undefined;
  return model.frontMatter.alternatives?.[v.platform]?.[ARMS.indexOf(e.arm) - 1]?.cover;
}

/** Every alternative cover the article names, for the images step to prepare. */
export function alternativeCovers(model: Pick<ArticleModel, 'frontMatter'>): string[] {
  return Object.values(model.frontMatter.alternatives ?? {}).flatMap((list) => (list ?? []).flatMap((a) => (a.cover ? [a.cover] : [])));
}
