// The one catalogue of user-facing text. Each area keeps its strings in its own file here.
export * from './common.ts';
export * from './config.ts';
export * from './core.ts';
export * from './guidelines.ts';
export * from './playground.ts';
export * from './roles.ts';
export * from './tasks.ts';
export * from './pages.ts';
export * from './manifest.ts';
export * from './agenda.ts';
export * from './series.ts';
export * from './schedule.ts';
export * from './dates.ts';
export * from './meetings.ts';
export * from './privacy.ts';
export * from './deadlines.ts';
export * from './rights.ts';
