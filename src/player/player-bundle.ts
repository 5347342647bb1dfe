import type { CourseBundle } from '../model/course-bundle.ts';
import type { Messages } from './i18n.ts';

/** What the course module gives the player: the course, and the player's words in its language only. */
export interface PlayerBundle extends CourseBundle {
  readonly messages: Messages;
}
