/** The harness page, beside the player's index.html. */
export const PREVIEW_PAGE = 'preview.html';
