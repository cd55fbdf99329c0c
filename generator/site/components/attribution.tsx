/**
 * What the preview says about A/B arms and attribution: on the article page, each experiment
 * with its arms and how to publish them (the platform's random split, or 非随机对比); beside each
 * variant, its arm and its channel code with the carriers its platform allows.
 */
import type { ManifestArticle, Variant } from '../../manifest.ts';
import { AB_SPLIT, PLATFORMS } from '../../platforms/registry.ts';
import { KIND_LABEL } from '../labels.ts';

/** `标题 B` / `封面 B` / `原版 A`, for headings and lists. */
export function armLabel(v: Variant): string | undefined {
  const e = v.experiment;
  if (!e) return undefined;
  const what = e.changes.includes('title') ? '标题' : e.changes.includes('cover') ? '封面' : '原版';
  return `${what} ${e.arm.toUpperCase()}`;
}

/** Every experiment of the article: arms side by side and the instruction that decides whether they compare fairly. */
export function Experiments({ article }: { article: ManifestArticle }) {
  const bases = article.variants.filter((v) => v.experiment?.arm === 'a');
  if (bases.length === 0) return null;
  const byId = new Map(article.variants.map((v) => [v.id, v]));
  return (
    <section class="panel experiments" aria-labelledby="experiments-h">
      <h2 id="experiments-h">A/B 测试（{bases.length}）</h2>
      {bases.map((base) => {
        const e = base.experiment!;
        const seconds = base.targetSeconds && base.kind === 'video-script' ? ` ${base.targetSeconds} 秒` : '';
        // A split figure no source confirms is said beside the instruction, louder when this test goes past the sourced count.
        const rule = e.split === 'random' ? AB_SPLIT[base.platform] : undefined;
        const caveat = rule?.confirmed === false && rule.caveat ? rule.caveat : undefined;
        return (
          <div class={`experiment split-${e.split}`} id={`exp-${base.id}`}>
            <h3>{PLATFORMS[base.platform].name} · {KIND_LABEL[base.kind]}{seconds} <span class={e.split === 'random' ? 'tag random' : 'tag observational'}>{e.split === 'random' ? '可随机分流' : '非随机对比'}</span></h3>
            <ol class="arms">
              {e.arms.map((id) => {
                const v = byId.get(id);
                return v ? <li><a href={`#${id}`}>{armLabel(v)}</a>：{v.title}{v.experiment!.changes.includes('cover') ? '（另换封面）' : ''} <code class="muted">{id}</code></li> : null;
              })}
            </ol>
            <p class="how">{e.note}</p>
            {caveat ? <p class={e.arms.length > rule!.sourcedArms ? 'unverified warn' : 'unverified'}><strong>未核实：</strong>{caveat}</p> : null}
          </div>
        );
      })}
    </section>
  );
}

/** One variant's arm and channel code, beside its preview. */
export function VariantAttribution({ v }: { v: Variant }) {
  const c = v.channel;
  const e = v.experiment;
  if (!c && !e) return null;
  return (
    <div class="attribution">
      {e ? <p><strong>{armLabel(v)}</strong>（共 {e.arms.length} 个版本，{e.split === 'random' ? '平台可随机分流' : '非随机对比'}）</p> : null}
      {c ? (
        <>
          <h3>渠道码</h3>
          <p><code class="channel-code">{c.code}</code> <small class="muted">预约小程序记在订单上；小程序码的 scene 填它</small></p>
          <p class="muted">{c.note}</p>
          {c.miniProgramPath || c.bookingUrl ? (
            <ul>
              {c.miniProgramPath ? <li>小程序路径：<code>{c.miniProgramPath}</code></li> : null}
              {c.bookingUrl ? <li>预约链接：<code>{c.bookingUrl}</code></li> : null}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
