/**
 * A video script's subtitles as an SRT download, made in the browser when it is clicked. The
 * build no longer writes a subtitle file per platform and length (up to twelve an article that
 * nothing else read): the page carries each shot's timing and voice-over, and the same `toSrt`
 * the build used turns them into the file, byte for byte.
 */
import { toSrt, type SubtitledShot } from '../../render/srt.ts';

/** A shot as the page carries it: `[startSeconds, endSeconds, voiceOver]` (named keys were most of its bytes). */
export type Cue = [start: number, end: number, voiceOver: string];

export interface SrtDownloadProps {
  label: string;
  /** The downloaded file's name. */
  file: string;
  cues: Cue[];
}

export function shotCues(shots: SubtitledShot[]): Cue[] {
  return shots.map((s) => [s.startSeconds, s.endSeconds, s.voiceOver]);
}

export function SrtDownload({ label, file, cues }: SrtDownloadProps) {
  const download = () => {
    const shots = cues.map(([startSeconds, endSeconds, voiceOver]) => ({ startSeconds, endSeconds, voiceOver }));
    const url = URL.createObjectURL(new Blob([toSrt(shots)], { type: 'application/x-subrip;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked once the browser has started the download, not before.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return <button type="button" class="download srt-download" onClick={download} title={`下载 ${file}`}>{label}</button>;
}
