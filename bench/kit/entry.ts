// What the generated fixture pages import besides their element's spec (specs.ts): the two viewers
// and the database name, without the seed page's records (data.ts), which a host page never carries.
export const member = { id: 'm1', role: 'member' } as const;
export const manager = { id: 'boss', role: 'manager' } as const;
export const DB = 'taiwa-bench';
