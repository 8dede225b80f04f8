// Stand-in for core's composer model (frontend/discourse/app/models/
// composer.js) on the path an edit of a topic's first post takes, and for
// Topic.update (models/topic.js), so the browser tests see the request core
// would send. Kept as core does it: serializeToTopic keys with the model
// property each starts from; an edit copies those properties onto the
// model when it opens; editPost sends every key's value as the model holds
// it then, as JSON (undefined values left out), only when the title is set,
// the post is the first and the topic editable, then saves the post.
// Leaves out: creating topics and replies, drafts, the store, cooked
// staging, edit conflicts, tags, shared drafts, featured links, locales.
import { tracked } from "@glimmer/tracking";
import EmberObject, { get } from "@ember/object";
import { ajax } from "./ajax.ts";
import { composerExtensionsTo } from "./model-extensions.ts";

const EDIT = "edit";
const CREATE_TOPIC = "createTopic";

type Serializer = Record<string, string>;

const CORE_EDIT_TOPIC_FIELDS: Serializer = {
  title: "topic.title",
  categoryId: "topic.category.id",
  original_title: "originalTitle",
};
const CORE_UPDATE_FIELDS: Serializer = {
  raw: "reply",
  topic_id: "topic.id",
  original_text: "originalText",
};

const serializers = {
  editTopic: { ...CORE_EDIT_TOPIC_FIELDS },
  create: {} as Serializer,
  draft: {} as Serializer,
};

export function resetComposerSerializers() {
  serializers.editTopic = { ...CORE_EDIT_TOPIC_FIELDS };
  serializers.create = {};
  serializers.draft = {};
}

/** A topic as the composer uses it; `job` and the like come from the topic stand-in. */
export interface ComposerTopic extends EmberObject {
  id: number;
  title: string;
  url: string;
  details: { can_edit: boolean };
}

export interface ComposerPost {
  id: number;
  post_number: number;
  firstPost: boolean;
  raw: string;
}

export interface EditOptions {
  topic: ComposerTopic;
  post: ComposerPost;
  [draftField: string]: unknown;
}

/** Core's Topic.update: category_id for categoryId, a JSON body, the props set on the topic after. */
async function updateTopic(
  topic: ComposerTopic,
  props: Record<string, unknown>
) {
  if (props.categoryId !== undefined) {
    props.category_id = props.categoryId;
    delete props.categoryId;
  }
  const result = (await ajax(topic.url, {
    type: "PUT",
    data: JSON.stringify({ ...props }),
    contentType: "application/json",
  })) as { basic_topic: { title: string; fancy_title: string } };
  props.title = result.basic_topic.title;
  props.fancy_title = result.basic_topic.fancy_title;
  topic.setProperties(props);
}

export class SandboxComposer extends EmberObject {
  static serializeToTopic(fieldName: string, property?: string) {
    serializers.editTopic[fieldName] = property ?? fieldName;
  }

  static serializeOnCreate(fieldName: string, property?: string) {
    serializers.create[fieldName] = property ?? fieldName;
  }

  static serializeToDraft(fieldName: string, property?: string) {
    serializers.draft[fieldName] = property ?? fieldName;
  }

  @tracked action: string | null = null;
  @tracked topic: ComposerTopic | null = null;
  @tracked post: ComposerPost | null = null;
  @tracked title: string | null = null;
  @tracked reply: string | null = null;
  @tracked categoryId: number | null = null;
  originalText: string | null = null;
  originalTitle: string | null = null;

  get creatingTopic() {
    return this.action === CREATE_TOPIC;
  }

  get editingPost() {
    return this.action === EDIT;
  }

  get editingFirstPost() {
    return this.editingPost && Boolean(this.post?.firstPost);
  }

  get topicFirstPost() {
    return this.creatingTopic || this.editingFirstPost;
  }

  serialize(serializer: Serializer, dest: Record<string, unknown> = {}) {
    for (const [key, property] of Object.entries(serializer)) {
      const value = get(this, property);
      if (value !== undefined) {
        dest[key] = value;
      }
    }
    return dest;
  }

  /** Opens an edit of `opts.post`, as core's `_open` with action "edit". */
  openEdit(opts: EditOptions) {
    this.setProperties({ action: EDIT, topic: opts.topic, post: opts.post });
    this.categoryId = get(opts.topic, "category.id") as number | null;
    this.setProperties(this.serialize(serializers.editTopic));
    this.setProperties({
      reply: opts.post.raw,
      originalText: opts.post.raw,
      originalTitle: opts.topic.title,
    });
    // Core sets draft fields from the options last (`_add_draft_fields`).
    for (const property of Object.values(serializers.draft)) {
      this.set(property, opts[property]);
    }
  }

  async save() {
    if (!this.editingPost) {
      throw new Error("composer stand-in: only edits are stood in");
    }
    return this.editPost();
  }

  async editPost() {
    const { post, topic } = this;
    if (!post || !topic) {
      throw new Error("composer stand-in: no post to edit");
    }
    if (this.title && post.post_number === 1 && topic.details.can_edit) {
      const topicProps = this.getProperties(
        Object.keys(serializers.editTopic)
      ) as Record<string, unknown>;
      topicProps.original_title = this.originalTitle;
      await updateTopic(topic, topicProps);
    }
    const props = this.serialize(CORE_UPDATE_FIELDS);
    // Core saves the post through the store (PUT /posts/:id).
    const result = await ajax(`/posts/${post.id}`, {
      type: "PUT",
      data: { post: props },
    });
    // Core's clearState, as far as these properties go.
    this.setProperties({
      originalText: null,
      originalTitle: null,
      reply: null,
      post: null,
      title: null,
    });
    return result;
  }
}

/** A composer model as the store would create it, with the plugins' model extensions. */
export function createComposer(owner: object): SandboxComposer {
  return composerExtensionsTo(SandboxComposer, owner) as SandboxComposer;
}
