// Conformance check: Mailchimp's official Node client (@mailchimp/mailchimp_marketing, pinned in package.json)
// against a Mailchimp API endpoint, normally the Dynamics.Mailchimp sandbox emulator.
//
// Input (environment):
//   MC_BASE_URL            API base, e.g. http://127.0.0.1:5000/3.0/ (required)
//   MC_API_KEY             API key <32 hex>-<dc> (required; never printed)
//   MC_LIST_ID             audience id (default a1b2c3d4e5)
//   MC_CAMPAIGN_ID         a sent campaign to the list (required for the campaign and report checks)
//   MC_SENT_SINCE          ISO 8601 time at or before that campaign's send_time (required)
//   MC_OPENED_EMAIL        a recipient who opened the campaign and clicked MC_CLICK_URL; subscribed (required)
//   MC_CLICK_URL           the URL that recipient clicked (required)
//   MC_UNSUBSCRIBED_EMAIL  a recipient who unsubscribed themselves from that campaign (required)
//
// Output: one JSON line per operation, {"operation","ok","detail","doc"}; exit code 0 only if every operation is ok.
// Each check names the Mailchimp reference page it follows in "doc". Response fields checked are the ones the
// connector relies on (see shared/reference/mailchimp.md).
import { createHash } from 'node:crypto';
import mailchimp from '@mailchimp/mailchimp_marketing';

const DOCS = 'https://mailchimp.com/developer/marketing/api/';
const env = process.env;
const required = ['MC_BASE_URL', 'MC_API_KEY', 'MC_CAMPAIGN_ID', 'MC_SENT_SINCE', 'MC_OPENED_EMAIL', 'MC_CLICK_URL', 'MC_UNSUBSCRIBED_EMAIL'];
const missing = required.filter((name) => !env[name]);
if (missing.length > 0) {
  console.log(JSON.stringify({ operation: 'setup', ok: false, detail: `missing environment variables: ${missing.join(', ')}` }));
  process.exit(2);
}

const apiKey = env.MC_API_KEY;
const listId = env.MC_LIST_ID || 'a1b2c3d4e5';
const campaignId = env.MC_CAMPAIGN_ID;
const sentSince = env.MC_SENT_SINCE;
const openedEmail = env.MC_OPENED_EMAIL.toLowerCase();
const clickUrl = env.MC_CLICK_URL;
const unsubscribedEmail = env.MC_UNSUBSCRIBED_EMAIL.toLowerCase();

// The official client builds URLs as basePath + path and replaces 'server' with config.server (ApiClient.buildUrl).
mailchimp.setConfig({ apiKey, server: apiKey.split('-').pop() });
mailchimp.basePath = env.MC_BASE_URL.replace(/\/+$/, '');
mailchimp.timeout = 15000;

const run = Date.now().toString(36);
const email = (name) => `${name}.${run}@brightfield-labs.com`;
const hash = (address) => createHash('md5').update(address.toLowerCase()).digest('hex');
const isoSeconds = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
const ctx = {
  alan: email('alan'), carol: email('carol'), dan: email('dan'), bob: email('bob'), robert: email('robert'),
  invalid: `not-an-email-${run}`, segmentOutsider: email('outsider'),
  // Every member write below happens at or after this second.
  changedSince: isoSeconds(Date.now() - 1000),
};

class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) {
    throw new CheckFailed(message);
  }
}
const isString = (v) => typeof v === 'string' && v.length > 0;
const isCount = (v) => Number.isInteger(v) && v >= 0;
const isTime = (v) => isString(v) && !Number.isNaN(Date.parse(v));

function describeError(err) {
  if (err instanceof CheckFailed) {
    return err.message;
  }
  if (err && err.status) {
    const body = err.response && err.response.body;
    const problem = body && typeof body === 'object' ? `${body.title ?? ''}: ${body.detail ?? ''}` : (err.response && err.response.text) || '';
    return `HTTP ${err.status} ${problem}`.trim();
  }
  return `${err && err.name ? err.name : 'Error'}: ${err && err.message ? err.message : String(err)}`;
}

