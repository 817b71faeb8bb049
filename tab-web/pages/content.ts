import type { TeamsSession } from '../host.ts';
export type ContentPage = 'overview';
export const isContentPage = (p: string): p is ContentPage => p === 'overview';
export async function contentPage(root: HTMLElement, _s: TeamsSession, page: ContentPage): Promise<void> { root.textContent = page; }
