/**
 * A video script's subtitles as an SRT download, made in the browser when it is clicked. The
 * build no longer writes a subtitle file per platform and length (up to twelve an article that
 * nothing else read): the page carries each shot's timing and voice-over, and the same `toSrt`
 * the build used turns them into the file, byte for byte.
 */
import { toSrt, type SubtitledShot } from '../../render/srt.ts';

export interface SrtDownloadProps {
  label: string;
  /** The downloaded file's name. */
  file: string;
  shots: SubtitledShot[];
}

export function SrtDownload({ label, file, shots }: SrtDownloadProps) {
  const download = () => {
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
