export * from './criteria';
export * from './results';
