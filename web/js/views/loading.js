// Kept only while web/sw.js still precaches this file; the view lives in notice.js now.
export { loadingView } from "./notice.js";
