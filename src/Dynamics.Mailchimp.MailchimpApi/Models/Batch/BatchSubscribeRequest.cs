using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>The body of <c>POST /lists/{list_id}</c> (batch subscribe/update, at most 500 members).</summary>
internal sealed record BatchSubscribeRequest
{
    public required IReadOnlyList<MemberUpsert> Members { get; init; }

    public bool UpdateExisting { get; init; }
}
