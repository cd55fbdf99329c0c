/**
 * Booking carriers in the side panel: for a 公众号 variant, the 原文链接 the fill puts in (the
 * booking URL with the variant's channel code) and the mini-program path the editor pastes by
 * hand, each in a read-only field that selects itself, with a copy button (no clipboard
 * permission: the panel writes only on the editor's click, and falls back to the selection).
 */
import { useState } from 'preact/hooks';
import type { Variant } from '../../generator/manifest.ts';
import { bookingCarriers } from '../content/booking.ts';
import type { ManualStep } from '../protocol.ts';

export function CopyField({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState('');
  const select = (e: Event) => (e.currentTarget as HTMLInputElement).select();
  const copy = async (e: Event) => {
    const input = (e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement | null;
    try {
      await navigator.clipboard.writeText(text);
      setSaid('已复制');
    } catch {
      input?.focus();
      input?.select();
      setSaid('已选中，请按 Ctrl+C（Mac：⌘C）复制');
    }
  };
  return (
    <div class="copy-field">
      <input type="text" readOnly value={text} aria-label={label} onFocus={select} onClick={select} />
      <button type="button" onClick={(e) => void copy(e)}>复制</button>
      {said ? <span class="muted" role="status">{said}</span> : null}
    </div>
  );
}

export function ManualSteps({ steps, title }: { steps: ManualStep[]; title: string }) {
  if (!steps.length) return null;
  return (
    <div class="manual">
      <h3>{title}</h3>
      {steps.map((s) => (
        <div key={s.what} class="manual-step">
          <p><strong>{s.what}</strong>：{s.how}</p>
          <CopyField text={s.text} label={s.what} />
        </div>
      ))}
    </div>
  );
}

/** What the variant's platform lets carry its channel code to the booking, before filling. */
export function BookingCarriers({ variant }: { variant: Variant }) {
  const { readMore, miniProgram } = bookingCarriers(variant);
  if (!readMore && !miniProgram) return null;
  return (
    <div class="booking">
      {readMore ? (
        <>
          <p><strong>原文链接（阅读原文）</strong>：点“填充”时自动填入带渠道码的预约链接；填不进去时会在结果里给出链接，请手动粘贴。</p>
          <CopyField text={readMore} label="原文链接" />
        </>
      ) : null}
      {miniProgram ? <ManualSteps steps={[miniProgram]} title="需要您手动插入" /> : null}
    </div>
  );
}
