/**
 * `OUT/metrics/index.html`: what the exports say about each variant, per article side by side and
 * per platform, kind, length and department, with the sentences the numbers support, variant
 * comparisons labelled as observational, and the rows still waiting to be linked.
 */
import type { Comparison } from '../../metrics/compare.ts';
import { groupBy, KIND_NAMES, PLATFORM_LABELS, stats, type GroupStats, type Work } from '../../metrics/aggregate.ts';
import type { Insights } from '../../metrics/insights.ts';
import { MEASURES } from '../../metrics/measures.ts';
import type { Observation } from '../../metrics/snapshot.ts';
import type { BookingCounts } from '../../metrics/bookings.ts';
import { AB_SPLIT } from '../../platforms/registry.ts';
import { Document, ASSET_DIR } from '../components/document.tsx';
import { BarChart, LineChart, type Series } from './charts.tsx';
import { count, Missing, rate } from './format.tsx';
import { GroupTable, VariantTable } from './tables.tsx';
import { AgeSection, type AgeComparison } from './ages.tsx';
import { BookingSection, BookingSummary, NoCarrierNote, type BookedVariant } from './bookings.tsx';
import { variantBookings } from '../../metrics/bookings.ts';

export interface DashboardData {
  works: Work[];
  observations: Observation[];
  snapshots: string[];
  insights: Insights;
  comparisons: Comparison[];
  /** Groups at the same age since publishing (24 h / 72 h / 7 d). */
  ages: AgeComparison;
  /** Appointments per variant from booking exports (channel codes). */
  bookings?: BookingCounts;
  /** Variants with at least one appointment (shown even when no platform export came in yet). */
  booked?: BookedVariant[];
  generatedAt: string;
}

function medianViewBars(groups: GroupStats[]) {
  return groups.filter((g) => g.counts.views?.median !== undefined).map((g) => ({ label: g.label, value: g.counts.views!.median!, note: `n = ${g.counts.views!.n}` }));
}

