using System.Text.Json;
using System.Text.Json.Serialization;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.Lists;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;
using Dynamics.Mailchimp.MailchimpApi.Models.Ping;
using Dynamics.Mailchimp.MailchimpApi.Models.Reports;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

namespace Dynamics.Mailchimp.MailchimpApi.Serialization;

/// <summary>Source-generated JSON metadata for every wire type: snake_case names, nulls left out on write.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(PingResponse))]
[JsonSerializable(typeof(MailchimpProblemDocument))]
[JsonSerializable(typeof(MailchimpList))]
[JsonSerializable(typeof(ListCollection))]
[JsonSerializable(typeof(MergeField))]
[JsonSerializable(typeof(MergeFieldDefinition))]
[JsonSerializable(typeof(MergeFieldCollection))]
[JsonSerializable(typeof(InterestCategory))]
[JsonSerializable(typeof(InterestCategoryDefinition))]
[JsonSerializable(typeof(InterestCategoryCollection))]
[JsonSerializable(typeof(Interest))]
[JsonSerializable(typeof(InterestDefinition))]
[JsonSerializable(typeof(InterestCollection))]
[JsonSerializable(typeof(ListMember))]
[JsonSerializable(typeof(MemberUpsert))]
[JsonSerializable(typeof(MemberEmailChange))]
[JsonSerializable(typeof(MemberCollection))]
[JsonSerializable(typeof(MemberAddress))]
[JsonSerializable(typeof(BatchSubscribeRequest))]
[JsonSerializable(typeof(BatchSubscribeResponse))]
[JsonSerializable(typeof(Segment))]
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(WebhookDefinition))]
[JsonSerializable(typeof(WebhookCollection))]
[JsonSerializable(typeof(SegmentCollection))]
[JsonSerializable(typeof(StaticSegmentCreate))]
[JsonSerializable(typeof(SegmentMembersChange))]
[JsonSerializable(typeof(SegmentMembersResponse))]
[JsonSerializable(typeof(SegmentMemberCollection))]
[JsonSerializable(typeof(CampaignCollection))]
[JsonSerializable(typeof(EmailActivityCollection))]
[JsonSerializable(typeof(UnsubscribeCollection))]
[JsonSerializable(typeof(SentToCollection))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class MailchimpJsonContext : JsonSerializerContext;
