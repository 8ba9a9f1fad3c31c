// Stand-in for the `electron` module in plain Node (vitest and the browser test host), where
// the Electron binary may not be installed. Code that truly needs Electron never runs there;
// libraries that merely probe for it (electron-store) see an empty module, as they would
// outside the main process.
export default {};
