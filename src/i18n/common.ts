export const common = {
  appName: 'Nettverksboten',
} as const;