const results = [];
async function operation(name, doc, body) {
  let result;
  try {
    const detail = await body();
    result = { operation: name, ok: true, detail: detail ?? 'ok', doc };
  } catch (err) {
    result = { operation: name, ok: false, detail: describeError(err), doc };
  }
  // The key must never reach the output, whatever a response echoed.
  result.detail = result.detail.split(apiKey).join('<api-key>');
  results.push(result);
  console.log(JSON.stringify(result));
}

/** Awaits a call that must be rejected; returns the official client's error. */
async function rejection(promise) {
  try {
    const data = await promise;
    throw new CheckFailed(`expected an error response, got success: ${JSON.stringify(data).slice(0, 200)}`);
  } catch (err) {
    if (err instanceof CheckFailed) {
      throw err;
    }
    return err;
  }
}

function checkMember(m, address, label) {
  check(m && typeof m === 'object', `${label}: no member object`);
  check(m.email_address === address, `${label}: email_address ${m.email_address}, expected ${address}`);
  check(m.id === hash(address), `${label}: id ${m.id}, expected the MD5 of the lower-cased address ${hash(address)}`);
  check(isString(m.unique_email_id), `${label}: unique_email_id missing`);
  check(isString(m.status), `${label}: status missing`);
  check(m.merge_fields && typeof m.merge_fields === 'object', `${label}: merge_fields missing`);
  check(isTime(m.last_changed), `${label}: last_changed ${m.last_changed} is not an ISO 8601 time`);
  check(m.list_id === listId, `${label}: list_id ${m.list_id}, expected ${listId}`);
  check(isString(m.contact_id), `${label}: contact_id missing`);
  check(Number.isInteger(m.web_id), `${label}: web_id missing`);
  check(m.interests !== null && typeof m.interests === 'object' && !Array.isArray(m.interests), `${label}: interests is not an {id: bool} object`);
  check(Array.isArray(m.tags) && m.tags_count === m.tags.length, `${label}: tags[]/tags_count missing or inconsistent`);
  check(typeof m.vip === 'boolean', `${label}: vip missing`);
}

await operation('ping.get', `${DOCS}ping/`, async () => {
  const r = await mailchimp.ping.get();
  check(r && r.health_status === "Everything's Chimpy!", `health_status ${JSON.stringify(r && r.health_status)}`);
  return r.health_status;
});

