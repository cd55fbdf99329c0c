/**
 * The metrics panel on an article's review page: that article's variants side by side, as the
 * latest exports give them, with rates rebuilt from summed counts and their denominators named.
 * Article pages are compiled (and cached) per article while metrics change on their own, so the
 * page carries an empty slot and the panel is spliced into it afterwards (./article-panels.ts).
 */
import { stats, type CountStat, type RateStat, type Work } from '../../metrics/aggregate.ts';
import { ageHours } from '../../metrics/ages.ts';
import type { CatalogVariant } from '../../metrics/catalog.ts';
import { MEASURES, type MeasureKey } from '../../metrics/measures.ts';
import { PLATFORMS } from '../../platforms/registry.ts';
import { ASSET_DIR } from '../components/document.tsx';
import { KIND_LABEL } from '../labels.ts';
import { variantBookings, type BookingCounts } from '../../metrics/bookings.ts';
import { BookingCell, NoCarrierNote } from './bookings.tsx';
import { count, Missing, rate } from './format.tsx';

const SLOT_OPEN = '<!--kepu:metrics-->';
const SLOT_CLOSE = '<!--/kepu:metrics-->';

/** Where the panel goes on the article page; empty until metrics exist. */
export function MetricsSlot() {
  return <div class="metrics-slot" dangerouslySetInnerHTML={{ __html: SLOT_OPEN + SLOT_CLOSE }} />;
}

/** The page with its slot holding `panel` ('' empties it); undefined when the page has no slot. */
export function spliceMetricsPanel(page: string, panel: string): string | undefined {
  const open = page.indexOf(SLOT_OPEN);
  const close = page.indexOf(SLOT_CLOSE, open);
  if (open < 0 || close < 0) return undefined;
  return page.slice(0, open + SLOT_OPEN.length) + panel + page.slice(close);
}

const COUNTS: MeasureKey[] = ['likes', 'shares', 'comments', 'follows'];

/** Named as the page's own variant headings name it (微信公众号 · 图文 · 60 秒 · 标题 B), so rows and sections match. */
function variantLabel(v: CatalogVariant): string {
  const arm = /\.(title|cover)-([b-h])$/.exec(v.id);
  return `${PLATFORMS[v.platform].name} · ${KIND_LABEL[v.kind]}${v.seconds ? ` · ${v.seconds} 秒` : ''}${arm ? ` · ${arm[1] === 'title' ? '标题' : '封面'} ${arm[2]!.toUpperCase()}` : ''}`;
}

function ageText(hours: number | undefined): string {
  if (hours === undefined) return '发布时间缺';
  return hours < 72 ? `发布后 ${Math.round(hours)} 小时` : `发布后 ${Math.round(hours / 24)} 天`;
}

function CountCell({ c, works }: { c: CountStat | undefined; works: number }) {
  if (!c) return <td><Missing /></td>;
  return <td>{count(c.total)}{c.n < works ? <><br /><small>{works - c.n} 条缺</small></> : null}</td>;
}

/** 完播率 for videos, 阅读完成率 for long reads: whichever the variant has, with what was divided by what. */
function FinishCell({ rates }: { rates: Partial<Record<MeasureKey, RateStat>> }) {
  const key = (['completionRate', 'readCompletion'] as const).find((k) => rates[k]);
  if (!key) return <td><Missing /></td>;
  const r = rates[key]!;
  const def = MEASURES[key];
  if (r.value === undefined) return <td>{rate(r.median!)} <small>{def.label}；没有{MEASURES.views.label}，无法还原计数</small></td>;
  return <td>{rate(r.value)}<br /><small>{def.label}：{count(r.numerator)} ÷ {count(r.denominator)}（{def.definition}）</small></td>;
}

