export * from './audit';
export * from './dates';
export * from './economics';
export * from './org-chart';
export * from './permissions';
export * from './roles';
export * from './stakeholders';
