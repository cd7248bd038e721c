/*
 * Which fields a page shows without script (`pageFieldShows`, `ShowOptions`, `PageReader`) is
 * core's since the browser reads a served page by the same rules (issue 15, decision 0011):
 * re-exported here, where the page views use it, so this package's API is as it was.
 */
export { pageFieldShows, type PageReader, type ShowOptions } from '@service-forms/core';
