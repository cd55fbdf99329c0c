/** How long a voice-over takes to say at a given speech rate (punctuation is silent). */
import { SPEECH_RATE } from '../platforms/registry.ts';
import { charLength } from '../text/sentences.ts';

export function speechSeconds(text: string, charsPerSecond: number = SPEECH_RATE.charsPerSecond): number {
  return Math.round((charLength(text.replace(/[\s，。！？、；：“”‘’（）《》,.!?;:()"']/g, '')) / charsPerSecond) * 10) / 10;
}
