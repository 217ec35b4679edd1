namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>The answer of one batch-subscribe call.</summary>
public sealed record BatchSubscribeResponse
{
    /// <summary>Gets the members created.</summary>
    public IReadOnlyList<BatchMember> NewMembers { get; init; } = [];

    /// <summary>Gets the members updated.</summary>
    public IReadOnlyList<BatchMember> UpdatedMembers { get; init; } = [];

    /// <summary>Gets the members refused.</summary>
    public IReadOnlyList<BatchMemberError> Errors { get; init; } = [];

    /// <summary>Gets the number created.</summary>
    public int TotalCreated { get; init; }

    /// <summary>Gets the number updated.</summary>
    public int TotalUpdated { get; init; }

    /// <summary>Gets the number refused.</summary>
    public int ErrorCount { get; init; }
}
