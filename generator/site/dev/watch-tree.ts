/**
 * Watching the content folder so that every way an editor saves is seen. Node's recursive
 * `fs.watch` on Linux watches each file by itself, so a file replaced by a rename (an editor's
 * safe-save, `git pull`, `sed -i`) is a new file nobody watches, and later saves go unseen.
 * Watching the *directories* instead (one non-recursive watcher each) sees creations, renames
 * and deletions of the names in them, whatever happens to the inodes.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface TreeWatcher { close(): void }

export async function watchTree(root: string, onChange: (relativePath: string | undefined) => void): Promise<TreeWatcher> {
  const watchers = new Map<string, FSWatcher>();
  // `late`: the folder appeared while watching. What was written into it before its watcher
  // started (mkdir -p, then a file at once) raised no event here: say it changed once more.
  const add = async (dir: string, late = false): Promise<void> => {
    if (watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        if (!name) return onChange(undefined);
        const full = join(dir, name.toString());
        onChange(relative(root, full));
        // A new sub-folder (pictures copied in, a checkout) gets its own watcher.
        void add(full, true).catch(() => undefined);
      });
    } catch {
      return; // not a directory, or gone already
    }
    w.on('error', () => { w.close(); watchers.delete(dir); });
    watchers.set(dir, w);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) await add(join(dir, e.name), late);
    if (late) onChange(relative(root, dir));
  };
  await add(root);
  return {
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
