using Dynamics.Mailchimp.Sync.Pull.Decide;

namespace Dynamics.Mailchimp.Sync.Pull.Record;

/// <summary>Whether one record's change was committed, and if not, why.</summary>
/// <param name="Change">The change.</param>
/// <param name="Error">Dataverse's error naming the record; <see langword="null"/> when committed.</param>
public sealed record ConsentWriteResult(ConsentChange Change, string? Error)
{
    /// <summary>Gets a value indicating whether every write of the change was committed.</summary>
    public bool Succeeded => Error is null;
}
