export * from './cement';
export * from './coverage';
export * from './quadrant';
export * from './scores';
export * from './summary';
export * from './trends';
export * from './vocabulary';
