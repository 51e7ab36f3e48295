export * from './audit';
export * from './dates';
export * from './org-chart';
export * from './permissions';
export * from './roles';
