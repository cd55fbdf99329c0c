/**
 * The dashboard's 预约 section: appointments per variant from the booking exports (channel
 * codes), per platform as a chart and per variant as a table. It stands on its own, so a booking
 * export imported before any platform export still gives a dashboard.
 */
import { variantBookings, type BookingCounts } from '../../metrics/bookings.ts';
import type { CatalogVariant } from '../../metrics/catalog.ts';
import { KIND_NAMES, PLATFORM_LABELS } from '../../metrics/aggregate.ts';
import { channelCode } from '../../render/channel.ts';
import { BarChart } from './charts.tsx';
import { count, Missing } from './format.tsx';

export interface BookedVariant {
  variant: CatalogVariant;
  bookings: number;
}

/** Variants that brought at least one appointment, most first (ties by id). */
export function bookedVariants(catalog: CatalogVariant[], bookings: BookingCounts | undefined): BookedVariant[] {
  if (!bookings?.imports) return [];
  return catalog
    .map((variant) => ({ variant, bookings: bookings.byVariant.get(variant.id) ?? 0 }))
    .filter((b) => b.bookings > 0)
    .sort((a, b) => b.bookings - a.bookings || a.variant.id.localeCompare(b.variant.id, 'en', { numeric: true }));
}

export function BookingSection(props: { bookings?: BookingCounts; booked: BookedVariant[]; platformData: boolean }) {
  const { bookings, booked } = props;
  if (!bookings?.imports) return null;
  const byPlatform = new Map<string, number>();
  for (const b of booked) byPlatform.set(b.variant.platform, (byPlatform.get(b.variant.platform) ?? 0) + b.bookings);
  const bars = [...byPlatform.entries()].sort((a, b) => b[1] - a[1])
    .map(([p, n]) => ({ label: PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS] ?? p, value: n }));
  return (
    <section class="panel m-section" aria-labelledby="bookings-h">
      <h2 id="bookings-h">预约（按渠道码）</h2>
      <BookingSummary bookings={bookings} />
      {!props.platformData ? <p>还没有导入平台数据：下表只有预约数。导入各平台的导出后，这里会和播放、阅读并排显示。</p> : null}
      {bars.length ? <BarChart id="c-bookings" title="各平台带渠道码的预约合计" bars={bars} format={count} table="t-bookings" /> : null}
      {booked.length ? (
        <div class="m-scroll">
          <table class="m-table" id="t-bookings">
            <caption>各稿件带来的预约（带该稿件渠道码的预约数）</caption>
            <thead><tr><th scope="col">稿件</th><th scope="col">文章</th><th scope="col">渠道码</th><th scope="col">预约</th></tr></thead>
            <tbody>
              {booked.map(({ variant: v, bookings: n }) => (
                <tr>
                  <th scope="row">{PLATFORM_LABELS[v.platform]} · {KIND_NAMES[v.kind]}{v.seconds ? ` ${v.seconds} 秒` : ''}{v.experiment ? ` · 版本 ${v.experiment.arm.toUpperCase()}` : ''}<br /><small><code>{v.id}</code></small></th>
                  <td><a href={`../${v.slug}/index.html`}>{v.articleTitle}</a></td>
                  <td><code>{channelCode(v.id, v.platform)}</code></td>
                  <td>{count(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p class="muted">预约导出里没有任何渠道码对应到当前站点的稿件。</p>}
    </section>
  );
}

/** Why a variant's 预约 is 缺 when it has no carrier (the cell's tooltip, the same on the dashboard and the article panel). */
export const NO_CARRIER = '该稿件无预约入口';

/**
 * One variant's 预约 cell: its count; 缺 before any booking export; 缺 with 该稿件无预约入口 where
 * the variant (platform and kind, registry ATTRIBUTION) cannot carry a channel code — never 0.
 */
export function BookingCell(props: { variant: Pick<CatalogVariant, 'id' | 'platform' | 'kind'> | undefined; bookings?: BookingCounts }) {
  if (!props.variant) return <td><Missing why="这一行还没有对应到稿件" /></td>;
  const b = variantBookings(props.variant, props.bookings);
  if ('count' in b) {
    return <td>{count(b.count)}{b.uncarried ? <><br /><small title={`${NO_CARRIER}（${b.uncarried}）`}>无入口，渠道码来源待核实</small></> : null}</td>;
  }
  if (b.missing === 'no-import') return <td><Missing why="还没有导入预约导出（不是 0）" /></td>;
  return <td class="m-no-carrier"><Missing why={`${NO_CARRIER}：${b.why}，预约无法归到这条稿件（不是 0）`} /><sup aria-hidden="true">*</sup></td>;
}

/** The footnote to the 缺* cells. */
export function NoCarrierNote() {
  return <p class="muted m-note">* 缺（{NO_CARRIER}）：这类稿件本身带不了渠道码（如小红书的笔记、抖音快手视频号的短视频），预约无法归到它，所以不记 0；悬停可看原因。</p>;
}

/** Where the 预约 numbers come from, and the codes no variant has. */
export function BookingSummary({ bookings }: { bookings?: BookingCounts }) {
  if (!bookings?.imports) return <p class="muted" id="bookings">预约：还没有导入预约导出（带“渠道码”列的 csv/xlsx，见 README），表中记为“缺”。</p>;
  const unknown = [...bookings.unknown.entries()];
  return (
    <p class="muted" id="bookings">
      预约：{bookings.imports} 次预约导出，带渠道码的预约共 {count(bookings.total)} 条（有订单号的按订单号去重）。“预约”是带该稿件渠道码的预约数；没有预约入口的稿件（平台或稿件类型带不了渠道码，如小红书的笔记、抖音的短视频）记为“缺”，不是 0。
      {unknown.length ? `未对应到稿件的渠道码：${unknown.slice(0, 10).map(([c, n]) => `${c}（${n}）`).join('、')}${unknown.length > 10 ? ' 等' : ''}。` : ''}
    </p>
  );
}
