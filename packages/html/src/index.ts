export * from './views.js';
export * from './ids.js';
export * from './templates.js';
export * from './views-from-definition.js';
