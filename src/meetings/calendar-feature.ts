// The calendar feature's entry point; its command table and use cases live in calendar-commands.ts
// and the modules it names.
export { calendarFeature } from './calendar-commands.ts';
export { offScheduleStart } from './calendar-replaces.ts';
export { splitMove, splitTime, type TimeRange } from './calendar-words.ts';
export { holidayAsked } from './planning.ts';
