namespace Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;

/// <summary>One page of <c>GET /lists/{id}/merge-fields</c>.</summary>
internal sealed record MergeFieldCollection
{
    public IReadOnlyList<MergeField> MergeFields { get; init; } = [];

    public int TotalItems { get; init; }
}