await operation('lists.getAllLists', `${DOCS}lists/`, async () => {
  const r = await mailchimp.lists.getAllLists();
  check(Array.isArray(r.lists), 'lists[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const list = r.lists.find((l) => l.id === listId);
  check(list, `list ${listId} not in lists[] (${r.lists.map((l) => l.id).join(',')})`);
  check(isString(list.name), 'lists[].name missing');
  return `${r.total_items} list(s), ${listId} "${list.name}"`;
});

await operation('lists.getList', `${DOCS}lists/`, async () => {
  const r = await mailchimp.lists.getList(listId);
  check(r.id === listId, `id ${r.id}`);
  check(isString(r.name), 'name missing');
  check(r.stats && isCount(r.stats.member_count) && isCount(r.stats.unsubscribe_count), 'stats.member_count/unsubscribe_count missing');
  return `${r.name}: ${r.stats.member_count} subscribed`;
});

await operation('lists.getListMergeFields', `${DOCS}list-merges/`, async () => {
  const r = await mailchimp.lists.getListMergeFields(listId, { count: 100 });
  check(Array.isArray(r.merge_fields), 'merge_fields[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const tags = r.merge_fields.map((f) => f.tag);
  for (const tag of ['FNAME', 'LNAME']) {
    check(tags.includes(tag), `default merge field ${tag} missing (${tags.join(',')})`);
  }
  check(r.merge_fields.every((f) => Number.isInteger(f.merge_id) && isString(f.type) && isString(f.name)), 'merge_id/type/name missing on an item');
  return `tags ${tags.join(',')}`;
});

await operation('lists.addListMergeField', `${DOCS}list-merges/`, async () => {
  const tag = `CO${run.slice(-6).toUpperCase()}`.slice(0, 10);
  const r = await mailchimp.lists.addListMergeField(listId, { name: `Company ${run}`, type: 'text', tag, required: false });
  check(Number.isInteger(r.merge_id), `merge_id ${r.merge_id}`);
  check(r.tag === tag, `tag ${r.tag}, expected ${tag}`);
  check(r.type === 'text', `type ${r.type}`);
  const after = await mailchimp.lists.getListMergeFields(listId, { count: 100 });
  check(after.merge_fields.some((f) => f.merge_id === r.merge_id), 'new merge field not listed by getListMergeFields');
  ctx.mergeTag = tag;
  return `merge_id ${r.merge_id} tag ${tag}`;
});

await operation('lists.createListInterestCategory', `${DOCS}interest-categories/`, async () => {
  const r = await mailchimp.lists.createListInterestCategory(listId, { title: `Topics ${run}`, type: 'checkboxes' });
  check(isString(r.id), 'id missing');
  check(r.title === `Topics ${run}`, `title ${r.title}`);
  check(r.type === 'checkboxes', `type ${r.type}`);
  check(r.list_id === listId, `list_id ${r.list_id}`);
  ctx.categoryId = r.id;
  return `category ${r.id}`;
});

await operation('lists.createInterestCategoryInterest', `${DOCS}interests/`, async () => {
  check(ctx.categoryId, 'no category (createListInterestCategory failed)');
  const r = await mailchimp.lists.createInterestCategoryInterest(listId, ctx.categoryId, { name: `Newsletter ${run}` });
  check(isString(r.id), 'id missing');
  check(r.name === `Newsletter ${run}`, `name ${r.name}`);
  check(r.category_id === ctx.categoryId, `category_id ${r.category_id}, expected ${ctx.categoryId}`);
  ctx.interestId = r.id;
  return `interest ${r.id}`;
});

await operation('lists.getListInterestCategories', `${DOCS}interest-categories/`, async () => {
  const r = await mailchimp.lists.getListInterestCategories(listId, { count: 100 });
  check(Array.isArray(r.categories), 'categories[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const found = r.categories.find((c) => c.id === ctx.categoryId);
  check(found, `category ${ctx.categoryId} not listed`);
  check(found.title === `Topics ${run}` && found.type === 'checkboxes', `listed category ${JSON.stringify(found)}`);
  return `${r.total_items} categor(ies)`;
});

await operation('lists.listInterestCategoryInterests', `${DOCS}interests/`, async () => {
  check(ctx.categoryId, 'no category (createListInterestCategory failed)');
  const r = await mailchimp.lists.listInterestCategoryInterests(listId, ctx.categoryId, { count: 100 });
  check(Array.isArray(r.interests), 'interests[] missing');
  check(isCount(r.total_items), 'total_items missing');
  check(r.interests.some((i) => i.id === ctx.interestId && i.name === `Newsletter ${run}`), `interest ${ctx.interestId} not listed`);
  return `${r.total_items} interest(s)`;
});

await operation('lists.batchListMembers', `${DOCS}lists/batch-subscribe-or-unsubscribe/`, async () => {
  const interests = ctx.interestId ? { [ctx.interestId]: true } : undefined;
  const r = await mailchimp.lists.batchListMembers(listId, {
    update_existing: true,
    members: [
      { email_address: ctx.alan, status: 'subscribed', merge_fields: { FNAME: 'Alan' }, interests },
      { email_address: ctx.carol, status: 'subscribed', merge_fields: { FNAME: 'Carol' } },
      { email_address: ctx.dan, status: 'subscribed', merge_fields: { FNAME: 'Dan' } },
      { email_address: ctx.invalid, status: 'subscribed' },
      { email_address: openedEmail, status: 'subscribed', merge_fields: { LNAME: `Updated ${run}` } },
    ],
  });
  check(Array.isArray(r.new_members) && Array.isArray(r.updated_members) && Array.isArray(r.errors), 'new_members/updated_members/errors arrays missing');
  const created = r.new_members.map((m) => m.email_address).sort();
  check(JSON.stringify(created) === JSON.stringify([ctx.alan, ctx.carol, ctx.dan].sort()), `new_members ${created.join(',')}`);
  check(r.updated_members.length === 1 && r.updated_members[0].email_address === openedEmail, `updated_members ${r.updated_members.map((m) => m.email_address).join(',')}`);
  check(r.errors.length === 1, `errors[] has ${r.errors.length} item(s): ${JSON.stringify(r.errors)}`);
  const error = r.errors[0];
  check(error.email_address === ctx.invalid, `errors[0].email_address ${error.email_address}, expected ${ctx.invalid}`);
  check(isString(error.error), 'errors[0].error missing');
  check(['ERROR_CONTACT_EXISTS', 'ERROR_GENERIC'].includes(error.error_code), `errors[0].error_code ${error.error_code}`);
  check(r.total_created === 3 && r.total_updated === 1 && r.error_count === 1, `totals ${r.total_created}/${r.total_updated}/${r.error_count}`);
  const alan = await mailchimp.lists.getListMember(listId, hash(ctx.alan));
  check(alan.status === 'subscribed' && alan.merge_fields.FNAME === 'Alan', `alan read back as ${alan.status} ${JSON.stringify(alan.merge_fields)}`);
  if (ctx.interestId) {
    check(alan.interests && alan.interests[ctx.interestId] === true, `alan.interests ${JSON.stringify(alan.interests)}`);
  }
  const updated = await mailchimp.lists.getListMember(listId, hash(openedEmail));
  check(updated.merge_fields.LNAME === `Updated ${run}`, `existing member LNAME ${updated.merge_fields.LNAME}`);
  return `created 3, updated 1, error ${error.error_code}: ${error.error}`;
});

await operation('lists.setListMember', `${DOCS}list-members/`, async () => {
  const r = await mailchimp.lists.setListMember(listId, hash(ctx.bob), {
    email_address: ctx.bob, status_if_new: 'subscribed', merge_fields: { FNAME: 'Bob' },
  });
  checkMember(r, ctx.bob, 'PUT new');
  check(r.status === 'subscribed', `new member status ${r.status}, expected status_if_new subscribed`);
  check(r.merge_fields.FNAME === 'Bob', `merge_fields.FNAME ${r.merge_fields.FNAME}`);
  const again = await mailchimp.lists.setListMember(listId, hash(ctx.bob), {
    email_address: ctx.bob, status_if_new: 'unsubscribed', merge_fields: { LNAME: 'Builder' },
  });
  check(again.status === 'subscribed', `existing member status ${again.status}: status_if_new must not apply to an existing member`);
  check(again.merge_fields.LNAME === 'Builder', `merge_fields.LNAME ${again.merge_fields.LNAME}`);
  ctx.bobUniqueId = r.unique_email_id;
  ctx.bobContactId = r.contact_id;
  ctx.bobWebId = r.web_id;
  return `PUT ${r.id} subscribed`;
});

await operation('lists.updateListMember', `${DOCS}list-members/`, async () => {
  const r = await mailchimp.lists.updateListMember(listId, hash(ctx.bob), { email_address: ctx.robert });
  checkMember(r, ctx.robert, 'PATCH rename');
  // Recorded (grouparoo/grouparoo exportRecord.js fixture): id and unique_email_id follow the address; contact_id and web_id stay.
  check(r.unique_email_id !== ctx.bobUniqueId, `unique_email_id ${r.unique_email_id} kept after the email change`);
  check(r.contact_id === ctx.bobContactId, `contact_id ${r.contact_id} changed from ${ctx.bobContactId}`);
  check(r.web_id === ctx.bobWebId, `web_id ${r.web_id} changed from ${ctx.bobWebId}`);
  check(r.merge_fields.FNAME === 'Bob', 'merge_fields lost by the rename');
  return `renamed to id ${r.id}`;
});

await operation('lists.getListMember', `${DOCS}list-members/`, async () => {
  const r = await mailchimp.lists.getListMember(listId, hash(ctx.robert));
  checkMember(r, ctx.robert, 'GET');
  check(r.status === 'subscribed', `status ${r.status}`);
  const byEmail = await mailchimp.lists.getListMember(listId, ctx.robert);
  check(byEmail.id === r.id, 'GET by raw address returned another member');
  const old = await rejection(mailchimp.lists.getListMember(listId, hash(ctx.bob)));
  check(old.status === 404, `GET of the old address hash: HTTP ${old.status}, expected 404`);
  return `${r.email_address} ${r.status}`;
});

await operation('lists.deleteListMember', `${DOCS}list-members/`, async () => {
  const r = await mailchimp.lists.deleteListMember(listId, hash(ctx.robert));
  check(r === null || r === undefined || r === '', `archive returned a body: ${JSON.stringify(r)}`);
  const after = await mailchimp.lists.getListMember(listId, hash(ctx.robert));
  check(after.status === 'archived', `after archive status ${after.status}, expected archived`);
  return 'archived';
});

await operation('lists.deleteListMemberPermanent', `${DOCS}list-members/`, async () => {
  const r = await mailchimp.lists.deleteListMemberPermanent(listId, hash(ctx.dan));
  check(r === null || r === undefined || r === '', `delete-permanent returned a body: ${JSON.stringify(r)}`);
  const gone = await rejection(mailchimp.lists.getListMember(listId, hash(ctx.dan)));
  check(gone.status === 404, `GET after delete-permanent: HTTP ${gone.status}, expected 404`);
  const problem = gone.response && gone.response.body;
  check(problem && problem.title === 'Resource Not Found', `404 title ${JSON.stringify(problem && problem.title)}`);
  return 'deleted permanently, GET 404';
});

await operation('lists.createSegment', `${DOCS}list-segments/`, async () => {
  const r = await mailchimp.lists.createSegment(listId, { name: `VIP ${run}`, static_segment: [] });
  check(Number.isInteger(r.id), `id ${JSON.stringify(r.id)} is not an integer`);
  check(r.name === `VIP ${run}`, `name ${r.name}`);
  check(r.type === 'static', `type ${r.type}, expected static`);
  check(r.member_count === 0, `member_count ${r.member_count}`);
  check(r.list_id === listId, `list_id ${r.list_id}`);
  ctx.segmentId = r.id;
  return `segment ${r.id}`;
});

await operation('lists.batchSegmentMembers', `${DOCS}list-segments/`, async () => {
  check(ctx.segmentId !== undefined, 'no segment (createSegment failed)');
  const added = await mailchimp.lists.batchSegmentMembers(
    { members_to_add: [ctx.alan, ctx.carol, ctx.segmentOutsider], members_to_remove: [] }, listId, ctx.segmentId);
  check(Array.isArray(added.members_added) && Array.isArray(added.members_removed) && Array.isArray(added.errors), 'members_added/members_removed/errors arrays missing');
  const addedEmails = added.members_added.map((m) => m.email_address).sort();
  check(JSON.stringify(addedEmails) === JSON.stringify([ctx.alan, ctx.carol].sort()), `members_added ${addedEmails.join(',')} (an address not on the list must be ignored)`);
  check(added.total_added === 2 && added.total_removed === 0, `totals added ${added.total_added} removed ${added.total_removed}`);
  check(isCount(added.error_count), 'error_count missing');
  const removed = await mailchimp.lists.batchSegmentMembers({ members_to_add: [], members_to_remove: [ctx.carol] }, listId, ctx.segmentId);
  check(removed.total_removed === 1 && removed.members_removed.length === 1 && removed.members_removed[0].email_address === ctx.carol,
    `remove: total_removed ${removed.total_removed}, members_removed ${JSON.stringify(removed.members_removed.map((m) => m.email_address))}`);
  return 'added 2 (outsider ignored), removed 1';
});

await operation('lists.listSegments', `${DOCS}list-segments/`, async () => {
  const r = await mailchimp.lists.listSegments(listId, { type: 'static', count: 100 });
  check(Array.isArray(r.segments), 'segments[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const found = r.segments.find((s) => s.id === ctx.segmentId);
  check(found, `segment ${ctx.segmentId} not listed`);
  check(found.type === 'static' && found.name === `VIP ${run}`, `listed segment ${JSON.stringify(found)}`);
  check(found.member_count === 1, `member_count ${found.member_count}, expected 1 after add 2 / remove 1`);
  return `${r.total_items} static segment(s)`;
});

await operation('lists.getSegmentMembersList', `${DOCS}list-segment-members/`, async () => {
  check(ctx.segmentId !== undefined, 'no segment (createSegment failed)');
  const r = await mailchimp.lists.getSegmentMembersList(listId, ctx.segmentId, {
    fields: ['members.id', 'members.email_address', 'members.status', 'members.merge_fields', 'total_items'],
    count: 1000, offset: 0, include_cleaned: true, include_transactional: true, include_unsubscribed: true,
  });
  check(Array.isArray(r.members) && isCount(r.total_items), 'members[]/total_items missing');
  const emails = r.members.map((m) => m.email_address);
  check(JSON.stringify(emails) === JSON.stringify([ctx.alan]), `members ${emails.join(',')}, expected only ${ctx.alan} (carol was removed)`);
  check(r.total_items === 1, `total_items ${r.total_items}, expected 1`);
  const m = r.members[0];
  check(m.id === hash(ctx.alan), `id ${m.id}, expected ${hash(ctx.alan)}`);
  check(m.status === 'subscribed', `status ${m.status}`);
  check(m.merge_fields && m.merge_fields.FNAME === 'Alan', `merge_fields ${JSON.stringify(m.merge_fields)}`);
  return `${r.total_items} member(s) in segment ${ctx.segmentId}`;
});

await operation('lists.getListMembersInfo (interest filter)', `${DOCS}list-members/`, async () => {
  check(ctx.categoryId && ctx.interestId, 'no interest (createListInterestCategory/createInterestCategoryInterest failed)');
  const r = await mailchimp.lists.getListMembersInfo(listId, {
    interest_category_id: ctx.categoryId, interest_ids: ctx.interestId, interest_match: 'any',
    count: 1000, fields: ['members.email_address', 'members.interests', 'total_items'],
  });
  check(Array.isArray(r.members) && isCount(r.total_items), 'members[]/total_items missing');
  const emails = r.members.map((m) => m.email_address);
  check(JSON.stringify(emails) === JSON.stringify([ctx.alan]), `members ${emails.join(',')}, expected only ${ctx.alan} (the one member given the run's interest)`);
  check(r.members[0].interests[ctx.interestId] === true, `interests ${JSON.stringify(r.members[0].interests)}`);
  const none = await mailchimp.lists.getListMembersInfo(listId, {
    interest_category_id: ctx.categoryId, interest_ids: ctx.interestId, interest_match: 'none', count: 1000, fields: ['members.email_address', 'total_items'],
  });
  check(!none.members.some((m) => m.email_address === ctx.alan), 'interest_match=none still lists the member with the interest');
  return `any: ${r.total_items}, none: ${none.total_items}`;
});

await operation('lists.getListMembersInfo', `${DOCS}list-members/`, async () => {
  const fields = ['members.email_address', 'members.status', 'members.last_changed', 'total_items'];
  const count = 2;
  const seen = [];
  let total;
  for (let offset = 0; offset < 100; offset += count) {
    const page = await mailchimp.lists.getListMembersInfo(listId, {
      since_last_changed: ctx.changedSince, status: 'subscribed', count, offset, fields,
    });
    const extra = Object.keys(page).filter((k) => !['members', 'total_items'].includes(k));
    check(extra.length === 0, `fields not applied at the top level: ${extra.join(',')}`);
    check(Array.isArray(page.members) && isCount(page.total_items), 'members[]/total_items missing');
    check(page.members.length <= count, `count=${count} returned ${page.members.length}`);
    for (const m of page.members) {
      const keys = Object.keys(m).sort().join(',');
      check(keys === 'email_address,last_changed,status', `fields not applied to members[]: ${keys}`);
      check(m.status === 'subscribed', `status filter: ${m.email_address} is ${m.status}`);
      check(Date.parse(m.last_changed) >= Date.parse(ctx.changedSince), `since_last_changed filter: ${m.email_address} changed ${m.last_changed}`);
    }
    total = page.total_items;
    seen.push(...page.members.map((m) => m.email_address));
    if (page.members.length < count) {
      break;
    }
  }
  check(new Set(seen).size === seen.length, `offset paging repeated members: ${seen.join(',')}`);
  check(seen.length === total, `paged ${seen.length} member(s), total_items ${total}`);
  for (const address of [ctx.alan, ctx.carol, openedEmail]) {
    check(seen.includes(address), `${address} (changed since ${ctx.changedSince}) missing from the delta`);
  }
  for (const address of [ctx.dan, ctx.robert, unsubscribedEmail]) {
    check(!seen.includes(address), `${address} must not match status=subscribed`);
  }
  return `${total} changed subscribed member(s) in pages of ${count}`;
});

await operation('campaigns.list', `${DOCS}campaigns/`, async () => {
  const r = await mailchimp.campaigns.list({ status: 'sent', since_send_time: sentSince, list_id: listId, count: 100 });
  check(Array.isArray(r.campaigns), 'campaigns[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const c = r.campaigns.find((x) => x.id === campaignId);
  check(c, `campaign ${campaignId} not listed`);
  check(r.campaigns.every((x) => x.status === 'sent'), 'status=sent filter returned unsent campaigns');
  check(r.campaigns.every((x) => isTime(x.send_time) && Date.parse(x.send_time) >= Date.parse(sentSince)), 'since_send_time filter not applied');
  check(c.recipients && c.recipients.list_id === listId, `recipients.list_id ${c.recipients && c.recipients.list_id}`);
  check(c.settings && isString(c.settings.subject_line), 'settings.subject_line missing');
  const later = await mailchimp.campaigns.list({ status: 'sent', since_send_time: isoSeconds(Date.now() + 3600000) });
  check(!later.campaigns.some((x) => x.id === campaignId), 'since_send_time in the future still lists the campaign');
  return `${r.total_items} sent campaign(s) since ${sentSince}`;
});

await operation('reports.getEmailActivityForCampaign', `${DOCS}email-activity-reports/`, async () => {
  const r = await mailchimp.reports.getEmailActivityForCampaign(campaignId, { count: 100 });
  check(Array.isArray(r.emails), 'emails[] missing');
  check(isCount(r.total_items), 'total_items missing');
  check(r.campaign_id === campaignId, `campaign_id ${r.campaign_id}`);
  const e = r.emails.find((x) => x.email_address === openedEmail);
  check(e, `${openedEmail} missing from emails[]`);
  check(e.email_id === hash(openedEmail) && e.list_id === listId, `email_id/list_id ${e.email_id}/${e.list_id}`);
  check(Array.isArray(e.activity), 'activity[] missing');
  check(e.activity.every((a) => isString(a.action) && isTime(a.timestamp)), 'activity[].action/timestamp missing');
  check(e.activity.some((a) => a.action === 'open'), `no open in ${JSON.stringify(e.activity)}`);
  check(e.activity.some((a) => a.action === 'click' && a.url === clickUrl), `no click on ${clickUrl} in ${JSON.stringify(e.activity)}`);
  const future = await mailchimp.reports.getEmailActivityForCampaign(campaignId, { since: isoSeconds(Date.now() + 3600000) });
  check(Array.isArray(future.emails) && future.emails.every((x) => Array.isArray(x.activity) && x.activity.length === 0),
    `since in the future still returned activity: ${JSON.stringify(future.emails)}`);
  return `${e.activity.length} activit(ies) for ${openedEmail}`;
});

await operation('reports.getUnsubscribedListForCampaign', `${DOCS}unsub-reports/`, async () => {
  const r = await mailchimp.reports.getUnsubscribedListForCampaign(campaignId, { count: 100 });
  check(Array.isArray(r.unsubscribes), 'unsubscribes[] missing');
  check(isCount(r.total_items), 'total_items missing');
  const u = r.unsubscribes.find((x) => x.email_address === unsubscribedEmail);
  check(u, `${unsubscribedEmail} missing from unsubscribes[]`);
  check(isTime(u.timestamp), `timestamp ${u.timestamp}`);
  check(typeof u.reason === 'string', 'reason missing');
  check(u.campaign_id === campaignId && u.list_id === listId, `campaign_id/list_id ${u.campaign_id}/${u.list_id}`);
  return `${unsubscribedEmail}: ${u.reason}`;
});

await operation('reports.getCampaignRecipients', `${DOCS}sent-to-reports/`, async () => {
  const r = await mailchimp.reports.getCampaignRecipients(campaignId, { count: 100 });
  check(Array.isArray(r.sent_to), 'sent_to[] missing');
  check(isCount(r.total_items), 'total_items missing');
  for (const address of [openedEmail, unsubscribedEmail]) {
    const s = r.sent_to.find((x) => x.email_address === address);
    check(s, `${address} missing from sent_to[]`);
    check(['sent', 'hard', 'soft'].includes(s.status), `${address} status ${s.status}`);
    check(s.email_id === hash(address), `${address} email_id ${s.email_id}`);
  }
  check(r.sent_to.find((x) => x.email_address === openedEmail).open_count >= 1, 'open_count of the opener is 0');
  return `${r.total_items} recipient(s)`;
});

await operation('lists.setListMember (Member In Compliance State)', 'https://mailchimp.com/developer/marketing/docs/errors/', async () => {
  const err = await rejection(mailchimp.lists.setListMember(listId, hash(unsubscribedEmail), {
    email_address: unsubscribedEmail, status: 'subscribed', status_if_new: 'subscribed',
  }));
  check(err.status === 400, `HTTP ${err.status}, expected 400 (${describeError(err)})`);
  const body = err.response && err.response.body;
  check(body && typeof body === 'object', `error body not parsed as JSON: ${err.response && err.response.text}`);
  check(body.title === 'Member In Compliance State', `title ${JSON.stringify(body.title)}`);
  check(body.status === 400, `body.status ${body.status}`);
  check(isString(body.detail) && body.detail.includes(unsubscribedEmail), `detail ${JSON.stringify(body.detail)} does not name the address`);
  check(isString(body.type) && isString(body.instance), 'type/instance missing from the problem document');
  const still = await mailchimp.lists.getListMember(listId, hash(unsubscribedEmail));
  check(still.status === 'unsubscribed', `member status after the refused write ${still.status}`);
  return `${body.title}: ${body.detail}`;
});

process.exit(results.every((r) => r.ok) ? 0 : 1);
