/** The Studio's interface text. Other languages copy this shape (typed against it). */
export const enGB = {
  appName: 'Studio',
  loading: 'Loading…',
  navigation: 'Content',
  admin: 'Administration',
  users: 'Users',
  tokens: 'Tokens',
  webhooks: 'Webhooks',
  enquiries: 'Enquiries',
  auditLog: 'Audit log',
  failed: (message: string) => `Something went wrong: ${message}`,
} as const;

export type StudioText = typeof enGB;
