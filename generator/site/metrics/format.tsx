/** Number formats of the dashboard, and how missing data looks: said, never shown as 0. */
import type { Value } from '../../metrics/measures.ts';

export const count = (x: number) => (Math.abs(x) >= 1e4 ? `${(x / 1e4).toFixed(1)}万` : Math.round(x).toLocaleString('en-US'));
export const rate = (x: number) => `${(x * 100).toFixed(1)}%`;
export const seconds = (x: number) => `${x.toFixed(1)} 秒`;

/** 缺, with why on hover (default: the export has no such value). */
export function Missing(props: { why?: string }) {
  return <span class="m-missing" title={props.why ?? '导出文件里没有这项数据（不是 0）'}>缺</span>;
}

export function show(v: Value | undefined, fmt: (x: number) => string) {
  if (v === undefined) return <Missing />;
  return typeof v === 'number' ? fmt(v) : `<${fmt(v.lt)}`;
}