function Section(props: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="panel m-section" aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The dashboard's page: its head, with what the numbers are under the title, then the sections. */
function MetricsShell({ data, summary, note, children }: { data: DashboardData; summary: string; note: preact.ComponentChildren; children: preact.ComponentChildren }) {
  return (
    <Document title="数据回流 · 科普稿件" depth={1} bodyClass="metrics-page">
      <link rel="stylesheet" href={`../${ASSET_DIR}/metrics.css`} />
      <header class="site-head">
        <p class="crumbs"><a href="../index.html">← 审核预览首页</a></p>
        <h1>数据回流</h1>
        <p class="muted">
          {summary} · 生成于 {data.generatedAt.replace('T', ' ').slice(0, 16)} UTC。{' '}{note}
        </p>
      </header>
      {children}
    </Document>
  );
}

export function DashboardPage({ data }: { data: DashboardData }) {
  // Only booking exports so far: nothing below applies.
  if (data.works.length === 0) return <BookingsOnlyPage data={data} />;
  const joined = data.works.filter((w) => w.variant);
  const pending = data.works.filter((w) => !w.variant);
  const byPlatform = groupBy(joined, (v) => v.platform, (k) => PLATFORM_LABELS[k as keyof typeof PLATFORM_LABELS] ?? k);
  const byKind = groupBy(joined, (v) => v.kind, (k) => KIND_NAMES[k as keyof typeof KIND_NAMES] ?? k);
  const byLength = groupBy(joined.filter((w) => w.variant!.seconds), (v) => String(v.seconds).padStart(4, '0'), (k) => `${Number(k)} 秒`);
  const byDept = groupBy(joined, (v) => v.department ?? '未填科室');
  const trend = viewsOverTime(data.observations);
  const articles = [...new Set(joined.map((w) => w.variant!.slug))].sort();
  return (
    <MetricsShell
      data={data}
      summary={`${data.works.length} 条作品（已对应稿件 ${joined.length}，待确认 ${pending.length}）· ${data.snapshots.length} 次导入`}
      note="每条作品取最近一次导出的数字；比率一律先把各条的计数合计再相除，并写明分母；“缺”表示导出里没有这项数据，不是 0。"
    >

      <Section id="insights" title="数据说明了什么">
        {data.insights.sentences.length ? <ul class="m-insights">{data.insights.sentences.map((s) => <li>{s}</li>)}</ul> : <p>样本还不够，暂不下结论。</p>}
        {data.insights.withheld.length ? <details><summary>样本不足、未作比较的分组</summary><ul>{data.insights.withheld.map((s) => <li>{s}</li>)}</ul></details> : null}
      </Section>

      <AgeSection ages={data.ages} />

      <MedianSection id="platform" title="按平台（各条最近一次导出）" what="平台" groups={byPlatform} />

      <Section id="length" title="按视频时长">
        {byLength.some((g) => g.rates.completionRate?.value !== undefined) ? (
          <BarChart id="c-length" title="各时长完播率（完播次数合计 ÷ 播放量合计）" format={rate} table="t-length"
            bars={byLength.filter((g) => g.rates.completionRate?.value !== undefined).map((g) => ({ label: g.label, value: g.rates.completionRate!.value!, note: `n = ${g.rates.completionRate!.n}` }))} />
        ) : <p class="muted">还没有带完播率和播放量的视频数据。</p>}
        <GroupTable id="t-length" caption="各时长汇总（完播率只在同一时长内可比）" groups={byLength} dim="时长" />
      </Section>

      <MedianSection id="kind" title="按稿件类型" what="类型" groups={byKind} />

      <MedianSection id="dept" title="按科室" what="科室" groups={byDept} />

      {trend.dates.length >= 2 ? (
        <Section id="trend" title="随时间">
          <LineChart id="c-trend" title="各平台播放 / 阅读合计，按导出日期" series={trend.series} format={count} table="t-trend" />
          <div class="m-scroll">
            <table class="m-table" id="t-trend">
              <caption>各平台播放 / 阅读合计（每次导出时的累计数）</caption>
              <thead><tr><th scope="col">平台</th>{trend.dates.map((d) => <th scope="col">{d}</th>)}</tr></thead>
              <tbody>{trend.series.map((s) => <tr><th scope="row">{s.label}</th>{trend.dates.map((d) => {
                const y = s.points.find((p) => p.x === d)?.y;
                return <td>{y === undefined ? <Missing /> : count(y)}</td>;
              })}</tr>)}</tbody>
            </table>
          </div>
        </Section>
      ) : null}

      <Section id="compare" title="稿件对比（两比例检验）">
        <p class="muted">计数由各条的比率 × 分母还原。只有同一 A/B 测试的几个版本、由平台在同一次发布中随机分流（头条双标题/多标题、公众号按随机标签同日群发）时标为<strong>随机分流</strong>；其余都标为<strong>非随机对比</strong>：差异可能来自平台、受众或时间，而不只是稿件本身。</p>
        {data.comparisons.length ? (
          <div class="m-scroll">
            <table class="m-table" id="t-compare">
              <caption>同一文章两条稿件的比率对比</caption>
              <thead><tr><th scope="col">文章</th><th scope="col">指标</th><th scope="col">A</th><th scope="col">B</th><th scope="col">差（B − A）及 95% 区间</th><th scope="col">p 值</th><th scope="col">此样本能检出的最小差</th><th scope="col">性质</th></tr></thead>
              <tbody>
                {data.comparisons.map((c) => (
                  <tr>
                    <th scope="row">{c.slug}</th>
                    <td>{MEASURES[c.measure].label}<br /><small>{MEASURES[c.measure].definition}</small></td>
                    <td>{c.a.label}：{rate(c.test.p1)}<br /><small>{count(c.a.x)} / {count(c.a.n)}</small></td>
                    <td>{c.b.label}：{rate(c.test.p2)}<br /><small>{count(c.b.x)} / {count(c.b.n)}</small></td>
                    <td>{pp(c.test.diff)}（{pp(c.test.ci95[0])} 至 {pp(c.test.ci95[1])}）</td>
                    <td>{c.test.pValue < 0.001 ? '< 0.001' : c.test.pValue.toFixed(3)}</td>
                    <td>{pp(c.test.minDetectable)}</td>
                    <td>{c.randomised ? <span class="m-tag m-random">随机分流</span> : <span class="m-tag">非随机对比</span>}<br /><small>{c.experiment ? `A/B 测试 ${c.experiment}：` : ''}{c.why}</small></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <p class="muted">还没有同一文章、都带分母的两条稿件。</p>}
      </Section>

      <Section id="articles" title="每篇文章的稿件">
        {articles.map((slug) => {
          const ws = joined.filter((w) => w.variant!.slug === slug).sort((a, b) => a.variant!.id.localeCompare(b.variant!.id, 'en', { numeric: true }));
          const first = ws[0]!.variant!;
          const total = stats(slug, slug, ws);
          return (
            <article class="m-article" id={`a-${slug}`}>
              <h3><a href={`../${slug}/index.html`}>{first.articleTitle}</a> <small class="muted">{first.department ?? ''}</small></h3>
              <VariantTable id={`t-a-${slug}`} caption={`${first.articleTitle}：各平台稿件（播放 / 阅读合计 ${total.counts.views ? count(total.counts.views.total) : '缺'}）`} works={ws} bookings={data.bookings} />
            </article>
          );
        })}
        {articles.length === 0 ? <p class="muted">还没有对应到稿件的数据。</p> : null}
        {joined.some((w) => { const b = variantBookings(w.variant!, data.bookings); return 'missing' in b && b.missing === 'no-carrier'; }) ? <NoCarrierNote /> : null}
        {data.bookings?.imports ? <p class="muted">“预约”列的来历见下方“预约（按渠道码）”。</p> : <BookingSummary bookings={data.bookings} />}
      </Section>

      <BookingSection bookings={data.bookings} booked={data.booked ?? []} platformData />

      <Section id="pending" title={`待确认的行（${pending.length}）`}>
        {pending.length ? (
          <>
            <p>这些行没有自动对应到稿件（标题找不到、有多个候选，或不能算作某一个稿件，原因见最后一栏）。确认一次即可，之后的导入会自动对应：<code>npx kepu metrics link 行键 稿件id</code></p>
            <div class="m-scroll">
              <table class="m-table" id="t-pending">
                <caption>待确认的行</caption>
                <thead><tr><th scope="col">行键</th><th scope="col">标题</th><th scope="col">来源</th><th scope="col">候选稿件与原因</th></tr></thead>
                <tbody>{pending.map((w) => <tr><td><code>{w.obs.key}</code></td><td>{w.obs.title}</td><td>{w.obs.source}</td><td>{w.obs.candidates.length ? w.obs.candidates.map((c) => <code class="m-cand">{c}</code>) : '无'}<PendingWhy obs={w.obs} /></td></tr>)}</tbody>
              </table>
            </div>
          </>
        ) : <p class="muted">全部已对应。</p>}
      </Section>
    </MetricsShell>
  );
}

/** Only booking exports so far: the appointments per variant, and what is still to import. */
function BookingsOnlyPage({ data }: { data: DashboardData }) {
  return (
    <MetricsShell
      data={data}
      summary={`还没有平台数据，只有 ${data.bookings?.imports ?? 0} 次预约导出`}
      note={<>播放、阅读、完播等数字要导入各平台的导出后才有：<code>npx kepu metrics import 导出文件…</code></>}
    >
      <BookingSection bookings={data.bookings} booked={data.booked ?? []} platformData={false} />
    </MetricsShell>
  );
}

/**
 * Why a row was not joined: the reason the import stored with it (join.ts decided it then), or,
 * for a snapshot from before reasons were stored, what the candidates tell.
 */
function PendingWhy({ obs }: { obs: Observation }) {
  if (obs.reason) return <><br /><small class="m-why">导入时判定：{obs.reason}</small></>;
  const why = pendingWhy(obs);
  return why ? <><br /><small class="m-why">{why}（由候选推断：这份快照没有记下原因）</small></> : null;
}

/** Why a row with candidates was not joined, where the candidates tell (join.ts). */
function pendingWhy(o: Observation): string | undefined {
  const [first, ...rest] = o.candidates;
  if (!first) return undefined;
  if (rest.length && AB_SPLIT[o.platform]?.onePost && rest.every((c) => c.startsWith(`${first}.`))) {
    return '多标题文章的整篇数据（各标题合计），不属于任何一个版本；各版本的数据请按稿件 id 导入';
  }
  if (!rest.length) return '这个稿件已由另一行对应，或同一文件里有多行标题相同：请确认是哪一行';
  return undefined;
}

const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} 个百分点`;

function viewsOverTime(observations: Observation[]): { dates: string[]; series: Series[] } {
  // Per platform and export day: each work's latest number that day, summed.
  const cell = new Map<string, Map<string, Map<string, number>>>();
  for (const o of observations) {
    const v = o.measures.views;
    if (typeof v !== 'number') continue;
    const byDate = cell.get(o.platform) ?? new Map<string, Map<string, number>>();
    cell.set(o.platform, byDate);
    const works = byDate.get(o.exported) ?? new Map<string, number>();
    byDate.set(o.exported, works);
    works.set(o.key, v);
  }
  const dates = [...new Set(observations.map((o) => o.exported))].sort();
  const series = [...cell.entries()].map(([platform, byDate]) => ({
    label: PLATFORM_LABELS[platform as keyof typeof PLATFORM_LABELS] ?? platform,
    points: [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([x, works]) => ({ x, y: [...works.values()].reduce((a, b) => a + b, 0) })),
  }));
  return { dates, series };
}

/** A grouping's median views as bars, with its table of totals and rates. */
function MedianSection({ id, title, what, groups }: { id: string; title: string; what: string; groups: GroupStats[] }) {
  return (
    <Section id={id} title={title}>
      <BarChart id={`c-${id}`} title={`各${what}播放 / 阅读中位数`} bars={medianViewBars(groups)} format={count} table={`t-${id}`} />
      <GroupTable id={`t-${id}`} caption={`各${what}汇总`} groups={groups} dim={what} />
    </Section>
  );
}
