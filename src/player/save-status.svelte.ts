/** What the learner should know about saving: shown by the shell, set by the tracking glue. */
export class SaveStatus {
  /** No LMS records this session. */
  untracked = $state(false);
  /** The LMS refused to start the session: nothing can be saved, and retrying will not help. */
  refused = $state(false);
  /** The LMS is refusing to save; it is being retried. */
  trouble = $state(false);
}
