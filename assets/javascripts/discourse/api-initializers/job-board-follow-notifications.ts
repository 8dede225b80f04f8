// A follow's notification (DiscourseJobBoard::FollowMatch: a :custom
// notification whose data.message is ours) as « Nouvelle offre » and the
// posting's title, with a bell.
//
// core: frontend/discourse/app/lib/notification-types-manager.js keeps ONE
// renderer per type name, built by calling the function given to
// registerNotificationTypeRenderer with NotificationTypeBase; a renderer for
// "custom" then replaces core's own (lib/notification-types/custom.js) for
// every plugin's custom notifications. So ours extends core's Custom class,
// not the base it is handed, and changes nothing for a notification that is
// not ours.
import { apiInitializer } from "discourse/lib/api";
import Custom from "discourse/lib/notification-types/custom";
import type { PluginApi } from "discourse/lib/plugin-api";
import { i18n } from "discourse-i18n";

/** FollowMatch::MESSAGE on the server. */
export const FOLLOW_NOTIFICATION_MESSAGE =
  "discourse_job_board.follow.notification";

interface NotificationData {
  message?: string;
  topic_title?: string;
}

function renderFollowNotifications(api: PluginApi) {
  api.registerNotificationTypeRenderer(
    "custom",
    () =>
      class JobBoardFollowNotification extends Custom {
        get isFollow(): boolean {
          const data = this.notification.data as NotificationData;
          return data?.message === FOLLOW_NOTIFICATION_MESSAGE;
        }

        get label() {
          return this.isFollow
            ? i18n("discourse_job_board.follow.notification_label")
            : super.label;
        }

        get linkTitle() {
          return this.isFollow
            ? i18n("discourse_job_board.follow.notification_title")
            : super.linkTitle;
        }

        get icon() {
          return this.isFollow ? "bell" : super.icon;
        }
      }
  );
}

export default apiInitializer((api: PluginApi) => {
  renderFollowNotifications(api);
});
