/** The dashboard's tables: group statistics and one article's variants side by side. */
import { MEASURES, type MeasureKey } from '../../metrics/measures.ts';
import type { GroupStats, Work } from '../../metrics/aggregate.ts';
import { KIND_NAMES, PLATFORM_LABELS } from '../../metrics/aggregate.ts';
import { ageDays } from '../../metrics/store.ts';
import { count, Missing, rate, seconds, show } from './format.tsx';
import type { BookingCounts } from '../../metrics/bookings.ts';
import { BookingCell } from './bookings.tsx';

/** Rates shown in group tables, each with the count it divides by. */
const GROUP_RATES: MeasureKey[] = ['completionRate', 'clickRate', 'readCompletion', 'bounce2s', 'bounce3s'];

export function GroupTable(props: { id: string; caption: string; groups: GroupStats[]; dim: string }) {
  const rates = GROUP_RATES.filter((k) => props.groups.some((g) => g.rates[k]));
  return (
    <div class="m-scroll">
      <table class="m-table" id={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.dim}</th>
            <th scope="col">作品数</th>
            <th scope="col">播放 / 阅读 合计</th>
            <th scope="col">播放 / 阅读 中位数</th>
            {rates.map((k) => <th scope="col">{MEASURES[k].label}<br /><small>{MEASURES[k].definition}（合计后相除）</small></th>)}
            <th scope="col">平均观看时长<br /><small>按播放量加权</small></th>
            <th scope="col">点赞 合计</th>
            <th scope="col">涨粉 合计</th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map((g) => {
            const views = g.counts.views;
            const watch = g.rates.avgWatchSeconds;
            return (
              <tr>
                <th scope="row">{g.label}</th>
                <td>{g.works}</td>
                <td>{views ? <>{count(views.total)} <small>n = {views.n}{views.missing ? `，缺 ${views.missing}` : ''}</small></> : <Missing />}</td>
                <td>{views?.median !== undefined ? count(views.median) : <Missing />}</td>
                {rates.map((k) => {
                  const r = g.rates[k];
                  if (!r) return <td><Missing /></td>;
                  if (r.value === undefined) return <td>{rate(r.median!)} <small>各条中位数，n = {r.nRates}（无分母列，无法合计）</small></td>;
                  return <td>{rate(r.value)} <small>{count(r.numerator)} ÷ {count(r.denominator)}，n = {r.n}</small></td>;
                })}
                <td>{watch?.value !== undefined ? <>{seconds(watch.value)} <small>n = {watch.n}</small></> : <Missing />}</td>
                <td>{g.counts.likes ? count(g.counts.likes.total) : <Missing />}</td>
                <td>{g.counts.follows ? count(g.counts.follows.total) : <Missing />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const VARIANT_MEASURES: MeasureKey[] = ['impressions', 'views', 'completionRate', 'clickRate', 'avgWatchSeconds', 'likes', 'comments', 'shares', 'favorites', 'follows'];

export function VariantTable(props: { id: string; caption: string; works: Work[]; bookings?: BookingCounts }) {
  return (
    <div class="m-scroll">
      <table class="m-table" id={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">稿件</th>
            <th scope="col">发布</th>
            <th scope="col">导出时已发布</th>
            {VARIANT_MEASURES.map((k) => <th scope="col">{MEASURES[k].label}</th>)}
            <th scope="col">预约<br /><small>带渠道码</small></th>
          </tr>
        </thead>
        <tbody>
          {props.works.map(({ obs, variant }) => {
            const age = ageDays(obs);
            return (
              <tr>
                <th scope="row">
                  {variant ? `${PLATFORM_LABELS[variant.platform]} · ${KIND_NAMES[variant.kind]}${variant.seconds ? ` ${variant.seconds} 秒` : ''}` : obs.platform}
                  <br /><small><code>{obs.variant}</code></small>
                  {obs.title !== obs.variant ? <><br /><small>{obs.title}</small></> : null}
                </th>
                <td>{obs.published ?? <Missing />}</td>
                <td>{age === undefined ? <Missing /> : `${age} 天`}<br /><small>{obs.exported} 导出</small></td>
                {VARIANT_MEASURES.map((k) => {
                  const type = MEASURES[k].type;
                  return <td>{show(obs.measures[k], type === 'rate' ? rate : type === 'seconds' ? seconds : count)}</td>;
                })}
                <BookingCell variant={variant} bookings={props.bookings} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
