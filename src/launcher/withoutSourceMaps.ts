/**
 * tsx turns Node's source maps on for every module loaded after it, so the production web server
 * read and kept the source map of each of Next's server chunks: 45 of its ~350 MB of heap were
 * source-map strings, and every chunk load paid for parsing one. Off in production, before Next
 * loads (imported first by src/launcher/webServer.ts); stack traces then show tsx's output lines,
 * which keep our files' line numbers. WEB_SOURCE_MAPS=1 keeps them on.
 */
if (process.env.NODE_ENV === 'production' && process.env.WEB_SOURCE_MAPS !== '1')
  process.setSourceMapsEnabled(false)
