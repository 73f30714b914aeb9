import * as FeedRules from '../domain/feed/post';
import { ListSpec, staffContribute } from './types';

const BLOG_KINDS = ['person', 'group'] as const;

export type FeedListKey = 'blogs' | 'posts' | 'postKeywords' | 'comments' | 'likes';

export const FEED_LISTS: Record<FeedListKey, ListSpec> = {
  // Blogs and good practices.
  blogs: {
    title: 'DDH Blogs',
    description: 'Blogs of people and groups (units, embassies, projects).',
    readSecurity: 1, writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: 'BlogKind', kind: 'Choice', choices: BLOG_KINDS, required: true },
      { name: 'Unit', kind: 'Text', maxLength: 120, indexed: true },
      { name: 'BlogOwners', kind: 'UserMulti' },
      { name: 'Description', kind: 'Note' }
    ]
  },
  posts: {
    title: 'DDH Posts',
    description: 'Blog posts and good-practice stories.',
    readSecurity: 1, writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: 'Body', kind: 'RichNote' },
      { name: 'PostKind', kind: 'Choice', choices: FeedRules.POST_KINDS, required: true, indexed: true },
      { name: 'Blog', kind: 'Lookup', lookupList: 'blogs', indexed: true },
      { name: 'Published', kind: 'DateTime', indexed: true },
      { name: 'Keywords', kind: 'Note' },
      { name: 'Licence', kind: 'Choice', choices: FeedRules.LICENCES },
      { name: 'Unit', kind: 'Text', maxLength: 120, indexed: true },
      { name: 'Situation', kind: 'Choice', choices: FeedRules.SITUATIONS, indexed: true },
      { name: 'ChannelsUsed', kind: 'MultiChoice', choices: FeedRules.CHANNELS },
      { name: 'WhatWorked', kind: 'Note' },
      { name: 'WhatToAvoid', kind: 'Note' },
      { name: 'Reach', kind: 'Number' },
      { name: 'PlanLinks', kind: 'Note', since: 2 }
    ]
  },
  // One row per (post, keyword): SharePoint cannot index a multi-value column, so keyword
  // filtering goes through this list's indexed Keyword column.
  postKeywords: {
    title: 'DDH Post Keywords',
    description: 'Keywords of posts, one row each, for filtering the feed by keyword.',
    readSecurity: 1, writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: 'Post', kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      { name: 'Keyword', kind: 'Text', required: true, maxLength: 60, indexed: true },
      // "<postId>:<keyword>": one row per keyword and post.
      { name: 'PostKeyword', kind: 'Text', required: true, maxLength: 80, indexed: true, unique: true },
      { name: 'Published', kind: 'DateTime', indexed: true }
    ]
  },
  comments: {
    title: 'DDH Post Comments',
    description: 'Comments under posts.',
    readSecurity: 1, writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: 'Post', kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      { name: 'Body', kind: 'Note', required: true }
    ]
  },
  likes: {
    title: 'DDH Post Likes',
    description: 'Likes: one per person and post (a unique key refuses a second).',
    readSecurity: 1, writeSecurity: 2,
    roles: staffContribute,
    fields: [
      { name: 'Post', kind: 'Lookup', lookupList: 'posts', required: true, indexed: true },
      { name: 'LikeKey', kind: 'Text', required: true, maxLength: 40, indexed: true, unique: true }
    ]
  },
};
