// Dates as Norwegians read them. Dates from the API are Oslo calendar dates (YYYY-MM-DD).

const longDate = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);

export const formatLongDate = (date: string) => longDate.format(asUtc(date));
export const formatDate = (date: string) => shortDate.format(asUtc(date));
export const formatMonth = (date: string) => {
  const s = monthYear.format(asUtc(date));
  return s.charAt(0).toUpperCase() + s.slice(1);
};
