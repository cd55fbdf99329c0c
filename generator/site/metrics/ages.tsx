/**
 * The dashboard's same-age comparison: per platform, kind, video length and department, the
 * median and total views 24 h, 72 h and 7 d after publishing, and completion at each age for
 * video lengths (completion is only comparable within one length). A chart for the eye, a
 * table per grouping for screen readers; missing ages say 缺, never 0.
 */
import { AGES, type AgeCell, type AgeGroup } from '../../metrics/ages.ts';
import { MEASURES } from '../../metrics/measures.ts';
import { GroupedBarChart } from './charts.tsx';
import { count, Missing, rate } from './format.tsx';

export interface AgeComparison {
  platform: AgeGroup[];
  kind: AgeGroup[];
  length: AgeGroup[];
  dept: AgeGroup[];
}

const hours = (h: [number, number]) => {
  const [lo, hi] = h.map((x) => Math.round(x));
  return lo === hi ? `${lo} 小时` : `${lo}–${hi} 小时`;
};

function ViewsCells({ cell, works }: { cell: AgeCell | undefined; works: number }) {
  const views = cell?.stats.counts.views;
  if (!cell || !views) return <><td class="m-age-first"><Missing /></td><td><Missing /></td></>;
  return (
    <>
      <td class="m-age-first">{count(views.median!)}<br /><small>n = {views.n}{works - views.n ? `，缺 ${works - views.n}` : ''}；快照在发布后 {hours(cell.hours)}</small></td>
      <td>{count(views.total)}</td>
    </>
  );
}

function CompletionCell({ cell }: { cell: AgeCell | undefined }) {
  const r = cell?.stats.rates.completionRate;
  if (!r || r.value === undefined) return <td><Missing /></td>;
  return <td>{rate(r.value)}<br /><small>{count(r.numerator)} ÷ {count(r.denominator)}，n = {r.n}</small></td>;
}

function AgeTable(props: { id: string; caption: string; dim: string; groups: AgeGroup[]; completion?: boolean }) {
  const per = props.completion ? 3 : 2;
  return (
    <div class="m-scroll">
      <table class="m-table m-ages" id={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>{props.dim}</th>
            <th scope="col" rowSpan={2}>作品数</th>
            {AGES.map((a) => <th scope="colgroup" colSpan={per} class="m-age-head">发布后 {a.label}</th>)}
          </tr>
          <tr>
            {AGES.map(() => (
              <>
                <th scope="col" class="m-age-first">播放 / 阅读 中位数</th>
                <th scope="col">播放 / 阅读 合计</th>
                {props.completion ? <th scope="col">{MEASURES.completionRate.label}<br /><small>{MEASURES.completionRate.definition}（合计后相除）</small></th> : null}
              </>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.groups.map((g) => (
            <tr>
              <th scope="row">{g.label}</th>
              <td>{g.works}</td>
              {g.at.map((cell) => (
                <>
                  <ViewsCells cell={cell} works={g.works} />
                  {props.completion ? <CompletionCell cell={cell} /> : null}
                </>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// One string: line breaks inside JSX text would put spaces between Chinese sentences.
const AGES_NOTE = '播放量会涨好几天，所以按发布后相同时长比较：每条作品在每一档取不晚于该时刻的最近一次快照。导出只记日期，按导出当天 24 点计；'
  + '发布时间取导出表里的发布时间，只有日期的按当天 0 点计——这样只会把快照算“老”，“72 小时”的数字不会来自 72 小时之后。'
  + '某一档内（上一档之后、该时刻之前）没有快照的作品记为“缺”，不是 0。';

export function AgeSection({ ages }: { ages: AgeComparison }) {
  const series = AGES.map((a) => a.label);
  const anyAge = ages.platform.some((g) => g.at.some((c) => c?.stats.counts.views));
  const lengthRates = ages.length.some((g) => g.at.some((c) => c?.stats.rates.completionRate?.value !== undefined));
  return (
    <section class="panel m-section" id="ages" aria-labelledby="ages-h">
      <h2 id="ages-h">同龄对比：发布后 24 小时 / 72 小时 / 7 天</h2>
      <p class="muted">{AGES_NOTE}</p>
      {anyAge ? (
        <GroupedBarChart id="c-ages" title="各平台播放 / 阅读中位数，按发布后时长" series={series} format={count} table="t-ages-platform"
          groups={ages.platform.map((g) => ({
            label: g.label,
            values: g.at.map((c) => c?.stats.counts.views?.median),
            notes: g.at.map((c) => (c?.stats.counts.views ? `n = ${c.stats.counts.views.n}` : undefined)),
          }))} />
      ) : <p class="muted">还没有能对上发布后 24 小时、72 小时或 7 天的快照（需要导出表里的发布时间，以及发布后一周内的导出）。</p>}
      <AgeTable id="t-ages-platform" caption="按平台：发布后相同时长的播放 / 阅读" dim="平台" groups={ages.platform} />
      {lengthRates ? (
        <GroupedBarChart id="c-ages-length" title="各时长完播率（完播次数合计 ÷ 播放量合计），按发布后时长" series={series} format={rate} table="t-ages-length"
          groups={ages.length.map((g) => ({
            label: g.label,
            values: g.at.map((c) => c?.stats.rates.completionRate?.value),
            notes: g.at.map((c) => (c?.stats.rates.completionRate?.value !== undefined ? `n = ${c.stats.rates.completionRate.n}` : undefined)),
          }))} />
      ) : null}
      <AgeTable id="t-ages-length" caption="按视频时长：发布后相同时长的播放与完播率（完播率只在同一时长内可比）" dim="时长" groups={ages.length} completion />
      <AgeTable id="t-ages-kind" caption="按稿件类型：发布后相同时长的播放 / 阅读" dim="类型" groups={ages.kind} />
      <AgeTable id="t-ages-dept" caption="按科室：发布后相同时长的播放 / 阅读" dim="科室" groups={ages.dept} />
    </section>
  );
}
