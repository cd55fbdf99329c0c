/**
 * SVG charts drawn at build time (d3-scale for the scales and ticks, d3-shape for lines), so they
 * read with JavaScript off and print. Each chart is a figure whose numbers are also in a table
 * (the caller's), which screen readers are pointed to.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface Bar {
  label: string;
  value: number;
  /** Printed after the value, e.g. "n = 14". */
  note?: string;
}

const PALETTE = ['#2563eb', '#db2777', '#16a34a', '#ea580c', '#7c3aed', '#0891b2', '#ca8a04', '#dc2626', '#4b5563'];

export function BarChart(props: { id: string; title: string; bars: Bar[]; format: (x: number) => string; table: string }) {
  const { bars } = props;
  const width = 640, left = 120, right = 150, row = 30, top = 24, bottom = 8;
  const height = top + bottom + row * bars.length;
  const x = scaleLinear().domain([0, Math.max(...bars.map((b) => b.value), 0) || 1]).nice().range([left, width - right]);
  const y = scaleBand().domain(bars.map((b) => b.label)).range([top, height - bottom]).padding(0.25);
  return (
    <figure class="m-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${props.id}-t`} aria-describedby={props.table}>
        <title id={`${props.id}-t`}>{props.title}</title>
        {x.ticks(4).map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={top - 4} y2={height - bottom} stroke="#e5e7eb" />
            <text x={x(t)} y={top - 8} font-size="11" text-anchor="middle" fill="#6b7280">{props.format(t)}</text>
          </g>
        ))}
        {bars.map((b, i) => (
          <g>
            <text x={left - 8} y={y(b.label)! + y.bandwidth() / 2} dy="0.35em" font-size="13" text-anchor="end" fill="#111827">{b.label}</text>
            <rect x={left} y={y(b.label)} width={Math.max(0, x(b.value) - left)} height={y.bandwidth()} fill={PALETTE[i % PALETTE.length]} />
            <text x={x(b.value) + 6} y={y(b.label)! + y.bandwidth() / 2} dy="0.35em" font-size="12" fill="#374151">{props.format(b.value)}{b.note ? `（${b.note}）` : ''}</text>
          </g>
        ))}
      </svg>
      <figcaption>{props.title}（数字见下表）</figcaption>
    </figure>
  );
}

export interface Series {
  label: string;
  points: { x: string; y: number }[];
}

export function LineChart(props: { id: string; title: string; series: Series[]; format: (x: number) => string; table: string }) {
  const width = 640, height = 240, left = 64, right = 110, top = 16, bottom = 28;
  const xs = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const x = scalePoint().domain(xs).range([left, width - right]).padding(0.3);
  const y = scaleLinear().domain([0, Math.max(...props.series.flatMap((s) => s.points.map((p) => p.y)), 0) || 1]).nice().range([height - bottom, top]);
  const path = line<{ x: string; y: number }>().x((p) => x(p.x)!).y((p) => y(p.y));
  return (
    <figure class="m-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${props.id}-t`} aria-describedby={props.table}>
        <title id={`${props.id}-t`}>{props.title}</title>
        {y.ticks(4).map((t) => (
          <g>
            <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
            <text x={left - 6} y={y(t)} dy="0.35em" font-size="11" text-anchor="end" fill="#6b7280">{props.format(t)}</text>
          </g>
        ))}
        {xs.map((d) => <text x={x(d)} y={height - 8} font-size="11" text-anchor="middle" fill="#6b7280">{d}</text>)}
        {props.series.map((s, i) => {
          const colour = PALETTE[i % PALETTE.length];
          const last = s.points[s.points.length - 1];
          return (
            <g>
              <path d={path(s.points) ?? ''} fill="none" stroke={colour} stroke-width="2" />
              {s.points.map((p) => <circle cx={x(p.x)} cy={y(p.y)} r="3" fill={colour} />)}
              {last ? <text x={x(last.x)! + 8} y={y(last.y)} dy="0.35em" font-size="12" fill={colour}>{s.label}</text> : null}
            </g>
          );
        })}
      </svg>
      <figcaption>{props.title}（数字见下表）</figcaption>
    </figure>
  );
}

export interface BarGroup {
  label: string;
  /** One per series; undefined is drawn as "缺", never as a zero-length bar. */
  values: (number | undefined)[];
  notes?: (string | undefined)[];
}

/** Horizontal bars grouped by row (e.g. a platform), one bar per series (e.g. an age), with a legend. */
export function GroupedBarChart(props: { id: string; title: string; series: string[]; groups: BarGroup[]; format: (x: number) => string; table: string }) {
  const { groups, series } = props;
  const width = 640, left = 120, right = 150, bar = 16, gap = 14, top = 46, bottom = 8;
  const band = bar * series.length + gap;
  const height = top + bottom + band * groups.length;
  const max = Math.max(0, ...groups.flatMap((g) => g.values.filter((v): v is number => v !== undefined)));
  const x = scaleLinear().domain([0, max || 1]).nice().range([left, width - right]);
  const y = scaleBand().domain(groups.map((g) => g.label)).range([top, height - bottom]).paddingInner(0).paddingOuter(0);
  return (
    <figure class="m-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${props.id}-t`} aria-describedby={props.table}>
        <title id={`${props.id}-t`}>{props.title}</title>
        {series.map((s, i) => (
          <g>
            <rect x={left + i * 96} y={4} width={12} height={12} fill={PALETTE[i % PALETTE.length]} />
            <text x={left + i * 96 + 18} y={10} dy="0.35em" font-size="12" fill="#374151">{s}</text>
          </g>
        ))}
        {x.ticks(4).map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={top - 4} y2={height - bottom} stroke="#e5e7eb" />
            <text x={x(t)} y={top - 10} font-size="11" text-anchor="middle" fill="#6b7280">{props.format(t)}</text>
          </g>
        ))}
        {groups.map((g) => {
          const y0 = y(g.label)! + gap / 2;
          return (
            <g>
              <text x={left - 8} y={y0 + (bar * series.length) / 2} dy="0.35em" font-size="13" text-anchor="end" fill="#111827">{g.label}</text>
              {series.map((_, i) => {
                const v = g.values[i];
                const yy = y0 + i * bar;
                if (v === undefined) return <text x={left + 4} y={yy + bar / 2} dy="0.35em" font-size="11" fill="#9a3412">缺</text>;
                const note = g.notes?.[i];
                return (
                  <g>
                    <rect x={left} y={yy + 1} width={Math.max(0, x(v) - left)} height={bar - 2} fill={PALETTE[i % PALETTE.length]} />
                    <text x={x(v) + 6} y={yy + bar / 2} dy="0.35em" font-size="11" fill="#374151">{props.format(v)}{note ? `（${note}）` : ''}</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>{props.title}（“缺”= 这个年龄没有快照，不是 0；数字见下表）</figcaption>
    </figure>
  );
}
