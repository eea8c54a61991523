import type { AccountSnapshot } from '../../core/model/index.js';

/** Every person the snapshots name as an owner (account, plan, action), whitespace collapsed. */
export function ownerNames(snapshots: readonly AccountSnapshot[]): string[] {
  const names = new Set<string>();
  for (const s of snapshots)
    for (const name of [s.account.ownerName, s.plan?.ownerName, ...s.actions.map((a) => a.ownerName)])
      if (name !== undefined && name.trim() !== '') names.add(name.trim().split(/\s+/).join(' '));
  return [...names];
}

/** A user's e-mail address for a seeded owner: `Dr. Jörg Endres` → `joerg.endres@kam-demo.example`. */
export function emailOf(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9\s.-]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '' && !w.endsWith('.'));
  return `${words.join('.') || 'owner'}@kam-demo.example`;
}
