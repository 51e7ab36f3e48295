export * from './accounts';
export * from './admin';
export * from './auth';
export * from './common';
export * from './economics';
export * from './health';
export * from './people';
export * from './stakeholders';
