/**
 * A DATA_DIR on a disk of its own, without privileges: the command runs in a new user and
 * mount namespace (`unshare -rm`) where a tmpfs of the given size (optionally read-only) is
 * mounted on DATA_DIR. The file system's own ENOSPC and EROFS, not an injected failure.
 * Where user namespaces are not allowed, `smallDiskAvailable()` is false and tests skip.
 */
import { spawnSync } from 'node:child_process';

let available: boolean | null = null;

export function smallDiskAvailable(): boolean {
  if (available === null)
    available =
      spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], {
        stdio: 'ignore',
      }).status === 0;
  return available;
}

export const SMALL_DISK_SKIP =
  'unshare -rm cannot mount a tmpfs here (no user namespaces), so the small-disk tests are skipped.';

/** The argv that runs `command` with DATA_DIR on a `size` tmpfs (`ro`: remounted read-only). */
export function onSmallDisk(
  dataDir: string,
  size: string,
  command: [string, string[]],
  options: { readOnly?: boolean } = {},
): [string, string[]] {
  const mount = `mount -t tmpfs -o size=${size} tmpfs "$0"${options.readOnly ? ' && mount -o remount,ro "$0"' : ''}`;
  return [
    'unshare',
    ['-rm', 'sh', '-c', `${mount} && shift && exec "$@"`, dataDir, 'x', command[0], ...command[1]],
  ];
}
