/**
 * 连接预览站点: the address field and button, and where the connection stands. A preview may be
 * on this computer, on an intranet host (http://192.168.1.20:5178) or on an https hostname;
 * each is asked for as that one origin, so the permission prompt names exactly what is read.
 */
import { useState } from 'preact/hooks';
import type { Manifest } from '../../generator/manifest.ts';
import { connectSite, normaliseOrigin } from './source.ts';

type State =
  | { step: 'idle' }
  | { step: 'asking' | 'connecting' | 'connected'; origin: string }
  | { step: 'failed'; reason: string };

export interface ConnectProps {
  value: string;
  onInput(value: string): void;
  /** Takes the index over; a throw is shown as this connection's failure. */
  onConnected(origin: string, index: Manifest): Promise<void> | void;
}

export function Connect({ value, onInput, onConnected }: ConnectProps) {
  const [state, setState] = useState<State>({ step: 'idle' });

  const connect = async () => {
    try {
      const origin = normaliseOrigin(value);
      const index = await connectSite(origin, (step) => setState({ step, origin }));
      await onConnected(origin, index);
      setState({ step: 'connected', origin });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = state.step === 'asking' || state.step === 'connecting';
  return (
    <>
      <div class="row">
        <input type="url" value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} aria-label="预览站点地址" placeholder="http://localhost:5178" />
        <button onClick={() => void connect()} disabled={busy}>连接预览站点</button>
      </div>
      {state.step === 'asking' && <p role="status" data-connect="asking">请求权限中：请在 Chrome 的提示中允许访问 {state.origin}</p>}
      {state.step === 'connecting' && <p role="status" data-connect="connecting">连接中：正在读取 {state.origin}/manifest.json…</p>}
      {state.step === 'connected' && <p class="ok" role="status" data-connect="connected">已连接 {state.origin}</p>}
      {state.step === 'failed' && <p class="error" role="alert" data-connect="failed">连接失败：{state.reason}</p>}
    </>
  );
}
