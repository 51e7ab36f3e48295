export * from './coverage';
export * from './load';
export * from './managers';
export * from './suggestions';
export * from './visibility';
export * from './warnings';
