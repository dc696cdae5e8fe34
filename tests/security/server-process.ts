import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';

/**
 * The app server as a Linux process, for the probes that measure what a request costs the
 * server: which process listens on a port, its CPU time and its memory (read from /proc, the
 * numbers `ps` and `top` show).
 */

/** The process that listens on a TCP port of this machine. */
export function pidListeningOn(port: number): number {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const localPort = parseInt(fields[1].split(':').pop()!, 16);
      if (localPort === port && fields[3] === '0A') inodes.add(fields[9]);
    }
  }
  if (!inodes.size) throw new Error(`nothing listens on port ${port}`);
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  throw new Error(`no process found for port ${port}`);
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100; // USER_HZ is 100 on Linux
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

/** Resident memory now, in bytes. */
function residentBytes(pid: number): number {
  return statusKb(pid, 'VmRSS') * 1024;
}

/**
 * Measures the peak resident memory of a process while `work` runs: the kernel's high-water mark
 * is reset first (clear_refs), so the peak read afterwards is this work's, not an earlier one.
 */
export async function peakGrowthDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number; growth: number }> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const before = residentBytes(pid);
  const result = await work();
  const peak = statusKb(pid, 'VmHWM') * 1024;
  return { result, before, peak, growth: Math.max(0, peak - before) };
}
