import type { TeamsSession } from '../host.ts';
export async function renderConfig(root: HTMLElement, _s: TeamsSession): Promise<void> { root.textContent = 'config'; }
