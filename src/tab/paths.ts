const n = (networkId: string) => `/tab/api/networks/${encodeURIComponent(networkId)}`;
/** The tab API's paths, so pages and server spell them the same way. Free of zod: pages import it. */
export const tabApi = {
  context: '/tab/api/context',
  overview: (networkId: string) => `${n(networkId)}/overview`,
  minutes: (networkId: string) => `${n(networkId)}/minutes`,
  minutesDoc: (networkId: string, meetingId: string) => `${n(networkId)}/minutes/${encodeURIComponent(meetingId)}`,
  tasks: (networkId: string) => `${n(networkId)}/tasks`,
  task: (networkId: string, taskId: string) => `${n(networkId)}/tasks/${encodeURIComponent(taskId)}`,
  deadlines: (networkId: string) => `${n(networkId)}/deadlines`,
  delivered: (networkId: string, deadlineId: string) =>
    `${n(networkId)}/deadlines/${encodeURIComponent(deadlineId)}/delivered`,
  ask: (networkId: string) => `${n(networkId)}/ask`,
  settings: (networkId: string) => `${n(networkId)}/settings`,
  settingsSection: (
    networkId: string,
    section: 'series' | 'place' | 'agenda' | 'municipalities' | 'retention' | 'leaders',
  ) => `${n(networkId)}/settings/${section}`,
  projects: (networkId: string) => `${n(networkId)}/projects`,
  projectImport: (networkId: string) => `${n(networkId)}/projects/import`,
  myTasks: '/tab/api/me/tasks',
  playgroundToken: '/playground/tab-token',
} as const;