/** The article's appointments: summed over its variants that can carry a code (缺 before any booking export). */
function BookingTotal({ variants, bookings }: { variants: CatalogVariant[]; bookings?: BookingCounts }) {
  const counts = variants.map((v) => variantBookings(v, bookings)).flatMap((b) => ('count' in b ? [b.count] : []));
  if (!counts.length) return <td><Missing why={bookings?.imports ? '本文的稿件都没有预约入口（不是 0）' : '还没有导入预约导出（不是 0）'} /></td>;
  return <td>{count(counts.reduce((a, b) => a + b, 0))}</td>;
}

/**
 * `bookings`: appointments per variant from the booking exports (channel codes); the 预约 column
 * shows them as the dashboard does (BookingCell: 缺 before any booking export, and 缺 where the
 * variant has no carrier).
 */
export function ArticleMetricsPanel(props: { slug: string; works: Work[]; variants: CatalogVariant[]; bookings?: BookingCounts }) {
  const byVariant = new Map<string, Work[]>();
  for (const w of props.works) byVariant.set(w.variant!.id, [...(byVariant.get(w.variant!.id) ?? []), w]);
  const rows = props.variants.filter((v) => byVariant.has(v.id));
  const without = props.variants.filter((v) => !byVariant.has(v.id));
  const total = stats(props.slug, '合计', props.works);
  return (
    <section class="panel article-metrics" aria-labelledby="article-metrics-h">
      <link rel="stylesheet" href={`../${ASSET_DIR}/metrics.css`} />
      <h2 id="article-metrics-h">平台数据</h2>
      <p class="muted">
        各平台导出的最近一次数据（{rows.length} 个稿件有数据）。比率 = 计数合计 ÷ 分母合计；“缺”表示导出里没有这项，不是 0。
        <a href={`../metrics/index.html#a-${props.slug}`}>在数据回流看板中查看 →</a>
      </p>
      <div class="m-scroll">
        <table class="m-table" id="t-article-metrics">
          <caption>本文各平台稿件的数据</caption>
          <thead>
            <tr>
              <th scope="col">稿件</th>
              <th scope="col">{MEASURES.views.label}</th>
              <th scope="col">完播率 / 阅读完成率<br /><small>分子 ÷ 分母</small></th>
              {COUNTS.map((k) => <th scope="col">{MEASURES[k].label}</th>)}
              <th scope="col">预约<br /><small>带渠道码</small></th>
              <th scope="col">最近快照</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => {
              const ws = byVariant.get(v.id)!;
              const s = stats(v.id, v.id, ws);
              const last = ws.reduce((a, b) => (b.obs.exported > a.obs.exported ? b : a)).obs;
              return (
                <tr>
                  <th scope="row">{variantLabel(v)}{ws.length > 1 ? <><br /><small>{ws.length} 条作品合计</small></> : null}</th>
                  <CountCell c={s.counts.views} works={ws.length} />
                  <FinishCell rates={s.rates} />
                  {COUNTS.map((k) => <CountCell c={s.counts[k]} works={ws.length} />)}
                  <BookingCell variant={v} bookings={props.bookings} />
                  <td>{last.exported}<br /><small>{ageText(ageHours(last))}</small></td>
                </tr>
              );
            })}
          </tbody>
          {rows.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">合计（{props.works.length} 条作品）</th>
                <CountCell c={total.counts.views} works={props.works.length} />
                <td><small>不合计：平台、类型和时长不同，比率不可比</small></td>
                {COUNTS.map((k) => <CountCell c={total.counts[k]} works={props.works.length} />)}
                <BookingTotal variants={rows} bookings={props.bookings} />
                <td />
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {rows.some((v) => { const b = variantBookings(v, props.bookings); return 'missing' in b && b.missing === 'no-carrier'; }) ? <NoCarrierNote /> : null}
      {without.length ? <details class="m-without"><summary>还没有数据的稿件（{without.length}）</summary><p class="muted">{without.map(variantLabel).join('、')}</p></details> : null}
    </section>
  );
}
