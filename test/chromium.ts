/**
 * The one place browser tests learn how to start Chromium here: Debian's /usr/bin/chromium
 * (playwright cannot download its own), with the flags this closed network needs.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.KEPU_CHROMIUM ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Fail with a reason, never skip, when there is no browser to test in. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set KEPU_CHROMIUM`);
  }
}
